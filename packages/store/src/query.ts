import * as SqlClient from "@effect/sql/SqlClient"
import type * as Statement from "@effect/sql/Statement"
import { type DocumentMeta, Event, lineAt, namePinyin, Segmenter } from "@dashiji/core"
import { Chunk, Effect, Option, Schema, Stream } from "effect"
import { backendOf } from "./backend.ts"
import { type DocumentRow, metaOfRow } from "./document-rows.ts"
import { EventNotFound, InvalidQuery, storeError, type StoreError } from "./errors.ts"
import { eventPage, jsonPage } from "./event-page.ts"
import type { EventFilter } from "./filter.ts"
import { chunks } from "./repository.ts"
import { eventFromJson } from "./rows.ts"
import { EventSummary, type ListingField, summaryOf } from "./summary.ts"

// a document's line starts, kept as a JSON array of offsets
const decodeLineStarts = Schema.decodeUnknownSync(Schema.parseJson(Schema.Array(Schema.Number)))

const encodeEvent = Schema.encodeSync(Event)
const encodeSummary = Schema.encodeSync(EventSummary)

/** A full-text word or a person matching at least this many events walks the events in date order instead. */
const COMMON_TERM = 2000

/**
 * A word or a person matching at least this many events walks the dates looking each event up (the word
 * index for it, its person rows): the set of all matches the walk would otherwise test against is built
 * whole first (400,000 of 1,000,000 bench events: 0.2 s a page), while the walk meets a match every few
 * events.
 */
const VERY_COMMON_TERM = 20_000

export interface Page {
  readonly items: ReadonlyArray<Event>
  readonly nextCursor: string | null
}
export interface MonthCount {
  readonly month: string
  readonly count: number
}
export interface PersonCount {
  readonly name: string
  readonly pinyin: string
  readonly count: number
  readonly titles: ReadonlyArray<string>
}
export interface PlaceCount {
  readonly name: string
  readonly level: string
  readonly count: number
}
/** A page of a listing: each event's JSON as it is sent. */
export interface JsonPage {
  readonly items: ReadonlyArray<string>
  readonly nextCursor: string | null
}
/** A month's events with what a report cites them by: the line of each source, each document's metadata. */
export interface MonthWithSources {
  readonly events: ReadonlyArray<Event>
  readonly lineOf: (document: string, offset: number) => number | undefined
  readonly sourceOf: (document: string) => DocumentMeta | undefined
}

/**
 * The reading use case: listings, one event, the kept counts, and a month's events for the reports and
 * exports that every front-end makes (`monthEvents`, `monthWithSources`: one way to collect a month).
 */
