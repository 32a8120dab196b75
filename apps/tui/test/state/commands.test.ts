import { describe, expect, it } from "vitest"
import { currentEvent, displayedEvents, listQuery, needMore } from "../../src/state.ts"
import { ev } from "../fixtures.ts"
import { answer, feb, keys, opened, partlyLoaded, people, run } from "./harness.ts"

describe("the reducer: jump, sort, search, copy and export", () => {
  it(": jumps to a date: 2021-02-24 or 2月24日 (the year from where the user is); an unknown date says so", () => {
    let s = keys(opened(), ":", ..."2021-02-24".split(""), { return: true }).state
    expect(s.focus).toBe("events")
    expect(currentEvent(s)!.date.start).toBe("2021-02-24")
    expect(s.sel).toBe(2)
    s = keys(s, ":", ..."2月27日".split(""), { return: true }).state
    expect(currentEvent(s)!.date.start).toBe("2021-02-27")
    // another month: the list reloads, and the jump waits for the month's rows
    s = keys(s, { escape: true }, ":", ..."2021-05-02".split(""), { return: true }).state
    expect(s.months.sel).toBe(2)
    expect(s.jump).toBe("2021-05-02")
    s = answer(s, [ev("2021-05-01"), ev("2021-05-09")])
    expect(currentEvent(s)!.date.start).toBe("2021-05-09")
    expect(s.jump).toBeNull()
    s = keys(s, ":", "x", "y", { return: true }).state
    expect(s.message).toContain("无法识别的日期")
  })

  it(": to a month without events goes to the next month that has some, and says so", () => {
    const s = keys(opened(), ":", ..."2021-03-05".split(""), { return: true }).state
    expect(s.months.sel).toBe(2)
    expect(s.focus).toBe("nav")
    expect(s.message).toContain("没有事件")
  })

  it("s cycles the event order (date, newest first, kind, person) and keeps the selected event", () => {
    let s = keys(opened(), { return: true }, "j").state
    const id = currentEvent(s)!.id
    s = keys(s, "s").state
    expect(s.sort).toBe("date-desc")
    expect(currentEvent(s)!.id).toBe(id)
    expect(displayedEvents(s)[0]!.date.start).toBe("2021-02-27")
    s = keys(s, "s").state
    expect(displayedEvents(s).map((e) => e.kind).slice(0, 3)).toEqual(["meeting", "meeting", "meeting"])
    expect(currentEvent(s)!.id).toBe(id)
    s = keys(s, "s", "s").state
    expect(s.sort).toBe("date")
    // a sort other than by date needs every page
    const partial = keys(partlyLoaded(feb.slice(0, 2), "c"), { return: true }, "s").state
    expect(needMore(partial)).toBe(true)
  })

  it("search replaces the view's list; t narrows the kind; Esc clears both", () => {
    let s = keys(opened(), "/", "会", "议", { return: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { q: "会议" } })
    expect(s.focus).toBe("events")
    s = keys(s, { escape: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
    s = keys(s, "t").state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02", kind: "meeting" } })
    s = keys(s, "t").state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02", kind: "conference_call" } })
    s = keys(s, { escape: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
  })

  it("p and l filter by person and place; an empty answer removes the filter", () => {
    let s = keys(opened(), "p", "丁", "戊", { return: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { person: "丁戊" } })
    s = keys(s, "l", "示", "例", { return: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { person: "丁戊", place: "示例" } })
    s = keys(s, "p", { backspace: true }, { backspace: true }, { return: true }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { place: "示例" } })
  })

  it("y copies the selected event's id (a person's name in the people list); e exports the current list", () => {
    let r = keys(opened(), { return: true }, "j", "y")
    expect(r.effects).toEqual([{ type: "copy", text: feb[1]!.id }])
    expect(r.state.message).toContain(feb[1]!.id)
    r = keys(r.state, "e", "c")
    expect(r.effects[0]).toMatchObject({ type: "export", format: "csv", target: { kind: "events", query: { type: "filter", filter: { month: "2021-02" } } } })
    r = keys(r.state, "e", "r")
    expect(r.effects[0]).toEqual({ type: "report", month: "2021-02" })
    const p = run(keys(opened(), "2").state, { type: "people", items: people }).state
    expect(keys(p, "y").effects).toEqual([{ type: "copy", text: "甲乙丙" }])
    expect(keys(p, "e", "m").effects[0]).toMatchObject({ type: "export", format: "md", target: { kind: "people", rows: people } })
    // any other key closes the export menu without exporting
    const closed = keys(opened(), "e", "x")
    expect([closed.state.prompt, closed.effects]).toEqual([null, []])
  })
})
