import { type Event, mentionText } from "@dashiji/core"
import * as SqlClient from "@effect/sql/SqlClient"
import { chineseMonth, eventsToXlsx, eventValues, eventsToJsonl, peopleToCsv, type EventField } from "@dashiji/export"
import { EventQuery, type MonthCount, type PersonCount, type PlaceCount } from "@dashiji/store"
import { Effect, Option } from "effect"
import { Failure } from "./cli/errors.ts"
import { type Column, emit, type Listing, renderListing, type TableFormat, wantBom } from "./cli/listing.ts"
import { EVENT_FIELDS } from "./cli/fields.ts"
import { runWithStore, storeToRead } from "./store.ts"
import { readMember, readNumber, readText } from "./cli/read.ts"
import { KINDS } from "./cli/values.ts"

type Options = Record<string, unknown>

// ---------------------------------------------------------------------------------------------------
// events

/** 2020-02-07, or 2020-02-07..2020-02-08 for a range. */
const dateCell = (e: Event): string => (e.date.end === null || e.date.end === e.date.start ? e.date.start : `${e.date.start}..${e.date.end}`)

/** Event columns: `date` for reading, then @dashiji/export's columns (the CSV's and the workbook's). */
export const eventListing: Listing<Event> = {
  columns: EVENT_FIELDS.map((name): Column<Event> => {
    if (name === "date") return { name, get: dateCell }
    const field = name as EventField
    return { name, get: (e) => eventValues(e)[field], numeric: field === "source_count", flex: field === "title" || field === "summary" }
  }),
  text: ["date", "kind", "title", "lead", "id"],
  table: ["id", "start", "end", "precision", "year_source", "kind", "title", "people", "people_pinyin", "places", "organizations", "reporters", "source_count", "documents"],
  workbook: eventsToXlsx,
  sheet: "events"
}

export const listEvents = async (o: Options, format: TableFormat | "people-csv"): Promise<void> => {
  const store = storeToRead(readText(o, "db"))
  const filter = {
    month: readText(o, "month"),
    from: readText(o, "from"),
    to: readText(o, "to"),
    person: readText(o, "person"),
    place: readText(o, "place"),
    kind: readMember(o, "kind", KINDS),
    org: readText(o, "org"),
    q: readText(o, "query")
  }
  const all = o["all"] === true
  const limit = readNumber(o, "limit") ?? (all ? 500 : 50)
  const { items, next } = await runWithStore(
    store.path,
    Effect.gen(function* () {
      const s = yield* EventQuery
      const items: Array<Event> = []
      let cursor = readText(o, "cursor")
      let next: string | null = null
      do {
        const page = yield* s.listEvents({ ...filter, cursor, limit })
        items.push(...page.items)
        next = page.nextCursor
        cursor = next ?? undefined
      } while (all && next !== null)
      return { items, next }
    })
  )
  if (format === "people-csv") emit(peopleToCsv(items, { bom: wantBom(o) }), o, `${items.length} events`)
  else if (format === "jsonl" && o["fields"] === undefined) emit(eventsToJsonl(items), o, `${items.length} events`)
  else emit(await renderListing(eventListing, items, format, o), o, `${items.length} events`)
  if (!all && next !== null) process.stderr.write(`more events: add --cursor ${next} for the next page, or --all for every page\n`)
}

// ---------------------------------------------------------------------------------------------------
// people, places, months

const peopleListing: Listing<PersonCount> = {
  columns: [
    { name: "name", get: (p) => p.name },
    { name: "pinyin", get: (p) => p.pinyin },
    { name: "events", get: (p) => p.count, numeric: true },
    { name: "titles", get: (p) => p.titles, flex: true }
  ],
  text: ["name", "pinyin", "events", "titles"],
  table: ["name", "pinyin", "events", "titles"],
  sheet: "people"
}

const placeListing: Listing<PlaceCount> = {
  columns: [
    { name: "name", get: (p) => p.name },
    { name: "level", get: (p) => p.level },
    { name: "events", get: (p) => p.count, numeric: true }
  ],
  text: ["name", "level", "events"],
  table: ["name", "level", "events"],
  sheet: "places"
}

const monthListing: Listing<MonthCount> = {
  columns: [
    { name: "month", get: (m) => m.month },
    { name: "label", get: (m) => (/^(\d{4}|XXXX)-\d{2}$/.test(m.month) ? chineseMonth(m.month) : "日期不详") },
    { name: "events", get: (m) => m.count, numeric: true }
  ],
  text: ["month", "label", "events"],
  table: ["month", "label", "events"],
  sheet: "months"
}

/** Everything the store has of one listing, most frequent first (months by date); --limit keeps the first N. */
const listCounts = async <R>(o: Options, format: TableFormat, listing: Listing<R>, read: (s: EventQuery) => Effect.Effect<ReadonlyArray<R>, unknown>, noun: string) => {
  const store = storeToRead(readText(o, "db"))
  const rows = await runWithStore(store.path, Effect.flatMap(EventQuery, read))
  const limit = readNumber(o, "limit")
  const shown = limit === undefined ? rows : rows.slice(0, limit)
  emit(await renderListing(listing, shown, format, o), o, `${shown.length} ${noun}`)
}

