import Database from "better-sqlite3"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, backends, tempDb, withStore } from "./helpers.ts"

/**
 * One- and two-character searches: on SQLite through the character-pair index (short-grams.ts), on
 * PostgreSQL a substring scan. Either way the answer is every event whose title or text holds the query,
 * after new events, events merged and rewritten, and (SQLite) a store made before the index.
 */

const doc = (name: string, text: string) => ({ name, bytes: Buffer.from(text, "utf8") })
// made-up events: words jieba cuts apart (临江 市), ASCII in two cases, a run ending in a query character
const first = [
  "3月5日,省长单立平在临江市主持召开省政府常务会议,研究部署春耕生产工作。",
  "3月8日,副省长欧阳志远在青山县调研5G基站建设,察看通信设施。",
  "3月12日,临江市委书记曾晓东会见来访的客商代表团一行。"
].join("\n")
// the first event again, told longer: merged into it and the event rewritten
const second = "3月5日,省长单立平在临江市主持召开省政府常务会议,研究部署春耕生产工作。会议要求,各地要抓好5g网络覆盖。"

const queries = ["临江", "江市", "5g", "5G", "g", "议", "会", "市委", "翾", "翾翾", "春·", "G基", "工作"]

/** SQLite's LIKE '%q%' over title and text: a substring, ASCII letters in any case. */
const holds = (e: { title: string; text: string }, q: string) => {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())
  return fold(`${e.title}\n${e.text}`).includes(fold(q))
}

const answers = (db: string) =>
  withStore(db, (s) =>
    Effect.gen(function* () {
      const every = yield* allEvents(s)
      const out: Record<string, { found: Array<string>; expected: Array<string> }> = {}
      for (const q of queries)
        out[q] = {
          found: (yield* allEvents(s, { q })).map((e) => e.id).sort(),
          expected: every.filter((e) => holds(e, q)).map((e) => e.id).sort()
        }
      return out
    })
  )

describe("short searches", () => {
  it.each(backends)("on $name find exactly the events holding one or two characters, before and after a merge", async (backend) => {
    const db = await backend.tempDb()
    await withStore(db, (s) => s.ingestDocument(doc("a.txt", first)))
    const before = await answers(db)
    for (const q of queries) expect(before[q]!.found, q).toEqual(before[q]!.expected)
    expect(before["江市"]!.found.length).toBe(2)
    expect(before["g"]!.found.length).toBe(1)
    expect(before["翾翾"]!.found).toEqual([])
    await withStore(db, (s) => s.ingestDocument(doc("b.txt", second)))
    const after = await answers(db)
    for (const q of queries) expect(after[q]!.found, q).toEqual(after[q]!.expected)
    expect(after["5g"]!.found.length).toBe(2)
  })

  it("on SQLite keep one index row per event, and a store made before the index gets it filled when it is opened", async () => {
    const db = tempDb()
    await withStore(db, (s) => s.ingestDocuments([doc("a.txt", first), doc("b.txt", second)]))
    const rows = (path: string) => {
      const d = new Database(path, { readonly: true })
      try {
        return d.prepare("SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM events_grams) AS grams").get() as { events: number; grams: number }
      } finally {
        d.close()
      }
    }
    expect(rows(db).grams).toBe(rows(db).events)
    const old = new Database(db)
    old.exec("DROP TABLE events_grams; DELETE FROM effect_sql_migrations WHERE migration_id >= 10")
    old.close()
    const migrated = await answers(db)
    for (const q of queries) expect(migrated[q]!.found, q).toEqual(migrated[q]!.expected)
    expect(migrated["江市"]!.found.length).toBe(2)
    expect(rows(db).grams).toBe(rows(db).events)
  })
})
