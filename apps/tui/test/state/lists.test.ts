import { describe, expect, it } from "vitest"
import { displayedMonths, displayedPeople, displayedPlaces, listQuery } from "../../src/state.ts"
import { keys, opened, people, places, run } from "./harness.ts"

describe("the reducer: the months, people and places lists", () => {
  it("people: typed Chinese narrows by name, / narrows by pinyin too, Esc clears; s sorts by pinyin keeping the selection", () => {
    let s = run(keys(opened(), "2").state, { type: "people", items: people }).state
    s = keys(s, "丁").state
    expect(displayedPeople(s).map((p) => p.name)).toEqual(["丁戊"])
    expect(s.prompt).toEqual({ kind: "narrow", value: "丁" })
    s = keys(s, { escape: true }).state
    expect(displayedPeople(s)).toHaveLength(3)
    s = keys(s, "/", "g", "e", "n").state
    expect(displayedPeople(s)).toEqual([]) // pinyin not loaded yet (the App loads it when a narrowing is pinyin)
    s = run(s, { type: "pinyin", pinyin: new Map([["甲乙丙", "Jiǎ Yǐbǐng"], ["丁戊", "Dīng Wù"], ["庚辛壬", "Gēng Xīnrén"]]) }).state
    expect(displayedPeople(s).map((p) => p.name)).toEqual(["庚辛壬"])
    s = keys(s, { return: true }).state
    expect(s.prompt).toBeNull()
    expect(listQuery(s)).toEqual({ type: "filter", filter: { person: "庚辛壬" } })
    s = keys(s, { escape: true }).state // clears the narrowing
    s = keys(s, "j").state
    expect(displayedPeople(s)[s.people.sel]!.name).toBe("丁戊")
    s = keys(s, "s").state
    expect(s.people.sort).toBe("pinyin")
    expect(displayedPeople(s).map((p) => p.name)).toEqual(["丁戊", "庚辛壬", "甲乙丙"])
    expect(displayedPeople(s)[s.people.sel]!.name).toBe("丁戊")
    expect(s.message).toContain("拼音")
  })

  it("places: typing narrows by any spelling, backspace widens, s sorts by pinyin", () => {
    let s = run(keys(opened(), "3").state, { type: "places", items: places }).state
    s = keys(s, "另").state
    expect(displayedPlaces(s).map((p) => p.name)).toEqual(["另一县"])
    s = keys(s, { backspace: true }).state
    expect(displayedPlaces(s)).toHaveLength(2)
    expect(s.prompt).toEqual({ kind: "narrow", value: "" })
    s = keys(s, { return: true }, "j", "s").state
    expect(s.places.sort).toBe("pinyin")
    expect(displayedPlaces(s).map((p) => p.name)).toEqual(["另一县", "示例市"])
    expect(displayedPlaces(s)[s.places.sel]!.name).toBe("另一县")
  })

  it("months: s cycles by date, newest first, by count, keeping the selected month", () => {
    let s = keys(opened(), "s").state
    expect(displayedMonths(s).map((m) => m.month)).toEqual(["2021-05", "2021-02", "2020-12"])
    expect(displayedMonths(s)[s.months.sel]!.month).toBe("2021-02")
    s = keys(s, "s").state
    expect(displayedMonths(s).map((m) => m.month)).toEqual(["2021-02", "2021-05", "2020-12"])
    expect(s.message).toContain("事件数")
    s = keys(s, "s").state
    expect(s.months.sort).toBe("date")
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
  })

  it("the lists arriving after a narrowing keep the selection inside them", () => {
    let s = run(keys(opened(), "2").state, { type: "people", items: people }).state
    s = keys(s, "G").state
    expect(s.people.sel).toBe(2)
    s = run(s, { type: "people", items: people.slice(0, 1) }).state
    expect(s.people.sel).toBe(0)
  })
})
