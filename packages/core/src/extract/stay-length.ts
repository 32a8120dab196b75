import { cueRegExp } from "../knowledge/cues.ts"
import { parseNumber, type DateToken } from "../dates/index.ts"
import { daysBefore } from "../segment/classify.ts"

// 7月27日,某考察团结束为期8天的访问 / 十七日结束在某省为期四天的采风: the day a stay of N days ended
const endedStay = cueRegExp`^[^。；;！？!?\n]{0,40}?(?:${"stay-ended"})[^。；;！？!?，,\n]{0,20}?为期\s*([0-9一二三四五六七八九十两]{1,3})\s*天`

/**
 * A date whose clause says a stay of N days ended on it dates the whole stay: it began N − 1 days before.
 * `after` is the text right after the date. Only a single day of known month becomes a range.
 */
export const stayEndingOn = (d: DateToken, after: string): DateToken => {
  if (d.month === null || d.day === null || d.endDay !== null) return d
  const m = endedStay.exec(after)
  if (m === null) return d
  const n = parseNumber(m[1]!)
  if (n === null || n < 2 || n > 31) return d
  const start = daysBefore(d, n - 1)
  return { ...start, endYear: d.year, endMonth: d.month, endDay: d.day }
}
