import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type * as Statement from "@effect/sql/Statement"
import { CoreLive, type Event, mentionText, namePinyin } from "@dashiji/core"
import { Effect, Layer } from "effect"
import type { Page } from "./query.ts"
import { InvalidQuery, StoreError } from "./errors.ts"
import { sqliteClientLayer, storeClientLayer, storeServices } from "./layers.ts"
import { eventPage } from "./event-page.ts"
import { backendOf } from "./backend.ts"
import { personPage } from "./person-page.ts"

/**
 * Read-only queries for browsing (the terminal browser): everyone and every place with counts, a
 * calendar's day counts, the events of a day or of a set of place names, and where a source came from.
 * Plain functions on the SqlClient, so they run beside EventQuery on the same connection.
 */

const CHUNK = 400
/** A place named by at least this many events is listed by walking the events in date order (as the store does for common words). */
const COMMON = 2000
const storeError = (what: string) => (e: SqlError) => new StoreError({ reason: `${what}: ${e.message}`, cause: e })

/** A name (a person's or a place's) with the number of events naming it. */
export interface NameCount {
  readonly name: string
  /** Events naming it. */
  readonly count: number
}
export type PersonSummary = NameCount
export type PlaceSummary = NameCount

/**
 * The names of a kept counts table, most frequent first (ties in byte order of the name), read as one JSON
 * text: a row per name cost more in the client than in the database (36,890 people: a third less time so).
 */
const namesByCount = (table: "person_counts" | "place_counts", what: string): Effect.Effect<ReadonlyArray<NameCount>, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => {
    const order = sql`ORDER BY n DESC, ${backendOf(sql).byteOrder("name")}`
    const packed = sql.onDialectOrElse({
      pg: () => sql<{ j: string }>`SELECT COALESCE(json_agg(json_build_array(name, n) ${order}), '[]'::json)::text AS j FROM ${sql(table)} WHERE n > 0`,
      orElse: () => sql<{ j: string }>`SELECT json_group_array(json_array(name, n) ${order}) AS j FROM ${sql(table)} WHERE n > 0`
    })
    return packed.pipe(
      Effect.mapError(storeError(what)),
      Effect.flatMap((rows) => {
        const pairs: unknown = JSON.parse(rows[0]?.j ?? "[]")
        return Array.isArray(pairs) && pairs.every(isNameAndCount)
          ? Effect.succeed(pairs.map(([name, count]) => ({ name, count: Number(count) })))
          : Effect.fail(new StoreError({ reason: `${what}: the database gave no list of names and counts` }))
      })
    )
  })

/** [name, count] as the database packs it (PostgreSQL's json_agg may give a bigint as a string). */
const isNameAndCount = (x: unknown): x is readonly [string, number | string] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === "string" && (typeof x[1] === "number" || typeof x[1] === "string")

/**
 * Every person with the number of events naming them, most frequent first, from the counts the ingest
 * keeps (aggregates.ts): one read of a table of names, not a grouping of every person row (which took
 * 0.1–0.4 s on 100,000 events, the terminal browser's people view waited for it). Titles and pinyin come
 * per name from personDetails, with the start of the person's latest event.
 */
export const peopleSummary = (): Effect.Effect<ReadonlyArray<PersonSummary>, StoreError, SqlClient.SqlClient> => namesByCount("person_counts", "counting people")

export interface PersonDetails {
  readonly pinyin: string
  /** Titles held in the person's latest event (the office a reader knows them by). */
  readonly titles: ReadonlyArray<string>
  /** Start of the person's latest event. */
  readonly latest: string
}

/** Pinyin and latest titles of the named people (one index probe each: the name's latest row). */
export const personDetails = (names: ReadonlyArray<string>): Effect.Effect<ReadonlyMap<string, PersonDetails>, StoreError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const out = new Map<string, PersonDetails>()
    for (const name of new Set(names)) {
      const rows = yield* sql<{ titles: string; pinyin: string | null; date_start: string }>`SELECT titles, pinyin, date_start FROM event_people WHERE name = ${name} ORDER BY date_start DESC LIMIT 1`.pipe(
        Effect.mapError(storeError("reading people"))
      )
      const r = rows[0]
      if (r !== undefined) out.set(name, { pinyin: r.pinyin === null || r.pinyin.length === 0 ? namePinyin(name) : r.pinyin, titles: r.titles.split("、").filter((t) => t.length > 0), latest: r.date_start })
    }
    return out
  })

/** Everyone's pinyin (for narrowing a list by typed pinyin, and sorting by it), from the kept counts. */
export const peoplePinyin = (): Effect.Effect<ReadonlyMap<string, string>, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql<{ name: string; pinyin: string | null }>`SELECT name, pinyin FROM person_counts WHERE n > 0`.pipe(
      Effect.map((rows) => new Map(rows.map((r) => [r.name, r.pinyin === null || r.pinyin.length === 0 ? namePinyin(r.name) : r.pinyin]))),
      Effect.mapError(storeError("reading pinyin"))
    )
  )

/** Every place name with the number of events naming it, most frequent first (from the kept counts). */
export const placesSummary = (): Effect.Effect<ReadonlyArray<PlaceSummary>, StoreError, SqlClient.SqlClient> => namesByCount("place_counts", "counting places")

