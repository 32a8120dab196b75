import type { DateToken } from "../dates/index.ts"
import { openingSetOffYear } from "../dates/set-off-year.ts"

/**
 * An entry under a day without its year (10月31日, on a page of what happened on this day in past years)
 * that opens with its own year, set off: the entry's date is that day of that year.
 */
export const withOpeningYear = (d: DateToken, body: string): DateToken => {
  if (d.year !== null || d.month === null) return d
  const year = openingSetOffYear(body)
  if (year === null) return d
  return { ...d, year, endYear: d.endDay === null ? d.endYear : (d.endYear ?? year) }
}
