import { isDatedYear, parseNumber } from "../dates/index.ts"
import type { EntryCues } from "./cues.ts"

/** The year (and month) a chronicle page is about, from its heading. */
export interface PageHeading {
  readonly year: number
  readonly month: number | null
}

// (a year written in Chinese numerals, 一九九五年 or 二〇一九年一月, as yearbooks of the 1990s set them)
const yearMonth = /(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*份?)?/
const monthOnly = /^(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*份?$/
const monthYear = /^(\d{1,2})\s*\/\s*(\d{4})$/
const volume = /(\d{4})\s*卷/
// what may stand around the date in a heading: brackets, quotes, dashes, spaces, a place's or a body's name
const decoration = /[\s()（）《》〈〉【】\[\]“”"'‘’:：\-—–~～·•●#*＊]/g
const dayAfter = /^\s*\d{1,2}\s*[日号]/

const validMonth = (m: number | null): number | null => (m !== null && m >= 1 && m <= 12 ? m : null)

/**
 * A page heading: 2020年2月, 2021年3月大事记, 《某市大事记》(2023年9月份), 2015年6月某市大事记, 大事记-2023年4月,
 * 2020年大事记 一月, 山东省人民政府大事记 (2011年6月), 3/2007; a yearbook volume (某市年鉴 2021卷) gives the year
 * before its own. A line with a day (2020年2月18日) is a date, not a heading.
 */
export const pageHeading = (line: string, cues: EntryCues): PageHeading | null => {
  // a page-turning viewer's caption (Page 47 - 某县执政纪要2015) stands before the volume's title
  // …大事概要(2): the part of a month's record a page holds is no part of its heading
  const t = withoutJunk(line).replace(viewerPage, "").replace(partNumber, "").trimEnd()
  if (t.length === 0 || t.length > 40) return null
  const my = monthYear.exec(t)
  if (my !== null) {
    const m = validMonth(Number(my[1]))
    return m === null ? null : { year: Number(my[2]), month: m }
  }
  if (cues.yearbook.some((w) => t.includes(w)) || /^\d{4}\s*卷$/.test(t)) {
    const v = volume.exec(t)
    if (v !== null) return { year: Number(v[1]) - 1, month: null }
  }
  const ym = yearMonth.exec(t)
  if (ym === null) return volumeYear(t, cues)
  if (dayAfter.test(t.slice(ym.index + ym[0].length))) return null
  const year = parseNumber(ym[1]!) ?? 0
  if (!isDatedYear(year)) return null
  let month = ym[2] === undefined ? null : validMonth(parseNumber(ym[2]))
  // the rest of the line: a chronicle's name, a month section, a place's name; nothing that reads as news
  // a span of months (7-12月, 1—6月份) is the part of the year a volume covers, no month of its own
  let rest = (t.slice(0, ym.index) + " " + t.slice(ym.index + ym[0].length)).replace(monthSpan, " ").replace(decoration, " ")
  const named = cues.chronicleNames.some((w) => rest.includes(w))
  for (const w of cues.chronicleNames) rest = rest.split(w).join(" ")
  // a month section after the name (2020年大事记 一月), or the end of a span of months (8月—9月)
  const section = /(?:^|\s)(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*份?(?=\s|$)/.exec(rest)
  if (section !== null) {
    if (month === null) month = validMonth(parseNumber(section[1]!))
    rest = rest.replace(section[0], " ")
  }
  // the bodies a chronicle is of, listed (某市委、市政府执政纪事)
  const words = rest.replace(/\s+/g, "").replace(/、/g, "")
  if (words.length === 0 || (named && words.length <= 12 && /^\p{Script=Han}*$/u.test(words))) return { year, month }
  return null
}

/**
 * A volume titled by its name and a bare year (某县执政纪要2015, 2016大事记): the year it records; a
 * yearbook's (某市年鉴2016) is the year before, as with 卷. A record's name with a year and month in figures
 * (大事记202008, 大事记 2020-08) is that month's.
 */
const volumeYear = (t: string, cues: EntryCues): PageHeading | null => {
  const c = compactYearMonth.exec(t)
  if (c !== null) {
    // 某市大事记202008, 大事记 2020-08: a record's name and its year and month in figures
    const rest = (t.slice(0, c.index) + t.slice(c.index + c[0].length)).replace(decoration, "")
    if (!cues.chronicleNames.some((w) => rest.includes(w)) || rest.length > 16 || !/^\p{Script=Han}+$/u.test(rest)) return null
    return { year: Number(c[1]), month: Number(c[2] ?? c[3]) }
  }
  const y = bareYear.exec(t)
  if (y === null) return null
  const year = Number(y[1])
  const rest = (t.slice(0, y.index) + t.slice(y.index + y[0].length)).replace(decoration, "")
  const yearbook = cues.yearbook.some((w) => rest.includes(w))
  if (!yearbook && !cues.chronicleNames.some((w) => rest.includes(w))) return null
  if (rest.length === 0 || rest.length > 16 || !/^\p{Script=Han}+$/u.test(rest)) return null
  return { year: yearbook ? year - 1 : year, month: null }
}

// (three or four digits before 月 are two months whose dash the page lost: 56月 for 5—6月)
const monthSpan = /(?:\d{1,2}\s*[-—–~～至到]\s*\d{1,2}|(?<!\d)\d{3,4})\s*月\s*份?/
const partNumber = /[(（]\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[)）]\s{0,4}$/
const viewerPage = /^page\s*\d{1,4}\s*[-–—:]\s*/i
const compactYearMonth = /(?<!\d)(19[5-9]\d|20\d\d)(?:(0[1-9]|1[0-2])|\s*[-./]\s*(0?[1-9]|1[0-2]))(?!\s*[\d./\-~～—–至到])/
const bareYear = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d|\s*[年\-/.]\s*\d)/

/**
 * A heading as it reads: without runs of ? where a page lost its characters (???? 4月份) and without an
 * office program's markup left in a comment (<!--?namespace prefix = "o" …-->).
 */
const withoutJunk = (line: string): string => {
  if (!line.includes("?") && !line.includes("<!--")) return line.trim()
  const t = line.replace(/<!--[^>]{0,200}-->/g, "").replace(/\?{2,}/g, " ")
  let a = 0
  let b = t.length
  while (a < b && junkEdge.test(t[a]!)) a++
  while (b > a && junkEdge.test(t[b - 1]!)) b--
  return t.slice(a, b)
}
const junkEdge = /[\s?]/

// a section's number before its name: (一)一月, 一、一月, 3.三月
const sectionNumber = /^\s*(?:[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．])\s*/

/** A month section of a year's chronicle: 一月, 9月, • 9月, (四月), 大事记1月, (一)一月, 二、2月份. */
export const monthSection = (line: string, cues: EntryCues): number | null => {
  let rest = withoutJunk(line).replace(sectionNumber, "").replace(decoration, " ")
  for (const w of cues.chronicleNames) rest = rest.split(w).join(" ")
  for (const b of cues.bullets) rest = rest.split(b).join(" ")
  const m = monthOnly.exec(rest.trim())
  return m === null ? null : validMonth(parseNumber(m[1]!))
}
