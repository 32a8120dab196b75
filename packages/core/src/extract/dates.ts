import { parseNumber } from "./numerals.ts"
import { cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"

// the numerals and the date's units (年月日号) are grammar, not word lists: they stay in code
const CN = "〇零一二三四五六七八九十两"
const YEAR = `(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年`
const MONTH = `(\\d{1,2}|[${CN}]{1,2})\\s*月`
const DAY_NUMBER = `(\\d{1,2}|[${CN}]{1,3})`
const DAY = `${DAY_NUMBER}\\s*[日号]`
/** Range separators of the genre: 至 到 and the dashes and tildes (3日至5日, 8~9日, 4—8日, 10-15日). */
const SEP_CHARS = "至到—–\\-~～－"
const SEP = `\\s*[${SEP_CHARS}]\\s*`
// the same shapes without capture groups, for the look-ahead that admits a range's bare first day
const MONTH_SHAPE = `(?:\\d{1,2}|[${CN}]{1,2})\\s*月`
const DAY_SHAPE = `(?:\\d{1,2}|[${CN}]{1,3})\\s*[日号]`

/**
 * A date expression: [year年][month月]day日, optionally a range to [year年][month月]day日. In a range the
 * first day may go without its 日 (9月8~9日, 4月10-15日, 12 月 25 — 27 日). Times of day (下午2点, 15时,
 * 9:30) are not dates and are not matched.
 */
const dateExpr = new RegExp(
  `(?<![\\d${CN}])(?:${YEAR})?\\s*(?:${MONTH})?\\s*(?:${DAY}|${DAY_NUMBER}(?=${SEP}(?:${MONTH_SHAPE})?\\s*${DAY_SHAPE}))(?:${SEP}(?:${YEAR})?\\s*(?:${MONTH})?\\s*${DAY})?`,
  "gu"
)
/** Year and month without a day: 2020年2月 (a heading, or a month-precision date). */
const yearMonthExpr = new RegExp(`(?<![\\d${CN}])${YEAR}\\s*${MONTH}(?!\\s*[\\d${CN}]+\\s*[日号])`, "gu")

export interface DateToken {
  readonly index: number
  readonly end: number
  readonly text: string
  readonly year: number | null
  readonly month: number | null
  readonly day: number | null
  readonly endYear: number | null
  readonly endMonth: number | null
  readonly endDay: number | null
}

const dayOrYear = /[日号年]|\d{4}[-./]\d{1,2}[-./]\d/

/** One date without a range, tried where a backwards "range" starts. */
const singleAt = new RegExp(`(?<![\\d${CN}])(?:${YEAR})?\\s*(?:${MONTH})?\\s*${DAY}`, "uy")

const runsBackwards = (y: number | null, m: number | null, d: number | null, ey: number | null, em: number | null, ed: number): boolean => {
  if (d === null) return false
  const a = (y ?? 0) * 10000 + (m ?? 0) * 100 + d
  const b = (ey ?? y ?? 0) * 10000 + (em ?? m ?? 0) * 100 + ed
  return b < a
}

// The same expressions, tried only at given positions.
export const dateAt = new RegExp(dateExpr.source, "uy")
export const yearMonthAt = new RegExp(yearMonthExpr.source, "uy")
// what can stand in a date before its first 日/号 (numbers, 年, 月, spaces), and before its 年
const beforeDay = new RegExp(`[\\d${CN}年月\\s${SEP_CHARS}]`, "u")
const beforeYear = new RegExp(`[\\d${CN}\\s]`, "u")
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
const isoDayExpr = /(?<!\d)(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d:])/g

const valid = (m: number | null, d: number | null): boolean =>
  (m === null || (m >= 1 && m <= 12)) && (d === null || (d >= 1 && d <= 31))

/** Every date expression in `text`, in order. */
export const findDates = (text: string): Array<DateToken> => {
  const out: Array<DateToken> = []
  // every date names a day (日/号) or a year (年): most lines of a page have neither, and the
  // expressions, which can start anywhere, are costly to try at every position
  if (!dayOrYear.test(text)) return out
  for (const m of anchoredMatches(text, "日号", beforeDay, dateAt)) {
    const n = (g: string | undefined) => (g === undefined ? null : parseNumber(g))
    const year = n(m[1])
    const month = n(m[2])
    // the first day is group 3 with its 日, group 4 without (a range's first day)
    const day = n(m[3] ?? m[4])
    let endYear = n(m[5])
    let endMonth = n(m[6])
    const endDay = n(m[7])
    if (!valid(month, day) || (endDay !== null && !valid(endMonth, endDay))) continue
    if (year !== null && (year < 1900 || year > 2100)) continue
    // 号 is a day only with a month (3月5号); 第3号 is a number
    if (m[0].trimEnd().endsWith("号") && month === null) continue
    if (text[m.index - 1] === "第") continue
    if (endDay !== null) {
      endMonth ??= month
      endYear ??= year
      // 2020年6月5日 - 6月3日…: a "range" that runs backwards is two dates (a page's date, then the text's)
      if (runsBackwards(year, month, day, endYear, endMonth, endDay)) {
        singleAt.lastIndex = m.index
        const single = singleAt.exec(text)
        if (single === null || n(single[3]) === null) continue
        const lead = single[0].length - single[0].trimStart().length
        const singleEnd = m.index + single[0].length
        out.push({ index: m.index + lead, end: singleEnd, text: single[0].trim(), year, month, day, endYear: null, endMonth: null, endDay: null })
        // the rest of the text is read afresh from there (its first date may be a range of its own)
        for (const rest of findDates(text.slice(singleEnd))) out.push({ ...rest, index: rest.index + singleEnd, end: rest.end + singleEnd })
        break
      }
    }
    const lead = m[0].length - m[0].trimStart().length
    out.push({ index: m.index + lead, end: m.index + m[0].length, text: m[0].trim(), year, month, day, endYear, endMonth, endDay })
  }
  // 2023-03-06, 2023.3.6, 2023/03/06: list pages date their items this way
  isoDayExpr.lastIndex = 0
  for (let m = isoDayExpr.exec(text); m !== null; m = isoDayExpr.exec(text)) {
    const year = Number(m[1])
    const month = Number(m[3])
    const day = Number(m[4])
    if (year < 1900 || year > 2100 || !valid(month, day) || !isValidDay(year, month, day)) continue
    if (out.some((t) => t.index <= m!.index && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year, month, day, endYear: null, endMonth: null, endDay: null })
  }
  for (const m of anchoredMatches(text, "年", beforeYear, yearMonthAt)) {
    const year = parseNumber(m[1]!)
    const month = parseNumber(m[2]!)
    if (year === null || month === null || month < 1 || month > 12 || year < 1900 || year > 2100) continue
    if (out.some((t) => t.index <= m!.index && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year, month, day: null, endYear: null, endMonth: null, endDay: null })
  }
  return out.sort((a, b) => a.index - b.index)
}

