import type { EventDate } from "../schema/event.ts"

const weakYear = new Set(["officeholder", "context", "default", "none"])

const parts = (iso: string) => {
  const [y, m, d] = iso.split("-")
  return { y: y === undefined || y === "XXXX" ? null : Number(y), md: m === undefined ? null : `${m}-${d ?? "XX"}` }
}

/**
 * Can two mentions' dates describe the same event? An undated fragment fits anything; otherwise the
 * month-day ranges must overlap, and the years must agree unless one of them was only inferred.
 */
export const compatibleDates = (a: EventDate, b: EventDate): boolean => {
  const sa = parts(a.start)
  const sb = parts(b.start)
  if (sa.md === null || sb.md === null) return true
  if (sa.y !== null && sb.y !== null && sa.y !== sb.y && !weakYear.has(a.year.source) && !weakYear.has(b.year.source)) return false
  const ea = a.end === null ? sa.md : (parts(a.end).md ?? sa.md)
  const eb = b.end === null ? sb.md : (parts(b.end).md ?? sb.md)
  // month-day strings compare in calendar order within a year
  return sa.md <= eb && sb.md <= ea
}
