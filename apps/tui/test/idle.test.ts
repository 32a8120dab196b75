import type { PersonSummary } from "@dashiji/store"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type BrowserData, openBrowserData } from "../src/data.ts"
import { nextIdleJob } from "../src/idle.ts"
import { loadFor } from "../src/load.ts"
import { displayedPeople, initialState, type State, update } from "../src/state.ts"
import { peopleInPinyinOrder } from "../src/state/lists.ts"
import { IncrementalSort, sortByPinyin } from "../src/state/pinyin-sort.ts"
import { seededDb } from "./helpers.ts"

let data: BrowserData
beforeAll(async () => void (data = openBrowserData(await seededDb())))
afterAll(() => data.close())

describe("idle work", () => {
  it("loads the other views' lists, the calendar's year, everyone's pinyin and the pinyin order, then stops", () => {
    let s: State = loadFor(data, 200, initialState(80, 24))
    expect([s.people.items, s.places.items, s.timeline.counts, s.people.pinyin]).toEqual([null, null, null, null])
    const sorting = { current: undefined }
    const counting = { current: undefined }
    const names: Array<string> = []
    const skip = new Set<string>()
    for (let i = 0; i < 1000; i++) {
      const job = nextIdleJob(data, s, sorting, counting, skip)
      if (job === undefined) break
      names.push(job.name)
      const action = job.run()
      if (job.once === true) skip.add(job.name)
      if (action !== undefined) s = update(s, action).state
    }
    expect([...new Set(names)]).toEqual(["people", "people details", "places", `counts ${s.months.items.reduce((a, b) => (b.count > a.count ? b : a)).month.slice(0, 4)}`, "pinyin order", "pinyin"])
    expect(s.people.items).toEqual(data.now.people())
    expect(s.places.items).toEqual(data.now.places())
    expect(s.people.pinyin).not.toBeNull()
    // the order kept while reading is the one s would compute
    expect(peopleInPinyinOrder(s.people.items!)).toBe(true)
    expect(displayedPeople({ ...s, people: { ...s.people, sort: "pinyin" } })).toEqual(sortByPinyin(s.people.items!))
    // a job that failed is skipped
    expect(nextIdleJob(data, { ...s, people: { ...s.people, pinyin: null } }, sorting, counting, new Set([...skip, "pinyin"]))).toBeUndefined()
  })

  it("the incremental sort gives exactly the collator's stable order, whatever the size", () => {
    const made = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥阿·欧阳重庆长行"
    for (const n of [0, 1, 2, 511, 512, 513, 1500, 4100]) {
      const items: Array<PersonSummary> = Array.from({ length: n }, (_, i) => ({ name: `${made[(i * 7) % made.length]}${made[(i * 13) % made.length]}${i % 3 === 0 ? made[i % made.length] : ""}`, count: i }))
      const sort = new IncrementalSort(items)
      let steps = 0
      while (!sort.step()) steps++
      expect(sort.result(), `n=${n}`).toEqual(sortByPinyin(items))
      expect(steps).toBeLessThan(n / 100 + 10)
    }
  })
})
