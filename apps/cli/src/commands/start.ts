import { Command } from "@effect/cli"
import { collectDocuments } from "@dashiji/core"
import { EventStore, resolveDbPath, sqliteStoreLayer } from "@dashiji/store"
import { Effect, Option } from "effect"
import { fileURLToPath } from "node:url"
import { browse } from "./tui.ts"
import { dbOption } from "./ingest.ts"

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url))

/** The main job: ingest seeds/ into the store (idempotent), then open the browser. */
export const startCommand = Command.make("start", { db: dbOption }, ({ db }) =>
  Effect.gen(function* () {
    const path = resolveDbPath(Option.getOrUndefined(db))
    const { inputs } = yield* collectDocuments([seedsDir])
    const results = yield* Effect.flatMap(EventStore, (s) =>
      s.ingestDocuments(inputs, {}, (done, r) => {
        if (process.stderr.isTTY) process.stderr.write(`\r正在导入 seeds/：${done}/${inputs.length} ${r.name}`.padEnd(60))
      })
    ).pipe(Effect.provide(sqliteStoreLayer(path)))
    const ingested = results.filter((r) => r.status === "ingested").length
    const skipped = results.filter((r) => r.status === "skipped").length
    process.stderr.write(`${process.stderr.isTTY ? "\r" : ""}seeds/: ${ingested} ingested, ${skipped} already stored → ${path}\n`)
    yield* browse(path)
  })
).pipe(Command.withDescription("ingest seeds/ into the default store and open the terminal browser"))