export class EventQuery extends Effect.Service<EventQuery>()("dashiji/EventQuery", {
  accessors: true,
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const seg = yield* Segmenter
    const backend = backendOf(sql)

    /** How many rows the subquery gives, counted no further than `limit`. */
    const countUpTo = (subquery: Statement.Fragment, limit: number) =>
      sql<{ n: number }>`SELECT COUNT(*) AS n FROM (${subquery} LIMIT ${limit}) AS t`.pipe(
        Effect.map((r) => Number(r[0]?.n ?? 0)),
        Effect.mapError(storeError("querying events"))
      )

    /** One or two characters: no word index serves them (on SQLite the character-pair index does). */
    const isShort = (q: string) => [...q].length <= 2

    /**
     * Does a search for `q` read every event's text? One or two characters no index serves (PostgreSQL; a
     * query of other characters): a front-end can show that it is loading before it asks.
     */
    const searchScans = (q: string): boolean => isShort(q.trim()) && backend.shortCandidates(q.trim()) === undefined

    /** The conditions of a filter, whether to walk the date index, and the page size. */
    const plan = (filter: EventFilter) =>
      Effect.gen(function* () {
        const limit = filter.limit ?? 50
        if (limit < 1 || limit > 500) return yield* new InvalidQuery({ reason: "limit must be between 1 and 500" })
        const conds: Array<Statement.Fragment> = []
        if (filter.month !== undefined) conds.push(sql`e.month = ${filter.month}`)
        if (filter.from !== undefined) conds.push(sql`e.date_start >= ${filter.from}`)
        if (filter.to !== undefined) conds.push(sql`substr(e.date_start, 1, ${filter.to.length}) <= ${filter.to}`)
        if (filter.kind !== undefined) conds.push(sql`e.kind = ${filter.kind}`)
        if (filter.place !== undefined) conds.push(sql`e.id IN (SELECT event_id FROM event_places WHERE name = ${filter.place} OR name LIKE ${`${filter.place}%`})`)
        if (filter.org !== undefined) conds.push(sql`e.id IN (SELECT event_id FROM event_orgs WHERE name = ${filter.org})`)
        // which index leads: a word or person most events have is best found by walking the events in date
        // order and stopping at a full page; a rarer one by collecting its matches first. `set` is the
        // condition as a set of matches, `rows` one row per match (counted up to VERY_COMMON_TERM), `each`
        // the same condition looked up per event, for a walk that meets a match every few events (the set
        // would be built whole first); without `each` the conditions after it imply it.
        let byDate = false
        const onlyDates = filter.month === undefined && filter.kind === undefined && filter.place === undefined && filter.org === undefined
        const leads = filter.person === undefined ? filter.q : filter.q === undefined ? filter.person : undefined
        const narrow = (set: Statement.Fragment, rows: Statement.Fragment, each?: Statement.Fragment) =>
          Effect.gen(function* () {
            const n = onlyDates && leads !== undefined ? yield* countUpTo(rows, VERY_COMMON_TERM) : 0
            byDate = n >= COMMON_TERM
            if (n < VERY_COMMON_TERM) conds.push(set)
            else if (each !== undefined) conds.push(each)
          })
        const person = filter.person
        if (person !== undefined)
          yield* narrow(
            sql`e.id IN (SELECT event_id FROM event_people WHERE name = ${person})`,
            sql`SELECT 1 FROM event_people WHERE name = ${person}`,
            sql`EXISTS (SELECT 1 FROM event_people p WHERE p.event_id = e.id AND p.name = ${person})`
          )
        if (filter.q !== undefined) {
          const q = filter.q.trim()
          // nothing to look up in the word index (q=*, q=%_\): a scan of every event's text, refused
          if (!/[\p{L}\p{N}]/u.test(q))
            return yield* new InvalidQuery({ reason: `q: search for words or numbers; "${[...q].slice(0, 20).join("")}" has neither (* % _ are not wildcards)` })
          // jieba is not asked for a short query (its dictionary loads on first use, a second and more: the
          // terminal browser's first short search waited for it)
          const short = isShort(q)
          const tokens = short ? [] : seg.cutForSearch(q).filter((w) => /[\p{L}\p{N}]/u.test(w))
          // an index narrows the candidates; the substring test keeps only real occurrences of the query
          // (the character pairs need no per-event test past VERY_COMMON_TERM: the substring holds them)
          const candidates = short ? backend.shortCandidates(q) : undefined
          if (candidates !== undefined) yield* narrow(candidates.matches, candidates.rows)
          else if (!short && tokens.length > 0) {
            const unique = [...new Set(tokens)]
            yield* narrow(backend.matchesAll(unique), backend.matchRows(unique), backend.hasAll(unique))
          }
          conds.push(backend.contains(q))
        }
        return { conds, options: { byDate, cursor: filter.cursor, limit } }
      })

    /** Events matching a filter, by date then id, one page at a time. */
    const listEvents = (filter: EventFilter): Effect.Effect<Page, StoreError | InvalidQuery> =>
      Effect.flatMap(plan(filter), (p) => eventPage(sql, p.conds, p.options))

    /**
     * A page of the listing as JSON texts, one per event: its summary as stored (nothing decoded or
     * encoded), or with `fields` the summary with those record fields added (`all`: the whole record).
     */
    const listing = (filter: EventFilter, fields: ReadonlyArray<ListingField | "all"> = []): Effect.Effect<JsonPage, StoreError | InvalidQuery> =>
      Effect.flatMap(plan(filter), (p) => {
        if (fields.length === 0) return jsonPage(sql, p.conds, p.options, "listing")
        if (fields.includes("all")) return jsonPage(sql, p.conds, p.options, "record")
        return Effect.map(jsonPage(sql, p.conds, p.options, "record"), (page) => ({
          nextCursor: page.nextCursor,
          items: page.items.map((json) => {
            const e = eventFromJson(json)
            const record = encodeEvent(e)
            const extra = fields.filter((f): f is ListingField => f !== "all")
            return JSON.stringify({ ...encodeSummary(summaryOf(e)), ...Object.fromEntries(extra.map((f) => [f, record[f]])) })
          })
        }))
      })

    /** Every event matching a filter from its cursor on, read a page of 500 at a time. */
    const eventStream = (filter: Omit<EventFilter, "limit">): Stream.Stream<Event, StoreError | InvalidQuery> =>
      Stream.paginateChunkEffect(filter.cursor, (cursor: string | undefined) =>
        Effect.map(listEvents({ ...filter, cursor, limit: 500 }), (page): [Chunk.Chunk<Event>, Option.Option<string | undefined>] => [
          Chunk.fromIterable(page.items),
          page.nextCursor === null ? Option.none() : Option.some(page.nextCursor)
        ])
      )

    /** A month's events in date order. */
    const monthEvents = (month: string): Stream.Stream<Event, StoreError | InvalidQuery> => eventStream({ month })

    const getEvent = (id: string): Effect.Effect<Option.Option<Event>, StoreError> =>
      sql<{ record: string }>`SELECT record FROM events WHERE id = ${id}`.pipe(
        Effect.map((rows) => (rows[0] === undefined ? Option.none() : Option.some(eventFromJson(rows[0].record)))),
        Effect.mapError(storeError("reading an event"))
      )

    /** One event, or EventNotFound. */
    const event = (id: string): Effect.Effect<Event, StoreError | EventNotFound> =>
      Effect.flatMap(getEvent(id), Option.match({ onNone: () => Effect.fail(new EventNotFound({ id })), onSome: Effect.succeed }))

    const months = (): Effect.Effect<ReadonlyArray<MonthCount>, StoreError> =>
      sql<{ month: string; count: number }>`SELECT month, n AS count FROM month_counts WHERE n > 0 ORDER BY month`.pipe(
        Effect.map((rows) => rows.map((r) => ({ month: r.month, count: Number(r.count) }))),
        Effect.mapError(storeError("counting months"))
      )

    // read from the counts kept by the writes (aggregates.ts), not by grouping every row
    const people = (limit = 500): Effect.Effect<ReadonlyArray<PersonCount>, StoreError> =>
      Effect.gen(function* () {
        const rows = yield* sql<{ name: string; pinyin: string; count: number }>`SELECT name, pinyin, n AS count FROM person_counts WHERE n > 0 ORDER BY n DESC, ${backend.byteOrder("name")} LIMIT ${limit}`
        const titles = new Map<string, Array<string>>()
        for (const ch of chunks(rows.map((r) => r.name)))
          for (const t of yield* sql<{ name: string; title: string }>`SELECT name, title FROM person_titles WHERE name IN ${sql.in(ch)} AND n > 0 ORDER BY name, n DESC, ${backend.byteOrder("title")}`)
            titles.set(t.name, [...(titles.get(t.name) ?? []), t.title])
        return rows.map((r) => ({ name: r.name, pinyin: r.pinyin.length === 0 ? namePinyin(r.name) : r.pinyin, count: Number(r.count), titles: titles.get(r.name) ?? [] }))
      }).pipe(Effect.mapError(storeError("counting people")))

    const personTimeline = (name: string, limit = 500): Effect.Effect<ReadonlyArray<Event>, StoreError> =>
      sql<{ record: string }>`SELECT e.record FROM events e WHERE e.id IN (SELECT event_id FROM event_people WHERE name = ${name}) ORDER BY e.date_start, e.id LIMIT ${limit}`.pipe(
        Effect.map((rows) => rows.map((r) => eventFromJson(r.record))),
        Effect.mapError(storeError("reading a timeline"))
      )

    const places = (limit = 500): Effect.Effect<ReadonlyArray<PlaceCount>, StoreError> =>
      Effect.gen(function* () {
        const rows = yield* sql<{ name: string; count: number }>`SELECT name, n AS count FROM place_counts WHERE n > 0 ORDER BY n DESC, ${backend.byteOrder("name")} LIMIT ${limit}`
        const level = new Map<string, string>()
        for (const ch of chunks(rows.map((r) => r.name)))
          for (const l of yield* sql<{ name: string; level: string }>`SELECT name, MIN(level) AS level FROM place_levels WHERE name IN ${sql.in(ch)} AND n > 0 GROUP BY name`) level.set(l.name, l.level)
        return rows.map((r) => ({ name: r.name, level: level.get(r.name) ?? "", count: Number(r.count) }))
      }).pipe(Effect.mapError(storeError("counting places")))

    const documentNames = (): Effect.Effect<ReadonlyArray<{ name: string; contentHash: string; format: string }>, StoreError> =>
      sql<{ name: string; content_hash: string; format: string }>`SELECT name, content_hash, format FROM documents ORDER BY name`.pipe(
        Effect.map((rows) => rows.map((r) => ({ name: r.name, contentHash: r.content_hash, format: r.format }))),
        Effect.mapError(storeError("listing documents"))
      )

    /** (document name, raw offset) → 1-based line, for source notes; loads line starts of the named documents. */
    const lineLookup = (names: ReadonlyArray<string>): Effect.Effect<(document: string, offset: number) => number | undefined, StoreError> =>
      Effect.gen(function* () {
        const starts = new Map<string, ReadonlyArray<number>>()
        for (const ch of chunks([...new Set(names)])) {
          const rows = yield* sql<{ name: string; line_starts: string }>`SELECT name, line_starts FROM documents WHERE name IN ${sql.in(ch)}`.pipe(Effect.mapError(storeError("reading line starts")))
          for (const r of rows) starts.set(r.name, decodeLineStarts(r.line_starts))
        }
        return (document: string, offset: number) => {
          const s = starts.get(document)
          return s === undefined ? undefined : lineAt(s, offset)
        }
      })

    /** Documents by name with their metadata (for citing sources). */
    const documentsMeta = (names: ReadonlyArray<string>): Effect.Effect<ReadonlyMap<string, DocumentMeta>, StoreError> =>
      Effect.gen(function* () {
        const out = new Map<string, DocumentMeta>()
        for (const ch of chunks([...new Set(names)])) {
          const rows = yield* sql<DocumentRow>`SELECT * FROM documents WHERE name IN ${sql.in(ch)} ORDER BY ingested_at`.pipe(Effect.mapError(storeError("reading documents")))
          // a name stored twice (two versions): the later one speaks for it
          for (const r of rows) out.set(r.name, metaOfRow(r))
        }
        return out
      })

    /** A month's events with their sources' lines (unless `withLines` is false) and documents' metadata. */
    const monthWithSources = (month: string, withLines = true): Effect.Effect<MonthWithSources, StoreError | InvalidQuery> =>
      Effect.gen(function* () {
        const events = Chunk.toReadonlyArray(yield* Stream.runCollect(monthEvents(month)))
        const documents = events.flatMap((e) => e.sources.map((s) => s.document))
        const lineOf = withLines ? yield* lineLookup(documents) : () => undefined
        const meta = yield* documentsMeta(documents)
        return { events, lineOf, sourceOf: (d: string) => meta.get(d) }
      })

    const count = (): Effect.Effect<number, StoreError> =>
      sql<{ n: number }>`SELECT COUNT(*) AS n FROM events`.pipe(
        Effect.map((r) => Number(r[0]?.n ?? 0)),
        Effect.mapError(storeError("counting events"))
      )

    return { listEvents, listing, searchScans, eventStream, monthEvents, monthWithSources, getEvent, event, months, people, personTimeline, places, documentNames, lineLookup, documentsMeta, count } as const
  })
}) {}
