import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"
import { shortGrams } from "./short-grams.ts"

/**
 * SQLite FTS5 over jieba-segmented text: documents and queries are cut with the same segmenter
 * (cutForSearch), so 习近平总书记 is found by 总书记. One- and two-character queries, which a word
 * index cannot serve, go to the character-pair index below (short-grams.ts).
 */
export const createFulltext = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE VIRTUAL TABLE events_fts USING fts5(id UNINDEXED, body, tokenize = 'unicode61')`
})

/**
 * FTS rows share the rowid of their event, so a query can test membership by rowid and walk the date
 * index in order instead of joining on the (unindexed) id column; earlier stores are re-linked.
 */
export const linkFulltextRowids = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TEMP TABLE fts_relink AS SELECT e.rowid AS rid, f.id AS id, f.body AS body FROM events_fts f JOIN events e ON e.id = f.id`
  yield* sql`DELETE FROM events_fts`
  yield* sql`INSERT INTO events_fts (rowid, id, body) SELECT rid, id, body FROM fts_relink`
  yield* sql`DROP TABLE fts_relink`
})

/** An FTS5 query requiring every token (each quoted, so no token is read as syntax). */
export const ftsQuery = (tokens: ReadonlyArray<string>): string =>
  tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ")

/**
 * The character-pair index of one- and two-character searches (short-grams.ts): contentless (the terms are
 * never read back, only matched), rowids shared with the events, rowid lists only (detail=none: a term's
 * presence is all a query asks). On 100,000 bench events it is 30 MB beside the 830 MB store.
 */
export const createShortGrams = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE VIRTUAL TABLE events_grams USING fts5(grams, content = '', contentless_delete = 1, detail = 'none')`
  let last = 0
  for (;;) {
    const rows = yield* sql<{ rid: number; search_text: string }>`SELECT rowid AS rid, search_text FROM events WHERE rowid > ${last} ORDER BY rowid LIMIT 1000`
    if (rows.length === 0) return
    yield* sql`INSERT INTO events_grams (rowid, grams) SELECT j.value ->> 0, j.value ->> 1 FROM json_each(${JSON.stringify(rows.map((r) => [r.rid, shortGrams(r.search_text)]))}) AS j`
    last = Number(rows[rows.length - 1]!.rid)
  }
})
