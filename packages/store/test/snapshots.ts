import Database from "better-sqlite3"
import { pgAdmin } from "./helpers.ts"

/** What identifies a store's contents, each table in a fixed order. */
export const queries = {
  events: "SELECT id, date_start, date_end, kind, title, record FROM events ORDER BY id",
  // which event each mention belongs to: the merge groups
  mentions: "SELECT key, event_id, content_hash, document, span_start, span_end FROM mentions ORDER BY key",
  merges: "SELECT event_id, document, span_start, span_end, method, score FROM merges ORDER BY event_id, document, span_start, method, score",
  documents: "SELECT content_hash, name, mentions FROM documents ORDER BY content_hash",
  people: "SELECT event_id, name, role FROM event_people ORDER BY event_id, name, role"
} as const

/** Rows as plain values, scores to 6 places (PostgreSQL and SQLite print a double's last digit differently). */
const plain = (rows: ReadonlyArray<Record<string, unknown>>) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "score" ? Number(Number(v).toFixed(6)) : v])))

/** Every table row for row (a copied store must equal its source in all of them). */
export const fullQueries = {
  ...queries,
  mentions: "SELECT key, event_id, content_hash, document, span_start, span_end, record FROM mentions ORDER BY key",
  mentionKeys: "SELECT mention_key, lookup_key FROM mention_keys ORDER BY mention_key, lookup_key",
  documents:
    "SELECT content_hash, name, format, encoding, size, mentions, ingested_at, line_starts, url, title, publisher, published, fetched_at FROM documents ORDER BY content_hash",
  people: "SELECT event_id, name, pinyin, titles, role, date_start FROM event_people ORDER BY event_id, name, role, titles",
  places: "SELECT event_id, name, level FROM event_places ORDER BY event_id, name, level",
  orgs: "SELECT event_id, name FROM event_orgs ORDER BY event_id, name",
  fetches: "SELECT url, content_hash, etag, last_modified, checked_at FROM fetches ORDER BY url"
} as const

export type Snapshot = Record<string, ReadonlyArray<Record<string, unknown>>>

export const sqliteSnapshot = (db: string, which: Record<string, string> = queries): Snapshot => {
  const d = new Database(db, { readonly: true })
  try {
    return Object.fromEntries(Object.entries(which).map(([k, q]) => [k, plain(d.prepare(q).all() as Array<Record<string, unknown>>)])) as unknown as Snapshot
  } finally {
    d.close()
  }
}

export const pgSnapshot = async (url: string, which: Record<string, string> = queries): Promise<Snapshot> => {
  const out: Record<string, unknown> = {}
  for (const [k, q] of Object.entries(which)) out[k] = plain(await pgAdmin(q, url))
  return out as Snapshot
}
