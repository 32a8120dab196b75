import { describe, expect, it } from "vitest"
import type { Event } from "@dashiji/core"
import type { PersonSummary } from "@dashiji/store"
import { calendarDayAt } from "../src/calendar.ts"
import { computeLayout, listWindow } from "../src/layout.ts"
import {
  type Action,
  currentEvent,
  currentSource,
  displayedEvents,
  displayedPeople,
  type Effect,
  initialState,
  type Key,
  layoutOf,
  listHeading,
  listQuery,
  needMore,
  parseMouse,
  queryKey,
  sourceKey,
  sourceView,
  spreadCounts,
  type State,
  update
} from "../src/state.ts"
import { ev } from "./fixtures.ts"

/** Runs actions through the reducer, collecting effects. */
const run = (s: State, ...actions: Array<Action>): { state: State; effects: Array<Effect> } => {
  const effects: Array<Effect> = []
  for (const a of actions) {
    const r = update(s, a)
    s = r.state
    effects.push(...r.effects)
  }
  return { state: s, effects }
}
const key = (input: string, k: Key = {}): Action => ({ type: "key", input, key: k })
const keys = (s: State, ...xs: Array<string | Key>) => run(s, ...xs.map((x) => (typeof x === "string" ? key(x) : key("", x))))
/** Answers the current query with rows (as the App does when the store replies). */
const answer = (s: State, items: ReadonlyArray<Event>, nextCursor: string | null = null): State => {
  const k = queryKey(listQuery(s))
  return run(s, { type: "listStart", key: k }, { type: "listPage", key: k, after: null, items, nextCursor }).state
}

const feb = [ev("2021-02-03"), ev("2021-02-10", { kind: "inspection" }), ev("2021-02-24"), ev("2021-02-24", { kind: "reception" }), ev("2021-02-27")]
const months = [
  { month: "2020-12", count: 1 },
  { month: "2021-02", count: feb.length },
  { month: "2021-05", count: 2 }
]
const people: Array<PersonSummary> = [
  { name: "甲乙丙", count: 9 },
  { name: "丁戊", count: 4 },
  { name: "庚辛壬", count: 2 }
]
const opened = (width = 80, height = 24): State => answer(run(initialState(width, height), { type: "months", items: months }).state, feb)

