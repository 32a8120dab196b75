import { daysInMonth, weekday } from "./dates.ts"
import type { CalendarMode, Rect } from "./layout.ts"

/**
 * Calendar geometry, shared by the pane that draws it and the reducer that maps clicks to days.
 * Year: a row per month (label, then a cell per day 1–31). Month: weeks from Monday, a cell per day.
 */
export const YEAR_LABEL = 5
export const yearCell = (width: number): number => (width >= YEAR_LABEL + 31 * 2 ? 2 : 1)
export const MONTH_CELL = 8

const pad = (n: number) => String(n).padStart(2, "0")

/** Rows of a month's calendar: weeks, each 7 days (null outside the month). */
export const monthWeeks = (year: number, month: number): Array<Array<number | null>> => {
  const first = weekday(`${year}-${pad(month)}-01`)
  const n = daysInMonth(year, month)
  const weeks: Array<Array<number | null>> = []
  let week: Array<number | null> = Array.from({ length: first }, () => null)
  for (let d = 1; d <= n; d++) {
    week.push(d)
    if (week.length === 7) {
      weeks.push(week)
      week = []
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)])
  return weeks
}

/** The day under a click, in the calendar drawn in `r` around `day` (YYYY-MM-DD), or null. */
export const calendarDayAt = (mode: CalendarMode, r: Rect, day: string, x: number, y: number): string | null => {
  const year = Number(day.slice(0, 4))
  if (mode === "year") {
    const month = y - r.y - 2 + 1
    const cell = yearCell(r.w)
    const d = Math.floor((x - r.x - YEAR_LABEL) / cell) + 1
    if (month < 1 || month > 12 || x < r.x + YEAR_LABEL || d < 1 || d > daysInMonth(year, month)) return null
    return `${year}-${pad(month)}-${pad(d)}`
  }
  const month = Number(day.slice(5, 7))
  const week = monthWeeks(year, month)[y - r.y - 2]
  const col = Math.floor((x - r.x - 1) / MONTH_CELL)
  const d = week?.[col]
  return d === undefined || d === null || x < r.x + 1 ? null : `${year}-${pad(month)}-${pad(d)}`
}

/** Heat level 0–4 of a day's count against the busiest day shown. */
export const heat = (count: number, max: number): number => (count <= 0 ? 0 : Math.max(1, Math.min(4, Math.ceil((4 * count) / Math.max(1, max)))))
export const HEAT_GLYPHS = ["·", "░", "▒", "▓", "█"] as const
