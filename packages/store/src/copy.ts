import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect } from "effect"
import { Ingest } from "./ingest.ts"
import { InvalidQuery, StoreError } from "./errors.ts"
import { eventFromJson } from "./rows.ts"
import { writeTransaction } from "./transaction.ts"

/**
 * A whole store copied into another, SQLite ⇄ PostgreSQL. Events go through the target's own write path
 * (Ingest.insertEvents), so its indexes — people, places, organisations, merges and the back-end's
 * full text — are made as that back-end makes them; documents, mentions, their lookup keys and the fetch
 * log are copied row for row. The target must hold no documents and no events: nothing is merged or
 * overwritten. Reads go page by page in key order, so a store of millions of rows is never in memory.
 */

const PAGE = 400

/** Tables copied row for row, each with the columns that order it (a key, so paging never repeats). */
const RAW_TABLES: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["documents", ["content_hash"]],
  ["mentions", ["key"]],
  ["mention_keys", ["mention_key", "lookup_key"]],
  ["fetches", ["url"]]
]

export interface CopyProgress {
  readonly table: string
  readonly rows: number
}

const failed = (what: string) => (e: SqlError) =>
  new StoreError({ reason: `${what}: ${e.cause instanceof Error && e.cause.message.length > 0 ? e.cause.message : e.message}`, cause: e })

/** A key column's value as read (keys are never null: a primary key's columns). */
const keyValue = (v: unknown): string | number => {
  if (typeof v === "string" || typeof v === "number") return v
  throw new Error(`a key column holds ${v === null ? "null" : typeof v}, not text or a number`)
}

/** The rows of `table` after `last` (in `keys` order), one page. */
const page = (sql: SqlClient.SqlClient, table: string, keys: ReadonlyArray<string>, last: ReadonlyArray<unknown> | null) => {
  const order = sql.unsafe(keys.join(", "))
  if (last === null) return sql<Record<string, unknown>>`SELECT * FROM ${sql(table)} ORDER BY ${order} LIMIT ${PAGE}`
  // (a, b) > (x, y) spelled out: row-value comparison reads the same on both back-ends this way
  const [a, b] = last.map(keyValue)
  const after =
    keys.length === 1
      ? sql`${sql(keys[0]!)} > ${a!}`
      : sql`(${sql(keys[0]!)} > ${a!} OR (${sql(keys[0]!)} = ${a!} AND ${sql(keys[1]!)} > ${b!}))`
  return sql<Record<string, unknown>>`SELECT * FROM ${sql(table)} WHERE ${after} ORDER BY ${order} LIMIT ${PAGE}`
}

/** Counts of what a store holds, to refuse a target that is not empty. */
const holdings = (sql: SqlClient.SqlClient) =>
  Effect.all({
    documents: sql<{ n: number }>`SELECT COUNT(*) AS n FROM documents`.pipe(Effect.map((r) => Number(r[0]?.n ?? 0))),
    events: sql<{ n: number }>`SELECT COUNT(*) AS n FROM events`.pipe(Effect.map((r) => Number(r[0]?.n ?? 0)))
  })

/**
 * Copies the store read through `from` into the store of the current context (Ingest and its
 * SqlClient). Fails with InvalidQuery when the target is not empty.
 */
export const copyStore = (from: SqlClient.SqlClient, onProgress: (p: CopyProgress) => void = () => {}) =>
  Effect.gen(function* () {
    const to = yield* SqlClient.SqlClient
    const target = yield* Ingest
    const has = yield* holdings(to).pipe(Effect.mapError(failed("reading the target")))
    if (has.documents > 0 || has.events > 0)
      return yield* new InvalidQuery({ reason: `the target store is not empty (${has.documents} documents, ${has.events} events): copy into a new store` })
    const counts: Record<string, number> = {}
    for (const [table, keys] of RAW_TABLES) {
      let last: ReadonlyArray<unknown> | null = null
      let n = 0
      for (;;) {
        const rows: ReadonlyArray<Record<string, unknown>> = yield* page(from, table, keys, last).pipe(Effect.mapError(failed(`reading ${table}`)))
        if (rows.length === 0) break
        yield* writeTransaction(to`INSERT INTO ${to(table)} ${to.insert(rows.map((r) => ({ ...r })))}`).pipe(Effect.mapError((e) => (e._tag === "SqlError" ? failed(`writing ${table}`)(e) : e)))
        n += rows.length
        const end = rows[rows.length - 1]!
        last = keys.map((k) => end[k])
        onProgress({ table, rows: n })
      }
      counts[table] = n
    }
    let last: ReadonlyArray<unknown> | null = null
    let n = 0
    for (;;) {
      const rows: ReadonlyArray<Record<string, unknown>> = yield* page(from, "events", ["id"], last).pipe(Effect.mapError(failed("reading events")))
      if (rows.length === 0) break
      yield* target.insertEvents(rows.map((r) => eventFromJson(String(r["record"]))))
      n += rows.length
      last = [rows[rows.length - 1]!["id"]]
      onProgress({ table: "events", rows: n })
    }
    counts["events"] = n
    // PostgreSQL plans by statistics, gathered in the background some time after a bulk load: now, so the
    // copy answers at its best from the first query
    yield* to.onDialectOrElse({ pg: () => Effect.asVoid(to`ANALYZE`), orElse: () => Effect.void }).pipe(Effect.mapError(failed("analyzing the target")))
    return counts
  })
