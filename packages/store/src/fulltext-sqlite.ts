import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"

/**
 * SQLite FTS5 over jieba-segmented text: documents and queries are cut with the same segmenter
 * (cutForSearch), so 习近平总书记 is found by 总书记. One- and two-character queries, which a word
 * index cannot serve, fall back to a substring scan (see queries.ts).
 */
export const createFulltext = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE VIRTUAL TABLE events_fts USING fts5(id UNINDEXED, body, tokenize = 'unicode61')`
})

/** An FTS5 query requiring every token (each quoted, so no token is read as syntax). */
export const ftsQuery = (tokens: ReadonlyArray<string>): string =>
  tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ")
