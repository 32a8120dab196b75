import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import { createShortGrams } from "./fulltext-sqlite.ts"
import { namePinyin } from "@dashiji/core"
import { Effect } from "effect"
import { eventFromJson } from "./rows.ts"
import { summaryJson } from "./summary.ts"

/**
 * Portable schema (plain SQL that SQLite and PostgreSQL both accept). Full-text search is
 * backend-specific and lives in fulltext-sqlite.ts.
 */
const init = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE documents (
    content_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    size INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  )`
  yield* sql`CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date_start TEXT NOT NULL,
    date_end TEXT,
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    search_text TEXT NOT NULL,
    record TEXT NOT NULL
  )`
  yield* sql`CREATE INDEX events_by_date ON events (date_start, id)`
  yield* sql`CREATE INDEX events_by_month ON events (month, date_start, id)`
  yield* sql`CREATE INDEX events_by_kind ON events (kind, date_start, id)`
  yield* sql`CREATE TABLE mentions (
    key TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    record TEXT NOT NULL
  )`
  yield* sql`CREATE INDEX mentions_by_event ON mentions (event_id)`
  yield* sql`CREATE TABLE mention_keys (lookup_key TEXT NOT NULL, mention_key TEXT NOT NULL)`
  yield* sql`CREATE INDEX mention_keys_by_key ON mention_keys (lookup_key)`
  yield* sql`CREATE INDEX mention_keys_by_mention ON mention_keys (mention_key)`
  yield* sql`CREATE TABLE event_people (event_id TEXT NOT NULL, name TEXT NOT NULL, titles TEXT NOT NULL, role TEXT NOT NULL, date_start TEXT NOT NULL)`
  yield* sql`CREATE INDEX event_people_by_name ON event_people (name, date_start)`
  yield* sql`CREATE INDEX event_people_by_event ON event_people (event_id)`
  yield* sql`CREATE TABLE event_places (event_id TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL)`
  yield* sql`CREATE INDEX event_places_by_name ON event_places (name)`
  yield* sql`CREATE INDEX event_places_by_event ON event_places (event_id)`
  yield* sql`CREATE TABLE event_orgs (event_id TEXT NOT NULL, name TEXT NOT NULL)`
  yield* sql`CREATE INDEX event_orgs_by_name ON event_orgs (name)`
  yield* sql`CREATE INDEX event_orgs_by_event ON event_orgs (event_id)`
  yield* sql`CREATE TABLE merges (event_id TEXT NOT NULL, document TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, method TEXT NOT NULL, score REAL NOT NULL)`
  yield* sql`CREATE INDEX merges_by_event ON merges (event_id)`
})

/** Line starts of each document, so that reports can cite "document, line" without storing the text. */
const lineStarts = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE documents ADD COLUMN line_starts TEXT NOT NULL DEFAULT '[0]'`
})

/** Each person's name in pinyin beside the name (GET /people); the rows already there are filled here. */
const peoplePinyin = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE event_people ADD COLUMN pinyin TEXT NOT NULL DEFAULT ''`
  const names = yield* sql<{ name: string }>`SELECT DISTINCT name FROM event_people`
  for (const { name } of names) yield* sql`UPDATE event_people SET pinyin = ${namePinyin(name)} WHERE name = ${name}`
})

/**
 * Where each document came from (issue #19): URL, title, publisher, publication date (YYYY-MM-DD), when it
 * was fetched; NULL when unknown. One URL may have several documents (a page whose content changed is a
 * new version, kept). `fetches` remembers each URL's last answer (its validators, for conditional requests).
 */
const documentMeta = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE documents ADD COLUMN url TEXT`
  yield* sql`ALTER TABLE documents ADD COLUMN title TEXT`
  yield* sql`ALTER TABLE documents ADD COLUMN publisher TEXT`
  yield* sql`ALTER TABLE documents ADD COLUMN published TEXT`
  yield* sql`ALTER TABLE documents ADD COLUMN fetched_at TEXT`
  yield* sql`CREATE INDEX documents_by_url ON documents (url)`
  yield* sql`CREATE TABLE fetches (
    url TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL
  )`
})

/**
 * Counts kept beside the events (aggregates.ts), so /months, /people and /places read a small table
 * instead of grouping every row; filled here from what a store already holds.
 */