describe("the browser's reducer", () => {
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

  it("G on a list with more pages asks for them all and selects the last row when they arrive", () => {
    let s = answer(run(initialState(80, 24), { type: "months", items: months }).state, feb.slice(0, 3), "cursor-1")
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
    s = run(s, {
      type: "places",
      items: [
        { name: "示例市", names: ["示例市", "示例"], count: 3 },
        { name: "另一县", names: ["另一县"], count: 1 }
      ]
    }).state
    expect(listQuery(s)).toEqual({ type: "places", names: ["示例市", "示例"] })
    s = keys(s, "1").state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-02" } })
  })

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
    const partial = keys(answer(run(initialState(80, 24), { type: "months", items: months }).state, feb.slice(0, 2), "c"), { return: true }, "s").state
    expect(needMore(partial)).toBe(true)
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
  })

  it("timeline: arrows move by day and month (week in the month calendar), [ ] by year, v switches, g/G go to the first and last busy day", () => {
    let s = keys(opened(), "4").state
    const start = s.timeline.day!
    s = run(s, { type: "counts", year: start.slice(0, 4), days: { "2021-01-05": 2, "2021-02-24": 3, "2021-11-30": 1 } }).state
    s = keys(s, { rightArrow: true }).state
    expect(s.timeline.day).toBe("2021-02-04")
    s = keys(s, { downArrow: true }).state
    expect(s.timeline.day).toBe("2021-03-04")
    s = keys(s, "]").state
    expect(s.timeline.day).toBe("2022-03-04")
    s = keys(s, "[", "G").state
    expect(s.timeline.day).toBe("2021-11-30")
    s = keys(s, "g").state
    expect(s.timeline.day).toBe("2021-01-05")
    s = keys(s, "v", { downArrow: true }).state
    expect(s.timeline.mode).toBe("month")
    expect(s.timeline.day).toBe("2021-01-12")
    s = keys(s, { return: true }).state
    expect(s.focus).toBe("events")
    expect(listQuery(s)).toEqual({ type: "day", day: "2021-01-12" })
  })

  it("spreads ranges over their days in the calendar's counts", () => {
    expect(spreadCounts([{ start: "2021-02-27", end: "2021-03-02", count: 1 }, { start: "2021-03-01", end: null, count: 2 }, { start: "2021-03", end: null, count: 5 }], "2021")).toEqual({
      "2021-02-27": 1,
      "2021-02-28": 1,
      "2021-03-01": 3,
      "2021-03-02": 1
    })
  })

  it("the mouse: the wheel moves the list under it, a click selects, a second click opens, the top line's tabs switch views", () => {
    let s = opened(80, 24)
    const r = layoutOf(s)
    const events = r.events!
    s = run(s, { type: "mouse", button: 65, x: events.x + 3, y: events.y + 2, press: true }).state
    expect(s.sel).toBe(3)
    expect(s.focus).toBe("nav") // the wheel does not move the focus
    const row = (i: number) => events.y + 1 + i - listWindow(s.sel, events.h - 1, displayedEvents(s).length)
    s = run(s, { type: "mouse", button: 0, x: events.x + 5, y: row(1), press: true }).state
    expect(s.sel).toBe(1)
    expect(s.focus).toBe("events")
    s = run(s, { type: "mouse", button: 0, x: events.x + 5, y: row(1), press: true }).state
    expect(s.focus).toBe("detail")
    const tab = r.tabs.find((t) => t.view === "timeline")!
    s = run(s, { type: "mouse", button: 0, x: tab.x + 1, y: 0, press: true }).state
    expect(s.view).toBe("timeline")
    expect(parseMouse("[<64;10;5M")).toEqual({ button: 64, x: 9, y: 4, press: true })
    expect(parseMouse("[<0;1;1m")).toEqual({ button: 0, x: 0, y: 0, press: false })
    expect(parseMouse("j")).toBeNull()
  })

  it("a click on the calendar picks the day under it", () => {
    const r = computeLayout(80, 24, "timeline", "nav", "year")
    // year calendar: month rows start two lines below the pane's top, day cells after the label
    expect(calendarDayAt("year", r.nav!, "2021-02-10", r.nav!.x + 5 + 2 * 23, r.nav!.y + 2 + 1)).toBe("2021-02-24")
    expect(calendarDayAt("year", r.nav!, "2021-02-10", r.nav!.x + 5 + 2 * 29, r.nav!.y + 2 + 1)).toBeNull() // no 30 February
    const m = computeLayout(80, 24, "timeline", "nav", "month")
    // February 2021 starts on a Monday
    expect(calendarDayAt("month", m.nav!, "2021-02-10", m.nav!.x + 1 + 8 * 2, m.nav!.y + 2 + 1)).toBe("2021-02-10")
  })

  it("the source view steps through sources and merged mentions with n/N and scrolls around the span", () => {
    const merged = ev("2021-02-24", {
      sources: [
        { document: "one.txt", span: [400, 420], format: "plain" },
        { document: "two.txt", span: [5, 30], format: "plain" }
      ],
      merged: [
        { document: "two.txt", span: [5, 30], method: "near", score: 0.82 },
        { document: "three.txt", span: [0, 10], method: "containment", score: 0.9 }
      ]
    })
    let s = keys(answer(run(initialState(80, 24), { type: "months", items: months }).state, [merged]), { return: true }, { return: true }, "o").state
    expect(s.focus).toBe("source")
    const src = currentSource(s)!
    expect(src.refs.map((x) => x.note)).toEqual(["主要来源", "合并理由：高度相似 0.82", "合并理由：被包含 0.90"])
    const text = Array.from({ length: 60 }, (_, i) => `第${i}行虚构的文字。`).join("\n")
    const at = text.indexOf("第30行")
    s = run(s, { type: "sourceDoc", ref: sourceKey("one.txt", [400, 420]), doc: { status: "found", text, path: "/made/up/one.txt" } }).state
    // the span (raw offsets 400–420) lies on the line holding offset 400, a third of the way down
    const v = sourceView(s)!
    expect(v.lines[v.top + Math.floor(v.rows / 3)]!.start).toBeLessThanOrEqual(400)
    expect(at).toBeGreaterThan(0)
    const before = v.top
    s = keys(s, "j").state
    expect(sourceView(s)!.top).toBe(before + 1)
    s = keys(s, "n").state
    expect(currentSource(s)!.index).toBe(1)
    s = keys(s, "n", "n").state
    expect(currentSource(s)!.index).toBe(0)
    s = keys(s, "N").state
    expect(currentSource(s)!.index).toBe(2)
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

  it("resizes clamp to the smallest drawable size", () => {
    const s = run(opened(), { type: "resize", width: 20, height: 5 }).state
    expect([s.width, s.height]).toEqual([60, 16])
  })
})

describe("bursts of input", () => {
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
