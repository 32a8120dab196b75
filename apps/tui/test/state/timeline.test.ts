import { describe, expect, it } from "vitest"
import { calendarDayAt } from "../../src/calendar.ts"
import { computeLayout } from "../../src/layout.ts"
import { listQuery, spreadCounts } from "../../src/state.ts"
import { keys, opened, run } from "./harness.ts"

describe("the reducer: the timeline", () => {
  it("arrows move by day and month (week in the month calendar), [ ] by year, v switches, g/G go to the first and last busy day", () => {
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

  it(": on the calendar moves to the day (a month opens the month calendar); 1 returns to that day's month", () => {
    let s = keys(opened(), "4", ":", ..."2021-05".split(""), { return: true }).state
    expect([s.timeline.day, s.timeline.mode]).toEqual(["2021-05-01", "month"])
    s = keys(s, "1").state
    expect(listQuery(s)).toEqual({ type: "filter", filter: { month: "2021-05" } })
  })

  it("spreads ranges over their days in the calendar's counts", () => {
    expect(spreadCounts([{ start: "2021-02-27", end: "2021-03-02", count: 1 }, { start: "2021-03-01", end: null, count: 2 }, { start: "2021-03", end: null, count: 5 }], "2021")).toEqual({
      "2021-02-27": 1,
      "2021-02-28": 1,
      "2021-03-01": 3,
      "2021-03-02": 1
    })
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
})
