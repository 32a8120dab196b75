import type { PageDate } from "../clean/index.ts"
import type { Slice } from "./types.ts"

// how long before its page's date a report tells what happened: a week's round of visits, a month's work
const recentDays = 45
const dayAlone = /^[\s\d〇一二三四五六七八九十]+[日号]/

/**
 * Do all the page's dated entries fall within a few weeks before its publication date (read in the latest
 * year that puts each on or before it), each with its month written? Then the page reports news, and the
 * publication date's year is theirs; a record published long after its events (a chronicle put online the
 * next year, its entries dated by the day under a month's heading) is not.
 */
export const reportsRecent = (slices: ReadonlyArray<Slice>, page: PageDate | null): boolean => {
  if (page === null) return false
  const published = Date.UTC(page.year, page.month - 1, page.day)
  let dated = 0
  for (const s of slices) {
    const d = s.date
    if (d === null || d.month === null) continue
    // entries dated by the day alone (7日 …) under their month are a record's, whenever it was published
    if (dayAlone.test(d.text)) return false
    const day = d.day ?? 1
    const after = d.month > page.month || (d.month === page.month && day > page.day)
    const at = Date.UTC(d.year ?? (after ? page.year - 1 : page.year), d.month - 1, day)
    const gap = (published - at) / 86_400_000
    if (gap < 0 || gap > recentDays) return false
    dated++
  }
  return dated > 0
}