const aggregates = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE month_counts (month TEXT PRIMARY KEY, n INTEGER NOT NULL)`
  yield* sql`CREATE TABLE person_counts (name TEXT PRIMARY KEY, pinyin TEXT NOT NULL, n INTEGER NOT NULL)`
  yield* sql`CREATE INDEX person_counts_by_n ON person_counts (n DESC, name)`
  yield* sql`CREATE TABLE person_titles (name TEXT NOT NULL, title TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (name, title))`
  yield* sql`CREATE TABLE place_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)`
  yield* sql`CREATE INDEX place_counts_by_n ON place_counts (n DESC, name)`
  yield* sql`CREATE TABLE place_levels (name TEXT NOT NULL, level TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (name, level))`
  yield* sql`INSERT INTO month_counts (month, n) SELECT month, COUNT(*) FROM events GROUP BY month`
  yield* sql`INSERT INTO person_counts (name, pinyin, n) SELECT name, MAX(pinyin), COUNT(DISTINCT event_id) FROM event_people GROUP BY name`
  yield* sql`INSERT INTO place_counts (name, n) SELECT name, COUNT(DISTINCT event_id) FROM event_places GROUP BY name`
  yield* sql`INSERT INTO place_levels (name, level, n) SELECT name, level, COUNT(*) FROM event_places GROUP BY name, level`
  // titles are stored joined by 、 per person row: split here, not in SQL (no portable split)
  const rows = yield* sql<{ name: string; titles: string; n: number }>`SELECT name, titles, COUNT(*) AS n FROM event_people GROUP BY name, titles`
  const titles = new Map<string, { name: string; title: string; n: number }>()
  for (const r of rows)
    for (const title of r.titles.split("、").filter((t) => t.length > 0)) {
      const k = `${r.name}\u0000${title}`
      const cur = titles.get(k)
      titles.set(k, { name: r.name, title, n: (cur?.n ?? 0) + Number(r.n) })
    }
  const all = [...titles.values()]
  for (let i = 0; i < all.length; i += 300) yield* sql`INSERT INTO person_titles ${sql.insert(all.slice(i, i + 300))}`
})

/**
 * Lookup keys filed as the primary key (lookup_key, mention_key): a key's postings are read from the key's
 * own index entries, and a new mention's ~250 keys go into one B-tree instead of a table and an index
 * (on SQLite WITHOUT ROWID; ingest spent most of its SQL time filing and reading these rows, #20).
 */
const mentionKeysByKey = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE mention_keys_new (lookup_key TEXT NOT NULL, mention_key TEXT NOT NULL, PRIMARY KEY (lookup_key, mention_key))${sql.onDialectOrElse({ sqlite: () => sql.literal(" WITHOUT ROWID"), orElse: () => sql.literal("") })}`
  yield* sql`INSERT INTO mention_keys_new (lookup_key, mention_key) SELECT DISTINCT lookup_key, mention_key FROM mention_keys`
  yield* sql`DROP TABLE mention_keys`
  yield* sql`ALTER TABLE mention_keys_new RENAME TO mention_keys`
  yield* sql`CREATE INDEX mention_keys_by_mention ON mention_keys (mention_key)`
})

/** Each event's summary beside its record (summary.ts), so listings send it without decoding records (#20). */
const eventListing = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE events ADD COLUMN listing TEXT NOT NULL DEFAULT ''`
  let last = ""
  for (;;) {
    const rows = yield* sql<{ id: string; record: string }>`SELECT id, record FROM events WHERE id > ${last} ORDER BY id LIMIT 1000`
    if (rows.length === 0) return
    for (const r of rows) yield* sql`UPDATE events SET listing = ${summaryJson(eventFromJson(r.record))} WHERE id = ${r.id}`
    last = rows[rows.length - 1]!.id
  }
})

export const migrations = (fulltext: Effect.Effect<void, unknown, SqlClient.SqlClient>, relink: Effect.Effect<void, unknown, SqlClient.SqlClient>) =>
  Migrator.fromRecord({
    "0001_init": init,
    "0002_fulltext": fulltext,
    "0003_line_starts": lineStarts,
    "0004_fulltext_rowids": relink,
    "0005_people_pinyin": peoplePinyin,
    "0006_document_meta": documentMeta,
    "0007_aggregates": aggregates,
    "0008_mention_keys_by_key": mentionKeysByKey,
    "0009_event_listing": eventListing,
    // SQLite only: PostgreSQL's short searches stay a substring scan (README, "Chinese full text on PostgreSQL")
    "0010_short_grams": Effect.flatMap(SqlClient.SqlClient, (sql) => sql.onDialectOrElse({ sqlite: () => createShortGrams, orElse: () => Effect.void }))
  })

export const runMigrations = (fulltext: Effect.Effect<void, unknown, SqlClient.SqlClient>, relink: Effect.Effect<void, unknown, SqlClient.SqlClient>) =>
  Migrator.make({})({ loader: migrations(fulltext, relink) })
