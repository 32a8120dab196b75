import { readdirSync, readFileSync } from "node:fs"
import { gunzipSync, gzipSync } from "node:zlib"
import { join } from "node:path"
import type { DocumentInput, ParsedDocument } from "@dashiji/core"
import Database from "better-sqlite3"

// not from helpers.ts or snapshots.ts, which need vitest: the fixture script imports this module too
const repoRoot = new URL("../../../", import.meta.url).pathname

/**
 * The store's contents that issues #20 and #22 promise to keep: events (ids, columns, records), which event
 * each mention belongs to and its record, the merge explanations, the documents and the event's people,
 * places and organisations rows. Lookup keys and full-text rows are indexes, not contents: left out, so
 * filing fewer keys or other search tokens does not count as a change.
 */
export const dumpQueries = {
  events: "SELECT id, date_start, date_end, month, kind, title, search_text, record FROM events ORDER BY id",
  mentions: "SELECT key, event_id, content_hash, document, span_start, span_end, record FROM mentions ORDER BY key",
  merges: "SELECT event_id, document, span_start, span_end, method, score FROM merges ORDER BY event_id, document, span_start, span_end, method, score",
  documents: "SELECT content_hash, name, format, encoding, size, mentions, line_starts, url, title, publisher, published, fetched_at FROM documents ORDER BY content_hash",
  people: "SELECT event_id, name, pinyin, titles, role, date_start FROM event_people ORDER BY event_id, name, role, titles",
  places: "SELECT event_id, name, level FROM event_places ORDER BY event_id, name, level",
  orgs: "SELECT event_id, name FROM event_orgs ORDER BY event_id, name"
} as const

/** JSON with object keys sorted: two encodings of one record with fields in another order are one line. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v

/** One line per row, `table<TAB>canonical JSON`, tables in a fixed order; stored JSON columns parsed first. */
export const dumpLines = (snapshot: Record<string, ReadonlyArray<Record<string, unknown>>>): Array<string> =>
  Object.keys(dumpQueries).flatMap((table) =>
    (snapshot[table] ?? []).map((row) => {
      const r: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(row)) {
        // the JSON columns as values; integers from PostgreSQL's bigint come back as strings
        if ((k === "record" || k === "line_starts") && typeof v === "string") r[k] = JSON.parse(v)
        // PostgreSQL and SQLite print a double's last digit differently
        else if (k === "score") r[k] = Number(Number(v).toFixed(6))
        else if ((k === "size" || k === "mentions" || k === "span_start" || k === "span_end") && v !== null) r[k] = Number(v)
        else r[k] = v
      }
      return `${table}\t${JSON.stringify(canonical(r))}`
    })
  )

export const sqliteDump = (db: string): Array<string> => {
  const d = new Database(db, { readonly: true })
  try {
    return dumpLines(Object.fromEntries(Object.entries(dumpQueries).map(([table, q]) => [table, d.prepare(q).all() as Array<Record<string, unknown>>])))
  } finally {
    d.close()
  }
}

/** The documents of the fixture, in the order they are ingested: the seeds, then the development corpus. */
export const fixtureInputs = (): Array<DocumentInput> =>
  [join(repoRoot, "seeds"), join(repoRoot, "eval/corpus/raw")].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }))
  )

export const fixtureDir = new URL("./fixtures/", import.meta.url).pathname
/** The parser's output for the fixture's documents when the fixture was written (the store's input). */
export const parsedFixture = join(fixtureDir, "store-input.jsonl.gz")
/** The store's dump after ingesting them one after another into a fresh store. */
export const dumpFixture = join(fixtureDir, "store-dump.jsonl.gz")

export const writeGzLines = (lines: ReadonlyArray<string>): Buffer => gzipSync(lines.map((l) => `${l}\n`).join(""), { level: 9 })
export const readGzLines = (path: string): Array<string> =>
  gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((l) => l.length > 0)

export const readParsedFixture = (): Array<ParsedDocument> => readGzLines(parsedFixture).map((l) => JSON.parse(l) as ParsedDocument)

/** The first lines that differ, with their neighbours, instead of two 10,000-line arrays. */
export const firstDifference = (actual: ReadonlyArray<string>, expected: ReadonlyArray<string>): string => {
  const i = actual.findIndex((l, k) => l !== expected[k])
  const at = i === -1 ? Math.min(actual.length, expected.length) : i
  return [`${actual.length} rows, expected ${expected.length}; first difference at row ${at}:`, `  got      ${actual[at] ?? "(nothing)"}`, `  expected ${expected[at] ?? "(nothing)"}`].join("\n")
}
