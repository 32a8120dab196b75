import { mkdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { CoreLive } from "@dashiji/core"
import { Effect, Layer } from "effect"
import { EventStore } from "./EventStore.ts"
import { StoreError } from "./errors.ts"
import { createFulltext, linkFulltextRowids } from "./fulltext-sqlite.ts"
import { runMigrations } from "./migrations.ts"

/** `--db` wins, then DASHIJI_DB, then data/dashiji.db under the current directory. */
export const resolveDbPath = (flag?: string | undefined): string => resolve(flag ?? process.env["DASHIJI_DB"] ?? "data/dashiji.db")

/** SQLite (better-sqlite3, WAL) with migrations applied. */
export const sqliteClientLayer = (path: string) => {
  const client = Layer.unwrapEffect(
    Effect.try({
      try: () => {
        if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
        return SqliteClient.layer({ filename: path })
      },
      catch: (e) => new StoreError({ reason: `cannot open ${path}: ${String(e)}` })
    })
  )
  const migrated = Layer.effectDiscard(
    runMigrations(createFulltext, linkFulltextRowids).pipe(Effect.mapError((e) => new StoreError({ reason: `migrating ${path}: ${String(e)}`, cause: e })))
  )
  return Layer.provideMerge(migrated, client)
}

/** The store over a SQLite file, with the parser's services (pass `core` to use a user roster). */
export const sqliteStoreLayer = (path: string, core: Layer.Layer<Layer.Layer.Success<typeof CoreLive>, unknown> = CoreLive) =>
  EventStore.Default.pipe(Layer.provide(sqliteClientLayer(path)), Layer.provide(core))