/** Events naming any of the place names (one place written several ways counted once per event). */
export const countEventsAtPlaces = (names: ReadonlyArray<string>): Effect.Effect<number, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql<{ n: number }>`SELECT COUNT(DISTINCT event_id) AS n FROM event_places WHERE name IN ${sql.in(names.slice(0, CHUNK))}`.pipe(
      Effect.map((r) => Number(r[0]?.n ?? 0)),
      Effect.mapError(storeError("counting a place"))
    )
  )

export interface DayCount {
  readonly start: string
  readonly end: string | null
  readonly count: number
}

/**
 * Events per (start, end) whose start lies in [from, to] (YYYY-MM-DD, inclusive); the caller spreads a
 * range over its days. Events that start within 40 days before `from` are included for ranges that reach in.
 */
export const dayCounts = (from: string, to: string): Effect.Effect<ReadonlyArray<DayCount>, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql<{ date_start: string; date_end: string | null; n: number }>`SELECT date_start, date_end, COUNT(*) AS n FROM events WHERE date_start >= ${shiftDays(from, -40)} AND date_start <= ${`${to}~`} GROUP BY date_start, date_end`.pipe(
      Effect.map((rows) => rows.map((r) => ({ start: r.date_start, end: r.date_end, count: Number(r.n) }))),
      Effect.mapError(storeError("counting days"))
    )
  )

/** YYYY-MM-DD moved by `days` (for range bounds; not for display). */
export const shiftDays = (day: string, days: number): string => {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

export interface BrowseQuery {
  /** Events naming this person (their timeline); with it, only `kind` narrows further. */
  readonly person?: string
  /** Events on this day (YYYY-MM-DD): starting that day, or a range that covers it. */
  readonly day?: string
  /** Events naming any of these places. */
  readonly places?: ReadonlyArray<string>
  readonly kind?: Event["kind"]
  readonly limit?: number
  readonly cursor?: string
}

/** The events of a person, of a day or of a set of place names, by date then id, one page at a time. */
export const browseEvents = (q: BrowseQuery): Effect.Effect<Page, StoreError | InvalidQuery, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const limit = q.limit ?? 50
    if (limit < 1 || limit > 500) return yield* new InvalidQuery({ reason: "limit must be between 1 and 500" })
    if (q.person !== undefined) return yield* personPage(sql, { name: q.person, kind: q.kind, cursor: q.cursor, limit })
    const conds: Array<Statement.Fragment> = []
    if (q.day !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(q.day)) return yield* new InvalidQuery({ reason: "day must be YYYY-MM-DD" })
      // ranges longer than 40 days are not calendar days; the bound keeps the date index in use
      conds.push(sql`e.date_start >= ${shiftDays(q.day, -40)}`, sql`e.date_start <= ${q.day}`, sql`(e.date_start = ${q.day} OR e.date_end >= ${q.day})`)
    }
    // a place that many events name is found by walking the events in date order and stopping at a full page
    let byDate = false
    if (q.places !== undefined) {
      if (q.places.length === 0) return { items: [], nextCursor: null }
      const names = q.places.slice(0, CHUNK)
      conds.push(sql`e.id IN (SELECT event_id FROM event_places WHERE name IN ${sql.in(names)})`)
      const n = yield* sql<{ n: number }>`SELECT COUNT(*) AS n FROM (SELECT 1 FROM event_places WHERE name IN ${sql.in(names)} LIMIT ${COMMON}) AS t`.pipe(Effect.mapError(storeError("counting a place")))
      byDate = q.day === undefined && Number(n[0]?.n ?? 0) >= COMMON
    }
    if (q.kind !== undefined) conds.push(sql`e.kind = ${q.kind}`)
    return yield* eventPage(sql, conds, { byDate, cursor: q.cursor, limit })
  })

export interface MentionOrigin {
  /** sha256 of the document's bytes: identifies the file whatever it is called now. */
  readonly contentHash: string
  /** The mention's cleaned text (what the parser read there). */
  readonly text: string
}

/** Where a source span came from: the document's content hash and the mention's cleaned text. */
export const mentionOrigin = (document: string, span: readonly [number, number]): Effect.Effect<MentionOrigin | null, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql<{ content_hash: string; record: string }>`SELECT content_hash, record FROM mentions WHERE document = ${document} AND span_start = ${span[0]} AND span_end = ${span[1]} LIMIT 1`.pipe(
      Effect.flatMap((rows) =>
        rows[0] !== undefined
          ? Effect.succeed(rows[0])
          : // events written through the bulk path have no mention rows: the document's hash is enough
            sql<{ content_hash: string; record: string }>`SELECT content_hash, '' AS record FROM documents WHERE name = ${document} LIMIT 1`.pipe(Effect.map((r) => r[0]))
      ),
      Effect.map((r) => {
        if (r === undefined) return null
        return { contentHash: r.content_hash, text: mentionText(r.record) ?? "" }
      }),
      Effect.mapError(storeError("reading a mention"))
    )
  )

/** The store over a SQLite file with its SqlClient exposed, so browse queries share the connection. */
export const sqliteBrowseLayer = (path: string) => storeServices.pipe(Layer.provideMerge(sqliteClientLayer(path)), Layer.provide(CoreLive))

/** The same on either back-end: a SQLite file or a `postgres://…` URL (see storeClientLayer). */
export const browseLayer = (target: string) => storeServices.pipe(Layer.provideMerge(storeClientLayer(target)), Layer.provide(CoreLive))
