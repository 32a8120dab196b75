import { writeFileSync } from "node:fs"
import { Args, Command, Options } from "@effect/cli"
import type { Event } from "@dashiji/core"
import { eventsToCsv, eventsToJsonl, monthlyReport, peopleToCsv } from "@dashiji/export"
import { EventStore, InvalidQuery, Month, resolveDbPath, sqliteStoreLayer } from "@dashiji/store"
import { Effect, Option, Schema } from "effect"
import { dbOption } from "./ingest.ts"

/** Every stored event of a month, page by page. */
export const monthEvents = (month: string) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const out: Array<Event> = []
    let cursor: string | undefined
    do {
      const page = yield* store.listEvents({ month, limit: 500, cursor })
      out.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    return out
  })

/** The month's report in one of the export formats (shared by the CLI and the terminal browser). */
export const renderMonth = (month: string, format: "markdown" | "csv" | "jsonl" | "people-csv", bom = false) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const events = yield* monthEvents(month)
    switch (format) {
      case "markdown": {
        const lineOf = yield* store.lineLookup(events.flatMap((e) => e.sources.map((s) => s.document)))
        return monthlyReport({ month, events, lineOf })
      }
      case "csv":
        return eventsToCsv(events, { bom })
      case "people-csv":
        return peopleToCsv(events, { bom })
      case "jsonl":
        return eventsToJsonl(events)
    }
  })

export const reportCommand = Command.make(
  "report",
  {
    month: Args.text({ name: "YYYY-MM" }),
    output: Options.file("output").pipe(Options.withAlias("o"), Options.optional, Options.withDescription("write to this file instead of stdout")),
    format: Options.choice("format", ["markdown", "csv", "jsonl", "people-csv"]).pipe(Options.withDefault("markdown" as const)),
    bom: Options.boolean("bom").pipe(Options.withDescription("CSV with a UTF-8 byte-order mark for Excel")),
    db: dbOption
  },
  ({ month, output, format, bom, db }) =>
    Effect.gen(function* () {
      const m = yield* Schema.decodeUnknown(Month)(month).pipe(Effect.mapError(() => new InvalidQuery({ reason: `not a month: ${month} (expected YYYY-MM)` })))
      const text = yield* renderMonth(m, format, bom)
      if (Option.isSome(output)) {
        writeFileSync(output.value, text)
        process.stderr.write(`wrote ${output.value}\n`)
      } else process.stdout.write(text)
    }).pipe(Effect.provide(sqliteStoreLayer(resolveDbPath(Option.getOrUndefined(db)))))
).pipe(Command.withDescription("the month's chronicle from the store: Markdown 大事记 (default), CSV, people CSV or JSONL"))