/** Explicit years (2020年, 二〇二〇年) anywhere in the text: the document's other dated references. */
export const findYears = (text: string): Array<number> => {
  // what /(?<![\d〇零一二三四五六七八九])(\d{4}|[〇零一二三四五六七八九]{4})\s*年/g finds, read back from each
  // 年 (a regex that can start anywhere is tried at every position of a long page)
  const out: Array<number> = []
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    let q = p
    while (q > 0 && /\s/.test(text[q - 1]!)) q--
    if (q < 4) continue
    const digits = text.slice(q - 4, q)
    const ascii = /^\d{4}$/.test(digits)
    if (!ascii && !/^[〇零一二三四五六七八九]{4}$/.test(digits)) continue
    if (q > 4 && yearDigit.test(text[q - 5]!)) continue
    const y = parseNumber(digits)
    if (y !== null && y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}
const yearDigit = /[\d〇零一二三四五六七八九]/

const monthAfterYear = /^\s*(?:\d{1,2}|[〇零一二三四五六七八九十]{1,2})\s*月/
const isoDateAt = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g

/**
 * Years of the dates a document states with their month (2020年12月10日, 2020年12月, 2020-12-10): the
 * document's other dated references. A bare year (2035年远景目标, 《规划（2021—2035年）》, 2021年度) names a
 * horizon or a plan, not when the document's events happened.
 */
export const findDatedYears = (text: string): Array<number> => {
  const out: Array<number> = []
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    if (!monthAfterYear.test(text.slice(p + 1, p + 6))) continue
    const y = findYears(text.slice(Math.max(0, p - 12), p + 1))
    const last = y[y.length - 1]
    if (last !== undefined) out.push(last)
  }
  isoDateAt.lastIndex = 0
  for (let m = isoDateAt.exec(text); m !== null; m = isoDateAt.exec(text)) {
    const y = Number(m[1])
    const mo = Number(m[2])
    if (y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12) out.push(y)
  }
  return out
}

const pad = (n: number): string => String(n).padStart(2, "0")

export const isValidDay = (year: number | null, month: number, day: number): boolean => {
  const y = year ?? 2000 // a leap year: an unknown year must not rule out 2月29日
  return day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate()
}

/** ISO / EDTF string for a (possibly yearless) date. */
export const isoDate = (year: number | null, month: number | null, day: number | null): string => {
  const y = year === null ? "XXXX" : String(year).padStart(4, "0")
  if (month === null) return y
  return day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`
}

const spanBefore = cueRegExp`(?:[—–\-~～至到]|${"year-horizon-before"})\s*$`
// the range connectors (—, 至, 到) are the grammar of a span, not a word list
const spanAfter = cueRegExp`^\s*(?:[—–\-~～至到]\s*\d{4}|${"year-horizon"})`

/**
 * Years a document states in passing (2016年贵州省某某推进会, 2024年工作总结会): evidence of when it was
 * written when nothing dates it better. Spans of years (2021—2035年), and years counted from or to (2012年以来)
 * are horizons, not the text's own year.
 */
const namedEventEnds = cueWords("named-event-end")
const measureAfterYear = cueRegExp`^[${cueClass("measure-word")}年月日号]`
/** 2031某省中小企业创业论坛: a year glued to the front of an occasion's name, the clause ending in its noun. */
const namedEventYears = (text: string): Array<number> => {
  const out: Array<number> = []
  for (const m of text.matchAll(/(?<![\d.\-/:：])(19[5-9]\d|20[0-4]\d)(?=[\p{Script=Han}A-Za-z])/gu)) {
    const after = m.index + 4
    if (measureAfterYear.test(text.slice(after, after + 1))) continue
    const clause = text.slice(after, after + 30).split(/[，,。；;！？!?\n]/)[0] ?? ""
    if (namedEventEnds.some((w) => clause.includes(w))) out.push(Number(m[1]))
  }
  return out
}

export const findStatedYears = (text: string): Array<number> => {
  const out: Array<number> = namedEventYears(text)
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    let q = p
    while (q > 0 && /\s/.test(text[q - 1]!)) q--
    if (q < 4 || !/^\d{4}$/.test(text.slice(q - 4, q)) || (q > 4 && /\d/.test(text[q - 5]!))) continue
    if (spanBefore.test(text.slice(Math.max(0, q - 7), q - 4)) || spanAfter.test(text.slice(p + 1, p + 8))) continue
    const y = Number(text.slice(q - 4, q))
    if (y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}
