import type * as SqlClient from "@effect/sql/SqlClient"
import type * as Statement from "@effect/sql/Statement"
import type { Event } from "@dashiji/core"
import { Effect } from "effect"
import { InvalidQuery, storeError, type StoreError } from "./errors.ts"
import { decodeCursor, encodeCursor } from "./filter.ts"
import { eventFromJson } from "./rows.ts"
import { backendOf } from "./backend.ts"

/** A page of events in date order, and the cursor of the next page (null on the last). */
export interface EventPage {
  readonly items: ReadonlyArray<Event>
  readonly nextCursor: string | null
}


/**
 * One page of the events matching `conds` (keyset paging on date, then id, from `cursor`), as the stored
 * JSON of `column`: `record` (whole events) or `listing` (their summaries). `byDate` walks the date index
 * instead of letting SQLite pick one: for a condition most events meet, that is faster. Every listing of
 * events (the store's query, the browser's, the API's summaries) pages through here.
 */
export const jsonPage = (
  sql: SqlClient.SqlClient,
  conds: Array<Statement.Fragment>,
  options: { readonly byDate: boolean; readonly cursor: string | undefined; readonly limit: number },
  column: "record" | "listing"
): Effect.Effect<{ readonly items: ReadonlyArray<string>; readonly nextCursor: string | null }, StoreError | InvalidQuery> =>
  Effect.gen(function* () {
    const { byDate, cursor, limit } = options
    if (cursor !== undefined) {
      const c = decodeCursor(cursor)
      if (c === null) return yield* new InvalidQuery({ reason: "malformed cursor" })
      conds.push(sql`(e.date_start > ${c.dateStart} OR (e.date_start = ${c.dateStart} AND e.id > ${c.id}))`)
    }
    const where = conds.length === 0 ? sql`` : sql`WHERE ${sql.and(conds)}`
    const backend = backendOf(sql)
    const query = sql<{ json: string; date_start: string; id: string }>`SELECT e.${sql(column)} AS json, e.date_start, e.id FROM ${backend.eventsFrom(byDate)} ${where} ORDER BY e.date_start, e.id LIMIT ${limit + 1}`
    const rows = yield* (byDate ? backend.walkingDates(query) : query).pipe(Effect.mapError(storeError("querying events")))
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    return { items: page.map((r) => r.json), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last.date_start, last.id) : null }
  })

/** `jsonPage` of whole events, decoded. */
export const eventPage = (
  sql: SqlClient.SqlClient,
  conds: Array<Statement.Fragment>,
  options: { readonly byDate: boolean; readonly cursor: string | undefined; readonly limit: number }
): Effect.Effect<EventPage, StoreError | InvalidQuery> =>
  Effect.map(jsonPage(sql, conds, options, "record"), (p) => ({ items: p.items.map(eventFromJson), nextCursor: p.nextCursor }))
