import type { DateToken } from "../dates/index.ts"

// 【2007年】… / 2007年，… : a year set off by brackets or a comma is when the sentence happened; a year
// that runs on into a noun (2020年工作总结会议) names a thing, often the year before the meeting that reviews it
const setOffYear = /^\s*(?:[【\[(（]\s*(\d{4})\s*年\s*[】\]）)]|(\d{4})\s*年\s*[,，:：、])/

/**
 * An entry under a day without its year (10月31日, on a page of what happened on this day in past years)
 * that opens with its own year, set off: the entry's date is that day of that year.
 */
export const withOpeningYear = (d: DateToken, body: string): DateToken => {
  if (d.year !== null || d.month === null) return d
  const m = setOffYear.exec(body)
  if (m === null) return d
  const year = Number(m[1] ?? m[2])
  if (year < 1840 || year > 2100) return d
  return { ...d, year, endYear: d.endDay === null ? d.endYear : (d.endYear ?? year) }
}
