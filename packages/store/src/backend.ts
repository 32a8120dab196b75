import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect } from "effect"
import type * as Statement from "@effect/sql/Statement"
import { ftsQuery } from "./fulltext-sqlite.ts"
import { shortGramQuery, shortGrams } from "./short-grams.ts"
import { tsLexemes, tsQuery } from "./fulltext-pg.ts"

/**
 * The few statements that differ between SQLite and PostgreSQL, chosen by the client's dialect. Everything
 * else the store says is plain SQL both accept.
 */
export interface Backend {
  readonly name: "sqlite" | "postgres"
  /** Indexes events' search tokens (their event rows are written already). */
  readonly indexEvents: (events: ReadonlyArray<{ readonly id: string; readonly tokens: ReadonlyArray<string>; readonly text: string }>) => Effect.Effect<void, SqlError>
  /** Drops the full-text rows of these events (before the events themselves). */
  readonly unindexEvents: (ids: ReadonlyArray<string>) => Effect.Effect<void, SqlError>
  /** A condition on `e` (events): the event has every token. */
  readonly matchesAll: (tokens: ReadonlyArray<string>) => Statement.Fragment
  /**
   * The same condition tested on `e` alone (a lookup per event): for a walk in date order that meets a
   * match every few events, where building the set of all matches first would cost more than the walk.
   */
  readonly hasAll: (tokens: ReadonlyArray<string>) => Statement.Fragment
  /** Rows, one per event having every token (to count how common a query is). */
  readonly matchRows: (tokens: ReadonlyArray<string>) => Statement.Fragment
  /** A condition on `e`: the search text contains `q` (ASCII letters in any case, as SQLite's LIKE). */
  readonly contains: (q: string) => Statement.Fragment
  /**
   * For a one- or two-character `q`: a condition on `e` every event containing `q` meets, and rows, one per
   * such event — or undefined where no index serves it (PostgreSQL; a query of other characters).
   */
  readonly shortCandidates: (q: string) => { readonly matches: Statement.Fragment; readonly rows: Statement.Fragment } | undefined
  /** `GROUP_CONCAT(column, sep)`. */
  readonly groupConcat: (column: string, sep: string) => Statement.Fragment
  /** A column in byte order (as SQLite compares text), for ORDER BY on columns made by the portable migrations. */
  readonly byteOrder: (column: string) => Statement.Fragment
  /** `events e`, walking the date index when `byDate` on SQLite (INDEXED BY). */
  readonly eventsFrom: (byDate: boolean) => Statement.Fragment
  /**
   * Runs a query that should walk the date index (a condition most events meet: stop at a full page).
   * PostgreSQL has no INDEXED BY: the query runs in a transaction whose planner may not sort, which
   * leaves it the date index for the order (before statistics are gathered its estimate of how common a
   * word is can be far off: on 100,000 fresh events it sorted 40,000 matches, 0.6 s, for a 2 ms walk).
   */
  readonly walkingDates: <A, E, R>(query: Effect.Effect<A, E, R>) => Effect.Effect<A, E | SqlError, R>
  /**
   * Writers that run at once (PostgreSQL) lock what they will read and rewrite — a document's content
   * hash, its lookup keys, the events they reach — with transaction-level advisory locks, taken in a
   * fixed order within one call. SQLite's writers take turns (BEGIN IMMEDIATE): nothing to lock.
   */
  readonly concurrentWriters: boolean
  readonly lock: (names: ReadonlyArray<string>) => Effect.Effect<void, SqlError>
}

const likePattern = (q: string) => `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`

