import { isDatedYear, isValidDay } from "./calendar.ts"
import { anchoredMatches, beforeDay, beforeYear, dateAt, singleAt, yearMonthAt } from "./expressions.ts"
import { findGluedDates } from "./glued-month.ts"
import { parseNumber } from "./numerals.ts"

/** A date expression found in a text: where, as written, and its parts (the end of a range in end*). */
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
// the first characters of the parts of a day (上午, 下午, 晚上, 早上, 中午, 凌晨, 夜间, 午后)
const dayPartStart = "上下晚早中凌夜午"
const hanAt = /\p{Script=Han}/u
/** 12号到14号, 12号上午: a day without its month written with 号, not a number (3号楼, 5号文件). */
const dayByNumber = (text: string, end: number, range: boolean): boolean => {
  const next = text[end] ?? ""
  if (hanAt.test(next)) return dayPartStart.includes(next)
  return range
}

/** Does a range end before it starts (2020年6月5日 - 6月3日: two dates, not a range)? */
const runsBackwards = (y: number | null, m: number | null, d: number | null, ey: number | null, em: number | null, ed: number): boolean => {
  if (d === null) return false
  const a = (y ?? 0) * 10000 + (m ?? 0) * 100 + d
  const b = (ey ?? y ?? 0) * 10000 + (em ?? m ?? 0) * 100 + ed
  return b < a
}

const ocrDash = /(?<=\d)一(?=\d{1,2}\s*[日号])/g
const stampTime = /^\s{0,2}\d{1,2}:\d{2}/
/** Is the date ending at `end` followed by its clock time (2008年05月20日01:57, 2023-03-06 10:30)? */
const clockAfter = (text: string, end: number): boolean => stampTime.test(text.slice(end, end + 8))
const twoDaysExpr = /(?<![\d月、第])(?:(\d{1,2})月)?(\d{1,2})、(\d{1,2})两?日(?!、)/g
// 6月1415日: a range of days whose dash a page lost (yearbook text pasted from print), two two-figure days glued
const gluedDaysExpr = /(?<![\d〇○零一二三四五六七八九十])(?:(\d{4})年)?(\d{1,2})月(\d{2})(\d{2})日/g
const isoDayExpr = /(?<!\d)(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d:])/g

const valid = (m: number | null, d: number | null): boolean =>
  (m === null || (m >= 1 && m <= 12)) && (d === null || (d >= 1 && d <= 31))

/** Every date expression in `text`, in order. */
export const findDates = (source: string): Array<DateToken> => {
  // 9一16日: a range's dash read as 一 by a scanner, between two figures; one character for one, so every
  // offset still points into the text as given
  const text = source.includes("一") ? source.replace(ocrDash, "—") : source
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
    // group 5 is a word for the year after (翌年) at the range's end
    const nextYear = m[5] !== undefined
    let endYear = n(m[6]) ?? (nextYear && year !== null ? year + 1 : null)
    let endMonth = n(m[7])
    const endDay = n(m[8])
    if (!valid(month, day) || (endDay !== null && !valid(endMonth, endDay))) continue
    // 2008年05月20日01:57: a whole date with its clock time is a page's stamp, not the day of an event (an
    // entry may give its hour after its day: 6月6日 15:30，…)
    if (year !== null && clockAfter(text, m.index + m[0].length)) continue
    if (year !== null && !isDatedYear(year)) continue
    // 号 is a day with a month (3月5号); without one, only in a range of days or before the time of day
    // (12号到14号, 12号上午), as speech and reports quoting it write them; 第3号, 3号楼, 5号文 are numbers
    if (m[0].trimEnd().endsWith("号") && month === null && !dayByNumber(text, m.index + m[0].length, endDay !== null)) continue
    if (text[m.index - 1] === "第") continue
    if (endDay !== null) {
      // 12月28日至1月3日: an end in an early month after a start in a late one, with no year of its own,
      // runs into the next year (the record's end gets that year)
      const intoNextYear = nextYear || (endYear === null && endMonth !== null && month !== null && month - endMonth >= 9)
      endMonth ??= month
      endYear ??= year
      // 2020年6月5日 - 6月3日…: a "range" that runs backwards is two dates (a page's date, then the text's)
      if (!intoNextYear && runsBackwards(year, month, day, endYear, endMonth, endDay)) {
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
  // 8、9两日, 3、4日 (the 8th and 9th, two days running): a range as chronicles and papers write it; the second
  // day, read alone above, is its end
  twoDaysExpr.lastIndex = 0
  for (let m = twoDaysExpr.exec(text); m !== null; m = twoDaysExpr.exec(text)) {
    const month = m[1] === undefined ? null : parseNumber(m[1])
    const day = Number(m[2])
    const endDay = Number(m[3])
    if (endDay !== day + 1 || !valid(month, endDay)) continue
    const secondAt = m.index + m[0].indexOf("、") + 1
    const second = out.findIndex((t) => t.index === secondAt && t.endDay === null && t.month === null)
    if (second >= 0) out.splice(second, 1)
    if (out.some((t) => t.index < m!.index + m![0].length && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year: null, month, day, endYear: null, endMonth: month, endDay })
  }
  // 6月1415日: the 14th to the 15th, a range that lost its dash; only a short run of days after a month, so no
  // other number (4月2000日 is none) is read as one
  gluedDaysExpr.lastIndex = 0
  for (let m = gluedDaysExpr.exec(text); m !== null; m = gluedDaysExpr.exec(text)) {
    const year = m[1] === undefined ? null : Number(m[1])
    const month = Number(m[2])
    const day = Number(m[3])
    const endDay = Number(m[4])
    if (!valid(month, day) || !valid(month, endDay) || endDay <= day || endDay - day > 7) continue
    if (year !== null && !isDatedYear(year)) continue
    if (out.some((t) => t.index < m!.index + m![0].length && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year, month, day, endYear: year, endMonth: month, endDay })
  }
  // 113日至16日, 1217日: a date whose 月 a copy lost (glued-month.ts)
  for (const g of findGluedDates(text)) {
    // the range's end (至15日) was read alone above: the glued date holds it
    if (out.some((t) => t.index < g.index && t.end > g.index)) continue
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.index >= g.index && out[i]!.end <= g.end) out.splice(i, 1)
    out.push({ index: g.index, end: g.end, text: text.slice(g.index, g.end), year: g.year, month: g.month, day: g.day, endYear: g.endDay === null ? null : g.year, endMonth: g.endDay === null ? null : g.month, endDay: g.endDay })
  }
  // 2023-03-06, 2023.3.6, 2023/03/06: list pages date their items this way
  isoDayExpr.lastIndex = 0
  for (let m = isoDayExpr.exec(text); m !== null; m = isoDayExpr.exec(text)) {
    const year = Number(m[1])
    const month = Number(m[3])
    const day = Number(m[4])
    if (!isDatedYear(year) || !valid(month, day) || !isValidDay(year, month, day)) continue
    if (clockAfter(text, m.index + m[0].length)) continue
    if (out.some((t) => t.index <= m!.index && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year, month, day, endYear: null, endMonth: null, endDay: null })
  }
  for (const m of anchoredMatches(text, "年", beforeYear, yearMonthAt)) {
    const year = parseNumber(m[1]!)
    const month = parseNumber(m[2]!)
    if (year === null || month === null || month < 1 || month > 12 || !isDatedYear(year)) continue
    if (out.some((t) => t.index <= m!.index && t.end > m!.index)) continue
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], year, month, day: null, endYear: null, endMonth: null, endDay: null })
  }
  return out.sort((a, b) => a.index - b.index)
}