const EVERYTHING = 1_000_000_000

export const listPeople = (o: Options, format: TableFormat) => listCounts(o, format, peopleListing, (s) => s.people(EVERYTHING), "people")
export const listPlaces = (o: Options, format: TableFormat) => listCounts(o, format, placeListing, (s) => s.places(EVERYTHING), "places")
export const listMonths = (o: Options, format: TableFormat) => listCounts(o, format, monthListing, (s) => s.months(), "months")

// ---------------------------------------------------------------------------------------------------
// documents

interface DocumentRow {
  readonly name: string
  readonly format: string
  readonly encoding: string
  readonly size: number
  readonly mentions: number
  readonly events: number
  readonly ingested_at: string
  readonly content_hash: string
  readonly url: string | null
  readonly title: string | null
  readonly publisher: string | null
  readonly published: string | null
  readonly fetched_at: string | null
}

const documentListing: Listing<DocumentRow> = {
  columns: [
    { name: "name", get: (d) => d.name, flex: true },
    { name: "format", get: (d) => d.format },
    { name: "encoding", get: (d) => d.encoding },
    { name: "size", get: (d) => d.size, numeric: true },
    { name: "mentions", get: (d) => d.mentions, numeric: true },
    { name: "events", get: (d) => d.events, numeric: true },
    { name: "ingested_at", get: (d) => d.ingested_at },
    { name: "content_hash", get: (d) => d.content_hash },
    { name: "title", get: (d) => d.title ?? "", flex: true },
    { name: "publisher", get: (d) => d.publisher ?? "" },
    { name: "published", get: (d) => d.published ?? "" },
    { name: "url", get: (d) => d.url ?? "" },
    { name: "fetched_at", get: (d) => d.fetched_at ?? "" }
  ],
  text: ["name", "format", "encoding", "size", "mentions", "events", "ingested_at"],
  table: ["name", "format", "encoding", "size", "mentions", "events", "ingested_at", "content_hash", "title", "publisher", "published", "url", "fetched_at"],
  sheet: "documents"
}

/**
 * The stored documents with what each gave: mentions, and the events those mentions are part of now.
 * (Read from the store's tables: the EventQuery service lists names only.)
 */
const readDocuments = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<Omit<DocumentRow, "events">>`SELECT name, format, encoding, size, mentions, ingested_at, content_hash, url, title, publisher, published, fetched_at FROM documents ORDER BY name, content_hash`
  const events = yield* sql<{ content_hash: string; n: number }>`SELECT content_hash, COUNT(DISTINCT event_id) AS n FROM mentions GROUP BY content_hash`
  const byHash = new Map(events.map((r) => [r.content_hash, Number(r.n)]))
  return rows.map((r): DocumentRow => ({ ...r, size: Number(r.size), mentions: Number(r.mentions), events: byHash.get(r.content_hash) ?? 0 }))
})

export const listDocuments = async (o: Options, format: TableFormat): Promise<void> => {
  const store = storeToRead(readText(o, "db"))
  const rows = await runWithStore(store.path, readDocuments)
  const limit = readNumber(o, "limit")
  const shown = limit === undefined ? rows : rows.slice(0, limit)
  emit(await renderListing(documentListing, shown, format, o), o, `${shown.length} documents`)
}

// ---------------------------------------------------------------------------------------------------
// one event

/** The event an id or the start of one names: exactly one, or a failure listing the candidates. */
export const findEvent = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const s = yield* EventQuery
    if (id.length === 15) {
      const e = yield* s.getEvent(id)
      if (Option.isSome(e)) return e.value
      return yield* Effect.fail(new Failure(`no event ${id} in the store`))
    }
    const rows = yield* sql<{ id: string }>`SELECT id FROM events WHERE id >= ${id} AND id < ${`${id}\uffff`} ORDER BY id LIMIT 6`
    if (rows.length === 0) return yield* Effect.fail(new Failure(`no event id starts with ${id}`))
    if (rows.length > 1)
      return yield* Effect.fail(new Failure(`${id} is the start of several event ids (${rows.slice(0, 5).map((r) => r.id).join(", ")}${rows.length > 5 ? ", …" : ""}): give more characters`))
    const e = yield* s.getEvent(rows[0]!.id)
    if (Option.isSome(e)) return e.value
    return yield* Effect.fail(new Failure(`no event ${rows[0]!.id} in the store`))
  })

/** What the store keeps of each source: the mention's cleaned text (documents themselves are not stored). */
export const sourceTexts = (e: Event) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const s = yield* EventQuery
    const rows = yield* sql<{ document: string; span_start: number; span_end: number; record: string }>`SELECT document, span_start, span_end, record FROM mentions WHERE event_id = ${e.id}`
    const text = new Map<string, string>()
    // a record that does not parse has no text to show
    for (const r of rows) {
      const t = mentionText(r.record)
      if (t !== undefined) text.set(`${r.document}\u0000${Number(r.span_start)}:${Number(r.span_end)}`, t)
    }
    const lineOf = yield* s.lineLookup([...e.sources.map((x) => x.document), ...e.merged.map((x) => x.document)])
    return { text: (document: string, span: readonly [number, number]) => text.get(`${document}\u0000${span[0]}:${span[1]}`), lineOf }
  })

