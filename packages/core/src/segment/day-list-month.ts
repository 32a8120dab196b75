import type { PageDate } from "../clean/index.ts"
import type { Slice } from "./types.ts"

/**
 * A list of entries dated by the day alone (1日 … 3日 … 25日 …) whose month nothing on the page states is
 * the record of one month, published on the page's date or after it: the page's month when every day is on
 * or before the page's day, else the month before. Read entry by entry, a record published mid-month would
 * be split across two months (its first days in the page's month, its last ones in the month before).
 * A single day without its month (a report's 6日会见…) is left to be read against the page entry by entry.
 */
export const daysInPageMonth = (slices: ReadonlyArray<Slice>, page: PageDate | null): ReadonlyArray<Slice> => {
  if (page === null) return slices
  const days = slices.flatMap((s) => (s.date !== null && s.date.month === null && s.date.day !== null ? [s.date.endDay ?? s.date.day] : []))
  if (days.length < 2) return slices
  const month = Math.max(...days) > page.day ? (page.month === 1 ? 12 : page.month - 1) : page.month
  return slices.map((s) =>
    s.date !== null && s.date.month === null && s.date.day !== null
      ? { ...s, date: { ...s.date, month, endMonth: s.date.endDay === null ? null : (s.date.endMonth ?? month) } }
      : s
  )
}
