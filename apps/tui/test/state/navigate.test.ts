import { describe, expect, it } from "vitest"
import { currentEvent, displayedEvents, listHeading, listQuery, needMore } from "../../src/state.ts"
import { ev } from "../fixtures.ts"
import { feb, key, keys, opened, partlyLoaded, people, places, run } from "./harness.ts"

describe("the reducer: moving around", () => {
  it("opens on the busiest month and lists its events", () => {
    const s = opened()
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
    expect(displayedEvents(s).map((e) => e.id)).toEqual(feb.map((e) => e.id))
    expect(listHeading(s)).toBe("2021年2月（5） 1/5")
  })

  it("moves with j/k, arrows, PgUp/PgDn, g/G and Home/End; Enter and Esc walk list → events → detail → source and back", () => {
    let s = keys(opened(), { return: true }).state
    expect(s.focus).toBe("events")
    s = keys(s, "j", "j", { downArrow: true }).state
    expect(s.sel).toBe(3)
    s = keys(s, "k", { upArrow: true }).state
    expect(s.sel).toBe(1)
    s = keys(s, "G").state
    expect(s.sel).toBe(4)
    s = keys(s, "g").state
    expect(s.sel).toBe(0)
    s = keys(s, { end: true }).state
    expect(s.sel).toBe(4)
    s = keys(s, { home: true }, { pageDown: true }).state
    expect(s.sel).toBe(4) // a page is longer than five rows
    s = keys(s, { pageUp: true }).state
    expect(s.sel).toBe(0)
    s = keys(s, { return: true }).state
    expect(s.focus).toBe("detail")
    s = keys(s, { return: true }).state
    expect(s.focus).toBe("source")
    s = keys(s, { escape: true }, { escape: true }, { escape: true }).state
    expect(s.focus).toBe("nav")
    // Tab cycles panes, Shift-Tab backwards
    expect(keys(s, { tab: true }).state.focus).toBe("events")
    expect(keys(s, { tab: true, shift: true }).state.focus).toBe("detail")
  })

  it("→ opens the detail but not the source view; ← goes back", () => {
    let s = keys(opened(), { rightArrow: true }, { rightArrow: true }).state
    expect(s.focus).toBe("detail")
    s = keys(s, { rightArrow: true }).state
    expect(s.focus).toBe("detail")
    s = keys(s, { leftArrow: true }, { leftArrow: true }).state
    expect(s.focus).toBe("nav")
  })

  it("G on a list with more pages asks for them all and selects the last row when they arrive", () => {
    let s = partlyLoaded(feb.slice(0, 3), "cursor-1")
    s = keys(s, { return: true }, "G").state
    expect(s.toEnd).toBe(true)
    expect(needMore(s)).toBe(true)
    s = run(s, { type: "listPage", key: s.list.key, after: "cursor-1", items: feb.slice(3), nextCursor: null }).state
    expect(s.sel).toBe(4)
    expect(needMore(s)).toBe(false)
    // a page for another query, or one that does not continue the list, is dropped
    const stale = run(s, { type: "listPage", key: "other", after: null, items: [], nextCursor: null }).state
    expect(displayedEvents(stale)).toHaveLength(5)
    const gap = run(s, { type: "listPage", key: s.list.key, after: "cursor-9", items: [ev("2021-02-28")], nextCursor: null }).state
    expect(displayedEvents(gap)).toHaveLength(5)
  })

  it("a failed query ends the loading, says why, and drops a pending G", () => {
    let s = keys(partlyLoaded(feb.slice(0, 3), "cursor-1"), { return: true }, "G").state
    s = run(s, { type: "listFailed", key: s.list.key, message: "查询失败：示例" }).state
    expect([s.list.loading, s.list.nextCursor, s.toEnd, s.message]).toEqual([false, null, false, "查询失败：示例"])
    expect(needMore(s)).toBe(false)
  })

  it("1–4 switch views; each view's selection decides the list", () => {
    let s = keys(opened(), { return: true }, "j", "j").state
    const day = currentEvent(s)!.date.start
    s = keys(s, "4").state
    expect(s.view).toBe("timeline")
    // the calendar opens on the day of the event the user was reading
    expect(listQuery(s)).toEqual({ type: "day", day })
    s = keys(s, "2").state
    expect(listQuery(s)).toBeUndefined() // nobody loaded yet
    s = run(s, { type: "people", items: people }).state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { person: "甲乙丙" } })
    s = keys(s, "3").state
    s = run(s, { type: "places", items: places }).state
    expect(listQuery(s)).toEqual({ type: "places", names: ["示例市", "示例"] })
    s = keys(s, "1").state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
  })

  it("help closes on any key; q inside a prompt is text; q quits", () => {
    let r = keys(opened(), "?")
    expect(r.state.help).toBe(true)
    r = keys(r.state, "x")
    expect(r.state.help).toBe(false)
    r = keys(r.state, "/", "q")
    expect(r.state.prompt).toEqual({ kind: "q", value: "q" })
    expect(r.effects).toEqual([])
    r = keys(r.state, { escape: true }, "q")
    expect(r.effects).toEqual([{ type: "quit" }])
  })

  it("resizes clamp to the smallest drawable size", () => {
    const s = run(opened(), { type: "resize", width: 20, height: 5 }).state
    expect([s.width, s.height]).toEqual([60, 16])
  })

  it("a string of keys (fast typing, tmux send-keys, a paste ending in Enter) acts key by key", () => {
    let s = keys(opened(), { return: true }).state
    s = run(s, key("jjj")).state
    expect(s.sel).toBe(3)
    s = run(s, key(":2021-02-10\r")).state
    expect(s.prompt).toBeNull()
    expect(currentEvent(s)!.date.start).toBe("2021-02-10")
    // mouse reports are not split
    expect(run(s, key("[<65;30;5M")).state.sel).toBe(s.sel)
  })
})
