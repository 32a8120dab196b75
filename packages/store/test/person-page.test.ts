import type { Event } from "@dashiji/core"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { browseEvents, browseLayer } from "../src/browse.ts"
import { EventQuery } from "../src/query.ts"
import { backends, withStore } from "./helpers.ts"

/**
 * The browser's person timeline (browseEvents with `person`, read along the person index) must page exactly
 * as the store's person filter does: the same events in the same order, whatever the page size, with a
 * person named twice in one event listed once and events on the same day ordered by id.
 */

let n = 0
const made = (start: string, people: ReadonlyArray<string>, kind: Event["kind"] = "meeting"): Event => {
  n++
  return {
    id: `ev_${(0xabc000 + n).toString(16).padStart(12, "0")}`,
    date: { start, end: null, precision: "day", year: { value: Number(start.slice(0, 4)), source: "text" } },
    title: `虚构事件${n}`,
    summary: "",
    text: `某日召开虚构的第${n}次会议。`,
    kind,
    people: people.map((name) => ({ name, pinyin: name === "甲某" ? "Jiǎ Mǒu" : "Yǐ Mǒu", titles: [], role: "lead" as const })),
    places: [],
    organizations: [],
    reporters: [],
    sources: [{ document: "made-up.txt", span: [n * 10, n * 10 + 5], format: "plain" }],
    merged: [],
    warnings: []
  }
}

const events: ReadonlyArray<Event> = [
  made("2021-03-02", ["甲某", "乙某"]),
  made("2021-03-02", ["甲某"], "inspection"),
  made("2021-03-02", ["甲某", "甲某"]), // named twice
  made("2020-11-30", ["甲某"]),
  made("2021-03-05", ["乙某"]),
  made("2021-04-01", ["甲某", "乙某", "甲某"], "inspection"),
  made("2021-04", ["甲某"]),
  made("2022-01-09", ["甲某"])
]

const pages = (db: string, read: (cursor: string | undefined) => Effect.Effect<{ items: ReadonlyArray<Event>; nextCursor: string | null }, unknown, EventQuery | SqlClient.SqlClient>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const ids: Array<Array<string>> = []
      let cursor: string | undefined
      do {
        const page = yield* read(cursor)
        ids.push(page.items.map((e) => e.id))
        cursor = page.nextCursor ?? undefined
      } while (cursor !== undefined)
      return ids
    }).pipe(Effect.scoped, Effect.provide(browseLayer(db))) as Effect.Effect<Array<Array<string>>, unknown, never>
  )

describe.each(backends)("a person's timeline on $name", ({ tempDb }) => {
  it("pages as the store's person filter does, for every page size, with and without a kind", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.insertEvents(events))
    for (const kind of [undefined, "inspection" as const])
      for (const limit of [1, 2, 3, 7, 50]) {
        const byIndex = await pages(db, (cursor) => browseEvents({ person: "甲某", kind, limit, cursor }))
        const byFilter = await pages(db, (cursor) => Effect.flatMap(EventQuery, (s) => s.listEvents({ person: "甲某", kind, limit, cursor })))
        expect(byIndex, `limit ${limit} kind ${kind}`).toEqual(byFilter)
      }
    const all = (await pages(db, (cursor) => browseEvents({ person: "甲某", limit: 2, cursor }))).flat()
    const expected = events.filter((e) => e.people.some((p) => p.name === "甲某")).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    expect(all).toEqual(expected.map((e) => e.id))
    expect(new Set(all).size).toBe(all.length)
    expect(await pages(db, (cursor) => browseEvents({ person: "无此人", cursor }))).toEqual([[]])
  })
})
