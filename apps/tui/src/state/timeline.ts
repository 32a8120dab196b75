import { addDays, addMonths } from "../dates.ts"
import type { Key, State } from "./types.ts"

/** The calendar's keys (a year of months, or a month of weeks) and the day counts it draws. */

/** Days with events in the loaded year counts, in order. */
const eventDays = (s: State, prefix: string): Array<string> =>
  Object.keys(s.timeline.counts?.days ?? {})
    .filter((d) => d.startsWith(prefix) && (s.timeline.counts?.days[d] ?? 0) > 0)
    .sort()

export const calendarKey = (s: State, input: string, k: Key): State => {
  const day = s.timeline.day
  if (input === "v") return { ...s, timeline: { ...s.timeline, mode: s.timeline.mode === "year" ? "month" : "year" } }
  if (day === null) return s
  const year = s.timeline.mode === "year"
  let next = day
  if (k.leftArrow || input === "h") next = addDays(day, -1)
  else if (k.rightArrow) next = addDays(day, 1)
  else if (k.upArrow || input === "k") next = year ? addMonths(day, -1) : addDays(day, -7)
  else if (k.downArrow || input === "j") next = year ? addMonths(day, 1) : addDays(day, 7)
  else if (k.pageUp || input === "[") next = year ? addMonths(day, -12) : addMonths(day, -1)
  else if (k.pageDown || input === "]" || input === " ") next = year ? addMonths(day, 12) : addMonths(day, 1)
  else if (input === "g" || k.home || input === "G" || k.end) {
    const days = eventDays(s, year ? day.slice(0, 4) : day.slice(0, 7))
    const target = input === "g" || k.home ? days[0] : days[days.length - 1]
    if (target === undefined) return s
    next = target
  } else if (input === "s") return { ...s, message: "日历按日期排列；在当天的事件列表中按 s 排序" }
  else return s
  return { ...s, timeline: { ...s.timeline, day: next }, sel: 0 }
}

/** What the year's counts look like for the calendar: day → count, ranges spread over their days. */
export const spreadCounts = (rows: ReadonlyArray<{ start: string; end: string | null; count: number }>, year: string): Record<string, number> => {
  const days: Record<string, number> = {}
  for (const r of rows) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.start)) continue
    let d = r.start
    const end = r.end !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.end) && r.end > r.start ? r.end : r.start
    for (let i = 0; i < 40 && d <= end; i++, d = addDays(d, 1)) if (d.startsWith(year)) days[d] = (days[d] ?? 0) + r.count
  }
  return days
}
