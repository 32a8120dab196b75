import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { mentionText } from "@dashiji/core"
import { Effect } from "effect"
import { StoreError } from "./errors.ts"

/**
 * Read queries for the web reader. The store keeps each mention's cleaned text, not the documents: the
 * text around a source is the mentions stored before and after it in the same document.
 */

/** What a reader's queries need beside EventQuery (the same connection). */
export type ReaderSql = SqlClient.SqlClient

const storeError = (what: string) => (e: SqlError) => new StoreError({ reason: `${what}: ${e.message}`, cause: e })

export interface StoredMention {
  readonly span: readonly [number, number]
  readonly text: string
  /** The event the mention belongs to now. */
  readonly eventId: string
}

export interface MentionsAround {
  readonly before: StoredMention | null
  /** The mention at the span; null for events written without mention rows (the bulk path). */
  readonly mention: StoredMention | null
  readonly after: StoredMention | null
}

const textOf = (record: string): string => mentionText(record) ?? ""

type Row = { key: string; span_start: number; span_end: number; event_id: string }

/**
 * The stored mention at a source span and its neighbours in the same document. Mention keys begin with
 * the document's content hash (see ExtractedMention.key), so a document's mentions are one range of the
 * primary key: no scan of the mentions table, whatever its size.
 */
export const mentionsAround = (document: string, span: readonly [number, number]): Effect.Effect<MentionsAround, StoreError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const hashes = yield* sql<{ content_hash: string }>`SELECT content_hash FROM documents WHERE name = ${document}`
    const rows: Array<Row> = []
    for (const { content_hash } of hashes) {
      const prefix = content_hash.slice(0, 16)
      rows.push(...(yield* sql<Row>`SELECT key, span_start, span_end, event_id FROM mentions WHERE key > ${`${prefix}:`} AND key < ${`${prefix};`}`))
    }
    const at = rows.find((r) => Number(r.span_start) === span[0] && Number(r.span_end) === span[1])
    let before: Row | undefined
    let after: Row | undefined
    for (const r of rows) {
      if (Number(r.span_end) <= span[0] && (before === undefined || Number(r.span_end) > Number(before.span_end))) before = r
      if (Number(r.span_start) >= span[1] && (after === undefined || Number(r.span_start) < Number(after.span_start))) after = r
    }
    const wanted = [before, at, after].filter((r): r is Row => r !== undefined).map((r) => r.key)
    const records = new Map<string, string>()
    if (wanted.length > 0) for (const r of yield* sql<{ key: string; record: string }>`SELECT key, record FROM mentions WHERE key IN ${sql.in(wanted)}`) records.set(r.key, r.record)
    const mention = (r: Row | undefined): StoredMention | null => (r === undefined ? null : { span: [Number(r.span_start), Number(r.span_end)], text: textOf(records.get(r.key) ?? ""), eventId: r.event_id })
    return { before: mention(before), mention: mention(at), after: mention(after) }
  }).pipe(Effect.mapError((e) => (e instanceof StoreError ? e : storeError("reading mentions")(e))))

/**
 * Events by the day they start (YYYY-MM-DD → count), for the reader's year heat-maps: one pass over the
 * date index alone (no event record is read), about a second for a million events. Ranges count on their
 * first day only; the month's calendar spreads them over their days.
 */
export const eventsByStartDay = (): Effect.Effect<ReadonlyMap<string, number>, StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql<{ date_start: string; n: number }>`SELECT date_start, COUNT(*) AS n FROM events GROUP BY date_start`.pipe(
      Effect.map((rows) => new Map(rows.filter((r) => r.date_start.length === 10 && !r.date_start.startsWith("XXXX")).map((r) => [r.date_start, Number(r.n)]))),
      Effect.mapError(storeError("counting days"))
    )
  )
