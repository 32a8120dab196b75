import { jumpTarget, parseJumpDate } from "../dates.ts"
import { isoDayLabel, monthLabel } from "../labels.ts"
import { currentEvent, hasFilter, settle } from "./events.ts"
import { displayedMonths } from "./lists.ts"
import type { State } from "./types.ts"

/**
 * `:` then a date (2020-02-24, 2月24日 …): the calendar moves to the day, the months list to the month (and
 * into its events when a day was given), any other list to the earliest event on or after the date. A date
 * without a year takes it from where the user is.
 */
export const jumpTo = (s: State, value: string): State => {
  const parsed = parseJumpDate(value)
  const e = currentEvent(s)
  const context =
    s.view === "timeline"
      ? (s.timeline.day ?? undefined)
      : s.focus !== "nav" && e !== undefined
        ? e.date.start
        : s.view === "months"
          ? displayedMonths(s)[s.months.sel]?.month
          : (e?.date.start ?? s.months.items.find((m) => /^\d/.test(m.month))?.month)
  const target = parsed === null ? null : jumpTarget(parsed, context)
  if (target === null) return { ...s, message: `无法识别的日期：${value}（例如 2020-02-24 或 2月24日）` }
  if (s.view === "timeline") {
    const day = target.length === 10 ? target : target.length === 7 ? `${target}-01` : `${target}-01-01`
    return { ...s, timeline: { ...s.timeline, day, mode: target.length === 7 ? "month" : s.timeline.mode }, sel: 0, message: `跳到 ${isoDayLabel(target)}` }
  }
  if (s.view === "months" && !hasFilter(s.filters)) {
    const months = displayedMonths(s)
    const prefix = target.slice(0, 7)
    // the month itself, else the nearest later one
    const later = [...months].filter((m) => m.month >= prefix && /^\d/.test(m.month)).sort((a, b) => a.month.localeCompare(b.month))[0]
    const pick = months.find((m) => m.month === prefix) ?? later
    if (pick === undefined) return { ...s, message: `${isoDayLabel(target)}及以后没有事件` }
    const sel = months.indexOf(pick)
    const next: State = { ...s, months: { ...s.months, sel }, message: pick.month === prefix ? `跳到 ${isoDayLabel(target)}` : `${isoDayLabel(target)}没有事件，跳到 ${monthLabel(pick.month)}` }
    if (target.length < 10 || pick.month !== prefix) return { ...next, focus: "nav" }
    return settle({ ...next, focus: "events", jump: target, sel: 0 })
  }
  return settle({ ...s, focus: "events", jump: target, message: `跳到 ${isoDayLabel(target)}` })
}
