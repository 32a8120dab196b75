import { cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"
import { parseNumber } from "./numerals.ts"
import { workAfter, workReach } from "./work-years.ts"

// The years a text states (2020年, 2020年2月, 2031某省…论坛), as evidence of when it was written.

/** Explicit years (2020年, 二〇二〇年) anywhere in the text: the document's other dated references. */
export const findYears = (text: string): Array<number> => {
  // what /(?<![\d〇○零一二三四五六七八九])(\d{4}|[〇○零一二三四五六七八九]{4})\s*年/g finds, read back from each
  // 年 (a regex that can start anywhere is tried at every position of a long page)
  const out: Array<number> = []
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    let q = p
    while (q > 0 && /\s/.test(text[q - 1]!)) q--
    if (q < 4) continue
    const digits = text.slice(q - 4, q)
    const ascii = /^\d{4}$/.test(digits)
    if (!ascii && !/^[〇○零一二三四五六七八九]{4}$/.test(digits)) continue
    if (q > 4 && yearDigit.test(text[q - 5]!)) continue
    const y = parseNumber(digits)
    if (y !== null && y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}
const yearDigit = /[\d〇○零一二三四五六七八九]/

const monthAfterYear = /^\s*(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,2})\s*月/
const isoDateAt = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g

/**
 * Years of the dates a document states with their month (2020年12月10日, 2020年12月, 2020-12-10): the
 * document's other dated references. A bare year (2035年远景目标, 《规划（2021—2035年）》, 2021年度) names a
 * horizon or a plan, not when the document's events happened.
 */
export const findDatedYears = (text: string): Array<number> => {
  const out: Array<number> = []
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    if (!monthAfterYear.test(text.slice(p + 1, p + 6)) || opensPeriod(text.slice(p + 1, p + 24))) continue
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

/**
 * 2009年1月1日零点至12月31日, 2019年1—6月: a period a figure was counted over, not when the text's events
 * happened (the report comes after it). Two months or more apart: an event's own range is days long.
 */
const periodOpening = /^\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?[^至到—–\-~～，,。；;\n]{0,4}[至到—–\-~～]\s*(?:\d{4}\s*年)?(\d{1,2})\s*月/
export const opensPeriod = (after: string): boolean => {
  const m = periodOpening.exec(after)
  return m !== null && Number(m[2]) - Number(m[1]) >= 2
}

const spanBefore = cueRegExp`(?:[—–\-~～至到]|${"year-horizon-before"})\s*$`
// the range connectors (—, 至, 到) are the grammar of a span, not a word list
const spanAfter = cueRegExp`^\s*(?:[—–\-~～至到]\s*\d{4}|${"year-horizon"})`

const namedEventEnds = cueWords("named-event-end")
// a count (2031人, 1980余名): no year
const measureAfterYear = cueRegExp`^[${cueClass("measure-word")}${cueClass("number-approximation")}年月日号]`
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

/**
 * Years a document states in passing (2016年贵州省某某推进会, 2024年工作总结会): evidence of when it was
 * written when nothing dates it better. Spans of years (2021—2035年), and years counted from or to (2012年以来)
 * are horizons, not the text's own year.
 */
export const findStatedYears = (text: string): Array<number> => {
  const out: Array<number> = namedEventYears(text)
  for (let p = text.indexOf("年"); p >= 0; p = text.indexOf("年", p + 1)) {
    let q = p
    while (q > 0 && /\s/.test(text[q - 1]!)) q--
    if (q < 4 || !/^\d{4}$/.test(text.slice(q - 4, q)) || (q > 4 && /\d/.test(text[q - 5]!))) continue
    if (spanBefore.test(text.slice(Math.max(0, q - 7), q - 4)) || spanAfter.test(text.slice(p + 1, p + 8))) continue
    if (opensPeriod(text.slice(p + 1, p + 24))) continue
    // 2011年工作要点: a year with its work says the text's year only with the month it is named in
    if (workAfter(text.slice(p + 1, p + 1 + workReach)) !== null) continue
    const y = Number(text.slice(q - 4, q))
    if (y >= 1949 && y <= 2100) out.push(y)
  }
  return out
}
