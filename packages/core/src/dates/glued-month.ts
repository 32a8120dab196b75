import { isDatedYear, isValidDay } from "./calendar.ts"
import { RANGE_SEPARATOR } from "./expressions.ts"

/*
 * Dates whose 月 (and 年) a copy lost, so that the month's figures run into the day's: 113日至16日 is
 * 1月13日至16日, 1217日 is 12月17日, 57日上午 is 5月7日上午, 2031415日 is 2031年4月15日. Pages pasted from
 * PDF yearbooks and scraped e-papers write them so when the character was a glyph of its own. A run of
 * figures before 日 is read so only when no day can be that large (over 31), when it opens an entry or a
 * clause (a line's start, a space, a mark or a comma before it) and when what follows is what follows an
 * entry's date: a break, a range's end, a time of day (120日攻坚行动 is a campaign, not a date).
 */

export interface GluedDate {
  readonly index: number
  readonly end: number
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly endDay: number | null
}

// the figures before 日, an optional range to a day of the same month, and what follows the date
const glued = new RegExp(`(?<=^|[\\s,，。;；、:：△▲Δ●•])(\\d{2,8})日(?:${RANGE_SEPARATOR}(\\d{1,2})日)?`, "gmu")
// what may follow an entry's date: a break or a space, a comma, or a time of day (上午, 下午, 晚, 凌晨 …)
const dayPartStart = "上下晚早中凌夜午"
const followsDate = (c: string | undefined): boolean => c === undefined || !/\p{Script=Han}/u.test(c) || dayPartStart.includes(c)

/** The month and day a run of figures can be read as, the month written with one figure preferred (113 → 1月13日). */
const monthDay = (figures: string, year: number | null): { month: number; day: number } | null => {
  const readings: Array<readonly [string, string]> =
    figures.length === 2 ? [[figures[0]!, figures[1]!]] : figures.length === 3 ? [[figures[0]!, figures.slice(1)], [figures.slice(0, 2), figures[2]!]] : [[figures.slice(0, 2), figures.slice(2)]]
  for (const [m, d] of readings) {
    const month = Number(m)
    const day = Number(d)
    if (m.startsWith("0") || day === 0) continue
    if (month >= 1 && month <= 12 && isValidDay(year, month, day)) return { month, day }
  }
  return null
}

/** Every date of `text` whose month (and year) ran into its day. */
export const findGluedDates = (text: string): Array<GluedDate> => {
  const out: Array<GluedDate> = []
  if (!text.includes("日")) return out
  for (const m of text.matchAll(glued)) {
    const run = m[1]!
    const end = m.index + m[0].length
    if (!followsDate(text[end])) continue
    // 2031415日: a year of four figures before the month and day
    const year = run.length >= 6 ? Number(run.slice(0, 4)) : null
    if (year !== null && !isDatedYear(year)) continue
    const figures = year === null ? run : run.slice(4)
    if (figures.length < 2 || figures.length > 4 || Number(figures) <= 31) continue
    const md = monthDay(figures, year)
    if (md === null) continue
    const endDay = m[2] === undefined ? null : Number(m[2])
    if (endDay !== null && (endDay <= md.day || !isValidDay(year, md.month, endDay))) continue
    out.push({ index: m.index, end, year, month: md.month, day: md.day, endDay })
  }
  return out
}
