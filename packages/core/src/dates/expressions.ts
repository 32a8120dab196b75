// The date expressions of the genre as regular expressions, and how they are tried: only around the
// characters every match holds (日/号 for a date, 年 for a year and month).
// the numerals and the date's units (年月日号) are grammar, not word lists: they stay in code
import { cueAlternation } from "../knowledge/cues.ts"

// 廿 and 卅 (twenty, thirty) are the numerals of days in papers printed in traditional script (廿五日)
const CN = "〇○零一二三四五六七八九十两廿卅"
const YEAR = `(\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年`
// 元月 is January, as 元旦 is its first day
const MONTH = `(\\d{1,2}|[${CN}]{1,2}|元)\\s*月`
const DAY_NUMBER = `(\\d{1,2}|[${CN}]{1,3})`
const DAY = `${DAY_NUMBER}\\s*[日号]`
/** Range separators of the genre: 至 到 and the dashes and tildes (3日至5日, 8~9日, 4—8日, 10-15日, 17——18日). */
const SEP_CHARS = "至到—–\\-~～－"
// (a dash may be written doubled, as the Chinese dash ——: 5月17——18日, or typed as two hyphens: 3月10--12日)
const SEP = `\\s*(?:[—–]{2}|[-－]{2}|[${SEP_CHARS}])\\s*`
/** A range's separator with the spaces around it, as a pattern's source. */
export const RANGE_SEPARATOR = SEP
// 11月4日至翌年3月28日: the year after, named by a word at a range's end
const NEXT_YEAR = `(${cueAlternation("next-year")})\\s*`
// the same shapes without capture groups, for the look-ahead that admits a range's bare first day
const MONTH_SHAPE = `(?:\\d{1,2}|[${CN}]{1,2}|元)\\s*月`
const DAY_SHAPE = `(?:\\d{1,2}|[${CN}]{1,3})\\s*[日号]`
// a date starts after no figure, except the minutes of a clock time a scraped page glued to the lead
// (2023-01-30 18:491月29日,…: minutes have two figures, so the month starts after them)
const NOT_AFTER_NUMBER = `(?:(?<![\\d${CN}])|(?<=\\d[:：]\\d{2}))`

/**
 * A date expression: [year年][month月]day日, optionally a range to [翌年|year年][month月]day日. In a range the
 * first day may go without its 日 (9月8~9日, 4月10-15日, 12 月 25 — 27 日). Times of day (下午2点, 15时,
 * 9:30) are not dates and are not matched.
 */
const dateExpr = new RegExp(
  `${NOT_AFTER_NUMBER}(?:${YEAR})?\\s*(?:${MONTH})?\\s*(?:${DAY}|${DAY_NUMBER}(?=${SEP}(?:${MONTH_SHAPE})?\\s*${DAY_SHAPE}))(?:${SEP}(?:${NEXT_YEAR})?(?:${YEAR})?\\s*(?:${MONTH})?\\s*${DAY})?`,
  "gu"
)
/** Year and month without a day: 2020年2月 (a heading, or a month-precision date). */
const yearMonthExpr = new RegExp(`(?<![\\d${CN}])${YEAR}\\s*${MONTH}(?!\\s*[\\d${CN}]+\\s*[日号])`, "gu")

/** One date without a range, tried where a backwards "range" starts. */
export const singleAt = new RegExp(`${NOT_AFTER_NUMBER}(?:${YEAR})?\\s*(?:${MONTH})?\\s*${DAY}`, "uy")

// The same expressions, tried only at given positions.
export const dateAt = new RegExp(dateExpr.source, "uy")
export const yearMonthAt = new RegExp(yearMonthExpr.source, "uy")
// what can stand in a date before its first 日/号 (numbers, 年, 月, spaces), and before its 年
export const beforeDay = new RegExp(`[\\d${CN}元年月\\s${SEP_CHARS}]`, "u")
export const beforeYear = new RegExp(`[\\d${CN}\\s]`, "u")
/** The two searching expressions and what may precede their anchors, for the test that holds them equal. */
export const dateExpressions = { dateExpr, yearMonthExpr, beforeDay, beforeYear }

/**
 * The matches of `sticky`, leftmost first and not overlapping, as a global search would find them; but
 * only tried in the run of `prefix` characters before each `anchor` character (日 for a date, 年 for a
 * year and month), which every match holds: the expressions cost much to try at every position.
 */
export const anchoredMatches = (text: string, anchors: string, prefix: RegExp, sticky: RegExp): Array<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  let from = 0
  for (;;) {
    let anchor = -1
    for (const a of anchors) {
      const at = text.indexOf(a, from)
      if (at >= 0 && (anchor < 0 || at < anchor)) anchor = at
    }
    if (anchor < 0) return out
    let start = anchor
    while (start > from && prefix.test(text[start - 1]!)) start--
    let m: RegExpExecArray | null = null
    for (let at = start; at < anchor && m === null; at++) {
      sticky.lastIndex = at
      m = sticky.exec(text)
    }
    if (m === null) from = anchor + 1
    else {
      out.push(m)
      from = m.index + m[0].length
    }
  }
}
