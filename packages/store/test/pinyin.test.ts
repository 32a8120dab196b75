import Database from "better-sqlite3"
import { Option } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, backends, tempDb, withStore } from "./helpers.ts"

const doc = (name: string, text: string) => ({ name, bytes: Buffer.from(text, "utf8") })
const meeting = "3月5日,省长单立平主持召开省政府常务会议,研究部署春耕生产工作,副省长欧阳志远、曾晓东出席会议。"
const longer = `${meeting}会议指出,要坚持稳中求进,扎实做好春季农业生产。会议要求,各地各部门要加强协调配合,抓好落实。`

const pinyinOf = (events: ReadonlyArray<{ people: ReadonlyArray<{ name: string; pinyin: string }> }>) =>
  Object.fromEntries(events.flatMap((e) => e.people.map((p) => [p.name, p.pinyin])))

const expected = { 单立平: "Shàn Lìpíng", 欧阳志远: "Ōuyáng Zhìyuǎn", 曾晓东: "Zēng Xiǎodōng" }

/** Turns a store into one written before people had a pinyin: records without it, no column, migration 5 not run. */
const makeOld = (path: string) => {
  const db = new Database(path)
  const strip = (table: string, key: string) => {
    const rows = db.prepare(`SELECT ${key} AS k, record FROM ${table}`).all() as Array<{ k: string; record: string }>
    const update = db.prepare(`UPDATE ${table} SET record = ? WHERE ${key} = ?`)
    for (const r of rows) {
      const rec = JSON.parse(r.record) as { people: Array<Record<string, unknown>> }
      for (const p of rec.people) delete p["pinyin"]
      update.run(JSON.stringify(rec), r.k)
    }
  }
  strip("events", "id")
  strip("mentions", "key")
  db.exec("ALTER TABLE event_people DROP COLUMN pinyin")
  // later migrations undone too: the migrator runs only those after the latest one recorded
  db.exec("DROP INDEX documents_by_url; DROP TABLE fetches")
  db.exec("DROP TABLE month_counts; DROP TABLE person_counts; DROP TABLE person_titles; DROP TABLE place_counts; DROP TABLE place_levels")
  for (const c of ["url", "title", "publisher", "published", "fetched_at"]) db.exec(`ALTER TABLE documents DROP COLUMN ${c}`)
  db.exec("ALTER TABLE events DROP COLUMN listing")
  db.exec("DROP TABLE events_grams")
  db.exec("DELETE FROM effect_sql_migrations WHERE migration_id >= 5")
  db.close()
}

describe("people's pinyin in the store", () => {
  it.each(backends)("round-trips on $name: events, a person's timeline and the people counts carry the pinyin", async (backend) => {
    const db = await backend.tempDb()
    await withStore(db, (s) => s.ingestDocument(doc("a.txt", meeting)))
    const events = await withStore(db, allEvents)
    expect(pinyinOf(events)).toEqual(expected)
    const one = await withStore(db, (s) => s.getEvent(events[0]!.id))
    expect(pinyinOf([Option.getOrThrow(one)])).toEqual(expected)
    const timeline = await withStore(db, (s) => s.personTimeline("欧阳志远"))
    expect(timeline[0]!.people.find((p) => p.name === "欧阳志远")!.pinyin).toBe("Ōuyáng Zhìyuǎn")
    const people = await withStore(db, (s) => s.people())
    expect(Object.fromEntries(people.map((p) => [p.name, p.pinyin]))).toEqual(expected)
  })

  // SQLite only: the old store is made by editing the file (PostgreSQL stores began after the field)
  it("a store written before the field existed opens: the column is filled, old records decode with it", async () => {
    const db = tempDb()
    await withStore(db, (s) => s.ingestDocument(doc("a.txt", meeting)))
    makeOld(db)
    const raw = new Database(db, { readonly: true })
    expect((raw.prepare("SELECT record FROM events").get() as { record: string }).record).not.toContain("pinyin")
    raw.close()

    const events = await withStore(db, allEvents)
    expect(pinyinOf(events)).toEqual(expected)
    const people = await withStore(db, (s) => s.people())
    expect(Object.fromEntries(people.map((p) => [p.name, p.pinyin]))).toEqual(expected)
    const column = new Database(db, { readonly: true })
    expect(column.prepare("SELECT DISTINCT pinyin FROM event_people WHERE name = '曾晓东'").all()).toEqual([{ pinyin: "Zēng Xiǎodōng" }])
    column.close()

    // a new document merging into the old event re-reads its stored mentions (also without pinyin)
    const [r] = await withStore(db, (s) => s.ingestDocuments([doc("b.txt", longer)]))
    expect(r!.created.length + r!.merged.length).toBe(1)
    const after = await withStore(db, allEvents)
    expect(after).toHaveLength(1)
    expect(after[0]!.sources.map((s) => s.document).sort()).toEqual(["a.txt", "b.txt"])
    expect(pinyinOf(after)).toEqual(expected)
  })
})
