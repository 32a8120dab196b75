import type { DocumentMeta, Event } from "@dashiji/core"
import { eventsToCsv, eventsToJsonl, eventsToXlsx, hasCitation, lineLookupFromTexts, monthlyReport, peopleToCsv } from "@dashiji/export"
import { EventQuery } from "@dashiji/store"
import { Effect } from "effect"
import { emit, wantBom } from "./cli/listing.ts"
import { count } from "./cli/common.ts"
import type { ReportFormat } from "./commands/report.ts"
import type { Outcome } from "./cli/exit.ts"
import { runWithStore, storeToRead } from "./store.ts"
import { parseDocuments } from "./work.ts"
import { readNumber, readText } from "./cli/read.ts"

/** Store order, so a report parsed from files lists the same rows as one read from the store. */
const byStart = (a: Event, b: Event) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Every stored event of a month, page by page, with the line lookup the Markdown notes cite. */
const fromStore = (month: string, withLines: boolean) =>
  Effect.gen(function* () {
    const store = yield* EventQuery
    const events: Array<Event> = []
    let cursor: string | undefined
    do {
      const page = yield* store.listEvents({ month, limit: 500, cursor })
      events.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    const documents = events.flatMap((e) => e.sources.map((s) => s.document))
    const lineOf = withLines ? yield* store.lineLookup(documents) : undefined
    const meta = yield* store.documentsMeta(documents)
    return { events, lineOf, sourceOf: (d: string) => meta.get(d) }
  })

/**
 * The CSV's sources column only when some document of the month has something to cite it by (a title,
 * publisher, date or URL; a fetch time or an encoding alone is none), else the columns stay as they were.
 */
const withCitations = (events: ReadonlyArray<Event>, sourceOf: (document: string) => DocumentMeta | undefined) =>
  events.some((e) => e.sources.some((s) => hasCitation(sourceOf(s.document)))) ? sourceOf : undefined

export const monthReport = async (month: string, format: ReportFormat, docs: ReadonlyArray<string>, o: Record<string, unknown>): Promise<Outcome> => {
  let problems: ReadonlyArray<string> = []
  let events: ReadonlyArray<Event>
  let lineOf: ((document: string, offset: number) => number | undefined) | undefined
  let sourceOf: (document: string) => DocumentMeta | undefined
  if (docs.length > 0) {
    const parsed = await parseDocuments(docs, { year: readNumber(o, "year"), roster: readText(o, "roster") })
    problems = parsed.problems
    events = parsed.events.filter((e) => e.date.start.startsWith(month)).slice().sort(byStart)
    lineOf = lineLookupFromTexts(new Map(parsed.documents.map((d) => [d.name, d.text])))
    // cited as from the store: with the encoding the bytes were read as
    const meta = new Map(parsed.documents.map((d) => [d.name, { ...d.meta, encoding: d.encoding }]))
    sourceOf = (d) => meta.get(d)
  } else {
    const store = storeToRead(readText(o, "db"))
    ;({ events, lineOf, sourceOf } = await runWithStore(store.path, fromStore(month, format === "markdown")))
  }
  const bom = wantBom(o)
  const content =
    format === "markdown"
      ? monthlyReport({ month, events, lineOf, sourceOf })
      : format === "csv"
        ? eventsToCsv(events, { bom, sourceOf: withCitations(events, sourceOf) })
        : format === "people-csv"
          ? peopleToCsv(events, { bom })
          : format === "jsonl"
            ? eventsToJsonl(events)
            : await eventsToXlsx(events)
  emit(content, o, count(events.length, "event"))
  return { problems, failed: problems.length > 0 }
}
