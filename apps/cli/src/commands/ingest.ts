import { Args, Command, Options } from "@effect/cli"
import { collectDocuments } from "@dashiji/core"
import { EventStore, type IngestedDocument, resolveDbPath, sqliteStoreLayer, StoreBusy, StoreError } from "@dashiji/store"
import { Effect, Option } from "effect"
import { knowledgeLayer, rosterOption } from "../knowledge.ts"

export const dbOption = Options.text("db").pipe(Options.optional, Options.withDescription("SQLite file (default: $DASHIJI_DB or data/dashiji.db)"))

/** A one-line progress bar on a terminal; nothing otherwise. */
const progress = (total: number) => {
  const tty = process.stderr.isTTY === true
  let events = 0
  let merges = 0
  let errors = 0
  return {
    tick: (done: number, r: IngestedDocument) => {
      events += r.created.length
      merges += r.merged.length
      if (r.status === "failed") errors++
      if (!tty) return
      const width = 24
      const filled = Math.round((done / Math.max(1, total)) * width)
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} files  ${events} new events  ${merges} merges  ${errors} errors`)
      if (done === total) process.stderr.write("\n")
    }
  }
}

/** Documents committed before the failure stay stored; a re-run skips them. */
const storeFailure = (message: string, code: number) =>
  Effect.sync(() => {
    if (process.stderr.isTTY === true) process.stderr.write("\n")
    process.stderr.write(`dashiji ingest: ${message}\n`)
    process.exitCode = code
  })

export const ingestCommand = Command.make(
  "ingest",
  {
    paths: Args.text({ name: "PATH" }).pipe(Args.repeated),
    year: Options.integer("year").pipe(Options.optional, Options.withDescription("default year when nothing in a document justifies one")),
    roster: rosterOption,
    db: dbOption
  },
  ({ paths, year, roster, db }) =>
    Effect.gen(function* () {
      const { inputs, errors: unreadable } = yield* collectDocuments(paths)
      const store = yield* EventStore
      const bar = progress(inputs.length)
      const results = yield* store.ingestDocuments(inputs, { year: Option.getOrUndefined(year) }, bar.tick)
      const count = (s: IngestedDocument["status"]) => results.filter((r) => r.status === s).length
      for (const u of unreadable) process.stderr.write(`dashiji ingest: ${u.document}: ${u.reason}\n`)
      for (const r of results) if (r.status === "failed") process.stderr.write(`dashiji ingest: ${r.name}: ${r.reason}\n`)
      const created = results.reduce((n, r) => n + r.created.length, 0)
      const merged = results.reduce((n, r) => n + r.merged.length, 0)
      const failed = count("failed") + unreadable.length
      process.stdout.write(
        `ingested ${count("ingested")} file(s), skipped ${count("skipped")} already stored, ${failed} failed; ${created} new event(s), ${merged} merge(s) into stored events; ${yield* store.count()} events in ${resolveDbPath(Option.getOrUndefined(db))}\n`
      )
      if (failed > 0) process.exitCode = 1
    }).pipe(
      Effect.provide(sqliteStoreLayer(resolveDbPath(Option.getOrUndefined(db)), knowledgeLayer(roster))),
      // a store that cannot be written is the user's to fix, not a crash: one line on stderr, no trace
      Effect.catchIf(
        (e): e is StoreBusy | StoreError => e instanceof StoreBusy || e instanceof StoreError,
        (e) => storeFailure(e.message, e instanceof StoreBusy ? 75 : 1)
      )
    )
).pipe(Command.withDescription("parse files or folders into the store (idempotent; one transaction per document)"))
