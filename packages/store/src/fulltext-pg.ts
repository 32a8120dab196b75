import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"

/**
 * PostgreSQL's side of the schema the portable migrations leave open (see migrations.ts): full text,
 * plus two types SQLite does not distinguish.
 *
 * Full text: the same jieba tokens the SQLite store puts in FTS5 (cutForSearch, so 习近平总书记 is found
 * by 总书记), stored as a `tsvector` built with array_to_tsvector — each token one lexeme exactly as jieba
 * cut it, lower-cased, with no parser or dictionary between (the `simple` configuration's parser would cut
 * an unspaced Chinese run its own way). A query requires every token (tsquery `&`); the substring test
 * beside it keeps only real occurrences, as on SQLite. One- and two-character queries, which a word index
 * cannot serve, are a substring scan (README: measured against pg_trgm).
 */
export const createFulltextPg = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  // byte order, as SQLite compares: keyset paging, ORDER BY id/key and prefix ranges on mention keys give
  // the same order whatever the database's default collation
  const collated: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
    ["documents", ["content_hash", "name"]],
    ["events", ["id", "date_start", "date_end", "month", "kind"]],
    ["mentions", ["key", "event_id", "content_hash", "document"]],
    ["mention_keys", ["lookup_key", "mention_key"]],
    ["event_people", ["event_id", "name", "date_start"]],
    ["event_places", ["event_id", "name"]],
    ["event_orgs", ["event_id", "name"]],
    ["merges", ["event_id", "document"]]
  ]
  for (const [table, columns] of collated)
    yield* sql.unsafe(`ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE TEXT COLLATE "C"`).join(", ")}`)
  // REAL is single precision on PostgreSQL; merge scores are doubles in the records
  yield* sql`ALTER TABLE merges ALTER COLUMN score TYPE DOUBLE PRECISION`
  yield* sql`CREATE TABLE events_fts (id TEXT COLLATE "C" PRIMARY KEY, body TSVECTOR NOT NULL)`
  yield* sql`CREATE INDEX events_fts_body ON events_fts USING GIN (body)`
})

/** SQLite re-linked its FTS rows to the events' rowids; PostgreSQL's are keyed by event id from the start. */
export const linkFulltextRowidsPg = Effect.void

/** Lower-cased lexemes, space-separated, for array_to_tsvector(string_to_array(…, ' ')). */
export const tsLexemes = (tokens: ReadonlyArray<string>): string =>
  [...new Set(tokens.map((t) => t.toLowerCase().replace(/\s+/g, "")).filter((t) => t.length > 0))].join(" ")

/** A tsquery requiring every token, each quoted as a literal lexeme (so no token is read as syntax). */
export const tsQuery = (tokens: ReadonlyArray<string>): string =>
  [...new Set(tokens.map((t) => t.toLowerCase().replace(/\s+/g, "")).filter((t) => t.length > 0))]
    .map((t) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`)
    .join(" & ")