export const backendOf = (sql: SqlClient.SqlClient): Backend =>
  sql.onDialectOrElse({
    pg: (): Backend => ({
      name: "postgres",
      // one statement for the lot: a round trip per event was most of a bulk load's time
      indexEvents: (events) =>
        events.length === 0
          ? Effect.void
          : Effect.asVoid(
              sql`INSERT INTO events_fts (id, body) SELECT r->>0, array_to_tsvector(string_to_array(r->>1, ' ')) FROM json_array_elements(${JSON.stringify(events.map((e) => [e.id, tsLexemes(e.tokens)]))}::json) AS r`
            ),
      unindexEvents: (ids) => Effect.asVoid(sql`DELETE FROM events_fts WHERE id IN ${sql.in(ids)}`),
      matchesAll: (tokens) => sql`e.id IN (SELECT id FROM events_fts WHERE body @@ ${tsQuery(tokens)}::tsquery)`,
      hasAll: (tokens) => sql`EXISTS (SELECT 1 FROM events_fts f WHERE f.id = e.id AND f.body @@ ${tsQuery(tokens)}::tsquery)`,
      matchRows: (tokens) => sql`SELECT 1 FROM events_fts WHERE body @@ ${tsQuery(tokens)}::tsquery`,
      contains: (q) => sql`e.search_text ILIKE ${likePattern(q)} ESCAPE '\\'`,
      shortCandidates: () => undefined,
      groupConcat: (column, sep) => sql`string_agg(${sql(column)}, ${sql.literal(`'${sep.replace(/'/g, "''")}'`)})`,
      eventsFrom: () => sql`events e`,
      byteOrder: (column) => sql`${sql(column)} COLLATE "C"`,
      walkingDates: (query) =>
        sql.withTransaction(Effect.zipRight(sql`SET LOCAL enable_sort = off`, query)),
      concurrentWriters: true,
      lock: (names) =>
        names.length === 0
          ? Effect.void
          : Effect.asVoid(
              sql`SELECT COUNT(pg_advisory_xact_lock(h)) AS n FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM json_array_elements_text(${JSON.stringify([...new Set(names)])}::json) AS k ORDER BY h) AS s`
            )
    }),
    orElse: (): Backend => ({
      name: "sqlite",
      // one statement per batch (a statement per event was a tenth of ingest's SQL time, #20)
      indexEvents: (events) =>
        events.length === 0
          ? Effect.void
          : Effect.gen(function* () {
              const rows = JSON.stringify(events.map((e) => [e.id, e.tokens.join(" "), shortGrams(e.text)]))
              yield* sql`INSERT INTO events_fts (rowid, id, body) SELECT e.rowid, e.id, j.value ->> 1 FROM json_each(${rows}) AS j JOIN events e ON e.id = j.value ->> 0 ORDER BY j.key`
              yield* sql`INSERT INTO events_grams (rowid, grams) SELECT e.rowid, j.value ->> 2 FROM json_each(${rows}) AS j JOIN events e ON e.id = j.value ->> 0 ORDER BY j.key`
            }),
      // the FTS rows are found through their events' rowids
      unindexEvents: (ids) =>
        Effect.gen(function* () {
          yield* sql`DELETE FROM events_fts WHERE rowid IN (SELECT rowid FROM events WHERE id IN ${sql.in(ids)})`
          yield* sql`DELETE FROM events_grams WHERE rowid IN (SELECT rowid FROM events WHERE id IN ${sql.in(ids)})`
        }),
      matchesAll: (tokens) => sql`e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${ftsQuery(tokens)})`,
      hasAll: (tokens) => sql`EXISTS (SELECT 1 FROM events_fts f WHERE events_fts MATCH ${ftsQuery(tokens)} AND f.rowid = e.rowid)`,
      matchRows: (tokens) => sql`SELECT 1 FROM events_fts WHERE events_fts MATCH ${ftsQuery(tokens)}`,
      contains: (q) => sql`e.search_text LIKE ${likePattern(q)} ESCAPE '\\'`,
      shortCandidates: (q) => {
        const match = shortGramQuery(q)
        return match === undefined
          ? undefined
          : { matches: sql`e.rowid IN (SELECT rowid FROM events_grams WHERE events_grams MATCH ${match})`, rows: sql`SELECT 1 FROM events_grams WHERE events_grams MATCH ${match}` }
      },
      groupConcat: (column, sep) => sql`GROUP_CONCAT(${sql(column)}, ${sql.literal(`'${sep.replace(/'/g, "''")}'`)})`,
      eventsFrom: (byDate) => (byDate ? sql`events e INDEXED BY events_by_date` : sql`events e`),
      byteOrder: (column) => sql`${sql(column)}`,
      walkingDates: (query) => query,
      concurrentWriters: false,
      lock: () => Effect.void
    })
  })
