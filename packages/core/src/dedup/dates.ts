import type { EventDate } from "../schema/event.ts"

/** Year sources that are only inferred: a different inferred year does not rule out the same event. */
const weakYear = new Set<EventDate["year"]["source"]>(["officeholder", "context", "default", "none"])

/** Days per month slot: month-days become `month * 32 + day`, so order and overlap are integer compares. */
const MONTH = 32
const YEAR = 13 * MONTH

interface Parts {
  readonly year: number | null
  /** first and last possible month-day of the date (`month * 32 + day`); null when not even the month is known */
  readonly from: number | null
  readonly to: number | null
}

const parts = (iso: string): Parts => {
  const [y, m, d] = iso.split("-")
  const year = y === undefined || y === "XXXX" ? null : Number(y)
  if (m === undefined) return { year, from: null, to: null }
  const month = Number(m)
  // a month-only date covers the whole month
  return d === undefined ? { year, from: month * MONTH + 1, to: month * MONTH + 31 } : { year, from: month * MONTH + Number(d), to: month * MONTH + Number(d) }
}

/** A date as an interval of day slots, on an absolute scale when the year is known. */
const interval = (d: EventDate): { lo: number; hi: number; year: number | null } | null => {
  const s = parts(d.start)
  if (s.from === null || s.to === null) return null
  const e = d.end === null ? s : parts(d.end)
  let hi = e.to ?? s.to
  if (s.year !== null && e.year !== null) hi += (e.year - s.year) * YEAR
  else if (hi < s.from) hi += YEAR // 12月30日至1月2日 without years
  const base = s.year === null ? 0 : s.year * YEAR
  return { lo: base + s.from, hi: base + hi, year: s.year }
}

/**
 * Can two mentions' dates describe the same event? A mention without a month fits any date; otherwise
 * the day ranges must overlap — on the calendar when both years are stated, else by month-day (across
 * a new year too) — and stated years must agree unless one of them was only inferred.
 */
export const compatibleDates = (a: EventDate, b: EventDate): boolean => {
  const ia = interval(a)
  const ib = interval(b)
  if (ia === null || ib === null) return true
  const strong = !weakYear.has(a.year.source) && !weakYear.has(b.year.source)
  if (ia.year !== null && ib.year !== null && strong) return ia.lo <= ib.hi && ib.lo <= ia.hi
  // years unknown or only inferred: compare month-days, trying the other range a year earlier or later
  const la = ia.lo - (ia.year ?? 0) * YEAR
  const ha = ia.hi - (ia.year ?? 0) * YEAR
  const lb = ib.lo - (ib.year ?? 0) * YEAR
  const hb = ib.hi - (ib.year ?? 0) * YEAR
  return [-YEAR, 0, YEAR].some((shift) => la <= hb + shift && lb + shift <= ha)
}

/** Has the year of this date been stated or derived at all (not XXXX)? */
export const hasYear = (d: EventDate): boolean => !d.start.startsWith("XXXX")

/** Does the date name at least a month? Mentions without one carry no date evidence. */
export const hasMonth = (d: EventDate): boolean => d.start.length > 4
