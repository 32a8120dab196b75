import { writeFileSync } from "node:fs"
import { Args, Command, Options } from "@effect/cli"
import { collectDocuments, describeDocumentError, type Event, parseCorpus } from "@dashiji/core"
import { eventsToCsv, eventsToJsonl, lineLookupFromTexts, monthlyReport, peopleToCsv } from "@dashiji/export"
import { EventStore, InvalidQuery, Month, resolveDbPath, sqliteStoreLayer } from "@dashiji/store"
import { Effect, Option, Schema } from "effect"
import { knowledgeLayer, rosterOption } from "../knowledge.ts"
import { dbOption } from "./ingest.ts"

export type ReportFormat = "markdown" | "csv" | "jsonl" | "people-csv"

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

/** Events in one of the export formats; `lineOf` only matters to the Markdown report. */
export const renderEvents = (
  month: string,
  events: ReadonlyArray<Event>,
  format: ReportFormat,
  bom: boolean,
  lineOf?: (document: string, offset: number) => number | undefined
): string => {
  switch (format) {
    case "markdown":
      return monthlyReport({ month, events, lineOf })
    case "csv":
      return eventsToCsv(events, { bom })
    case "people-csv":
      return peopleToCsv(events, { bom })
    case "jsonl":
      return eventsToJsonl(events)
  }
}

/** The month's report from the store (shared by the CLI and the terminal browser). */
export const renderMonth = (month: string, format: ReportFormat, bom = false) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const events = yield* monthEvents(month)
    const lineOf = format === "markdown" ? yield* store.lineLookup(events.flatMap((e) => e.sources.map((s) => s.document))) : undefined
    return renderEvents(month, events, format, bom, lineOf)
  })

/** Store order, so a report parsed from files lists the same rows as one read from the store. */
const byStart = (a: Event, b: Event) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export const reportCommand = Command.make(
  "report",
  {
    month: Args.text({ name: "YYYY-MM" }),
    output: Options.file("output").pipe(Options.withAlias("o"), Options.optional, Options.withDescription("write to this file instead of stdout")),
    format: Options.choice("format", ["markdown", "csv", "jsonl", "people-csv"]).pipe(
      Options.withDefault("markdown" as const),
      Options.withDescription("markdown (大事记), csv (one row per event), people-csv (one row per person and event) or jsonl (event records)")
    ),
    bom: Options.boolean("bom").pipe(Options.withDescription("CSV with a UTF-8 byte-order mark for Excel")),
    docs: Options.text("docs").pipe(
      Options.repeated,
      Options.withDescription("parse these files or folders instead of reading the store (repeatable; nothing is stored)")
    ),
    year: Options.integer("year").pipe(Options.optional, Options.withDescription("with --docs: default year when nothing in a document justifies one")),
    roster: rosterOption,
    db: dbOption
  },
  ({ month, output, format, bom, docs, year, roster, db }) =>
    Effect.gen(function* () {
      const m = yield* Schema.decodeUnknown(Month)(month).pipe(Effect.mapError(() => new InvalidQuery({ reason: `not a month: ${month} (expected YYYY-MM or XXXX-MM)` })))
      const text =
        docs.length > 0
          ? yield* Effect.gen(function* () {
              const { inputs, errors: unreadable } = yield* collectDocuments(docs)
              const result = yield* parseCorpus(inputs, { year: Option.getOrUndefined(year) }).pipe(Effect.provide(knowledgeLayer(roster)))
              for (const e of unreadable) process.stderr.write(`dashiji report: ${e.document}: ${e.reason}\n`)
              for (const e of result.errors) process.stderr.write(`dashiji report: ${describeDocumentError(e)}\n`)
              if (unreadable.length + result.errors.length > 0) process.exitCode = 1
              const events = result.events.filter((e) => e.date.start.startsWith(m)).slice().sort(byStart)
              const lineOf = lineLookupFromTexts(new Map(result.documents.map((d) => [d.name, d.text])))
              return renderEvents(m, events, format, bom, lineOf)
            })
          : yield* renderMonth(m, format, bom).pipe(Effect.provide(sqliteStoreLayer(resolveDbPath(Option.getOrUndefined(db)))))
      if (Option.isSome(output)) {
        writeFileSync(output.value, text)
        process.stderr.write(`wrote ${output.value}\n`)
      } else process.stdout.write(text)
    })
).pipe(
  Command.withDescription(
    "a month's chronicle: Markdown 大事记 (default), CSV, people CSV or JSONL, from the store (--db) or straight from documents (--docs)"
  )
)
