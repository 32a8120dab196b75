import type { Event } from "@dashiji/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, tempDb, withStore } from "./helpers.ts"

/**
 * A word or a person in 20,000 events or more is found by walking the events in date order and looking each
 * one up, not by building the set of all matches (query.ts, VERY_COMMON_TERM). That branch must give what
 * the other gives: the events that match, by date then id, page after page. A store of 23,000 made-up
 * events (SQLite; the bulk path) takes it.
 */

const doc = (name: string, text: string) => ({ name, bytes: Buffer.from(text, "utf8") })
const N = 23_000

describe("the walk for a very common word or person", () => {
  it("pages through the same events, in the same order, as filtering every event", async () => {
    const db = tempDb()
    const [base] = await withStore(db, (s) =>
      Effect.gen(function* () {
        yield* s.ingestDocument(doc("a.txt", "3月5日,省长单立平主持召开省政府常务会议,研究部署春耕生产工作。"))
        return (yield* allEvents(s)) as ReadonlyArray<Event>
      })
    )
    // every tenth event names another person and holds no 春耕 (the walk skips events that do not match);
    // the rest, 20,700, are past the threshold
    const events: Array<Event> = Array.from({ length: N }, (_, k) => {
      const day = `20${String(10 + (k % 15)).padStart(2, "0")}-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`
      const other = k % 10 === 0
      return {
        ...base!,
        id: `ev_${k.toString(16).padStart(12, "0")}`,
        date: { start: day, end: null, precision: "day", year: { value: Number(day.slice(0, 4)), source: "text" } },
        text: other ? "省长欧阳志远主持召开省政府常务会议,研究部署安全生产工作。" : base!.text,
        people: other ? [{ ...base!.people[0]!, name: "欧阳志远", pinyin: "Ōuyáng Zhìyuǎn" }] : base!.people,
        sources: [{ document: `w-${k}.txt`, span: [0, 10], format: "plain" }],
        merged: []
      } as Event
    })
    await withStore(db, (s) => s.insertEvents(events))
    const byDate = (a: Event, b: Event) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    // the event of a.txt is stored too
    const expected = (keep: (e: Event) => boolean) => [base!, ...events].filter(keep).sort(byDate).map((e) => e.id)
    const lead = base!.people[0]!.name
    await withStore(db, (s) =>
      Effect.gen(function* () {
        const person = yield* allEvents(s, { person: lead })
        expect(person.map((e) => e.id)).toEqual(expected((e) => e.people.some((p) => p.name === lead)))
        const word = yield* allEvents(s, { q: "春耕生产" })
        expect(word.map((e) => e.id)).toEqual(expected((e) => `${e.title}\n${e.text}`.includes("春耕生产")))
        const short = yield* allEvents(s, { q: "春耕" })
        expect(short.map((e) => e.id)).toEqual(expected((e) => `${e.title}\n${e.text}`.includes("春耕")))
        expect(person.length).toBeGreaterThan(20_000)
      })
    )
  }, 120_000)
})
