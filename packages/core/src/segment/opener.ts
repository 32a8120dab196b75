import { cueClass, cueRegExp } from "../knowledge/cues.ts"
import { findDates, type DateToken } from "../dates/index.ts"
import type { EntryCues } from "./cues.ts"
import { listNumber } from "../clean/list-number.ts"

/**
 * How a line opens a chronicle entry, if it does. Chronicles set each entry's date first: the full date
 * (9月3日,…), the day alone under a month heading (3日 …, 6~7日 …), a bare day number in a yearbook's day
 * column (1  …, 14  …), or a same-day mark (是日 …, △ …) for another entry of the day before. List marks
 * (● • ◎) may come first.
 */
export interface EntryOpening {
  /** Where the entry's own text starts (after the marks, the date and its separator). */
  readonly bodyAt: number
  /** The date that opens the entry; for a same-day entry a token without month and day at the mark. */
  readonly date: DateToken
  /** 是日 / △: the entry takes the date of the entry before. */
  readonly sameDay: boolean
  /** A bare day number: a date only where the month is known from a heading or the entries before. */
  readonly bare: boolean
  /** Nothing follows the date on its line (the entry's text is on the lines below). */
  readonly alone: boolean
}

const space = /\s/
const han = /\p{Script=Han}/u
/** After a date at the head of an entry: a separator, a time of day, a quoted source, or the text itself. */
// (an entry's title in brackets, 5日【某会召开】; a ? where a lost character stood, 8日? 某某出席)
const separatorOrTime = cueRegExp`^\s*(?:[,，、:：.．\s?|｜]|${"time-of-day-after-date"}|\d{1,2}\s*[时点:：]|《|“|"|【|〔|\[)`
/** Words that make a leading day a deadline or a span, not an entry's date (25日前, 3日起, 10日以来). */
const notAnEntryDate = cueRegExp`^(?:${"not-an-entry-date"})`
/** A bare number is a day only when text follows, not a unit or a date part (1 年, 14个, 3 月). */
const bareDay = /^(\d{1,2})\s+(?=\p{Script=Han}|\d{4}\s*年)/u
/** Two digits that make no day (32–99, no 0 after the first): the month's 月 lost between them (71日). */
const gluedMonthDay = /^([3-9])([1-9])日(?:\s*[至到~～—\-－]\s*(\d{1,2})日?)?/
const bareUnit = cueRegExp`^[年月日号${cueClass("measure-word")}%]`

const blank: Omit<DateToken, "index" | "end" | "text"> = { year: null, month: null, day: null, endYear: null, endMonth: null, endDay: null }

// 3日 星期四 …, 3日(周四) …: the weekday after a date belongs to the date, not the entry's title
// (a bare 周四 could open a name: 周一鸣)
const weekday = /^(?:[(（]\s*(?:星期|周)[一二三四五六日天]\s*[)）]|星期[一二三四五六日天])/

const skipSeparators = (t: string, from: number): number => {
  let i = from
  while (i < t.length && /[\s,，、:：.．?|｜]/.test(t[i]!)) i++
  const w = weekday.exec(t.slice(i, i + 8))
  if (w !== null) {
    i += w[0].length
    while (i < t.length && /[\s,，、:：.．?|｜]/.test(t[i]!)) i++
  }
  return i
}

const openBracket = "(（【[〔"
const closeBracket = ")）】]〕"

const bracketedDate = (t: string, i: number): EntryOpening | null => {
  if (!openBracket.includes(t[i] ?? "\n")) return null
  const d = findDates(t.slice(i + 1, i + 24))[0]
  if (d === undefined || d.index !== 0 || d.day === null) return null
  let close = i + 1 + d.end
  while (close < t.length && space.test(t[close]!)) close++
  if (!closeBracket.includes(t[close] ?? "\n")) return null
  const bodyAt = skipSeparators(t, close + 1)
  if (!han.test(t[bodyAt] ?? "")) return null
  return { bodyAt, date: { ...d, index: d.index + i + 1, end: d.end + i + 1 }, sameDay: false, bare: false, alone: false }
}

// a gap before Chinese text (the cleaned text keeps one space of a wider one), not a comma
const gapBeforeText = /^[ \u3000]+\p{Script=Han}/u

/** 3、4日 at `i`: two days running, which a list's number and a day (3、4日 as item 3 on the 4th) would read alike. */
const runningDaysAt = (t: string, i: number): boolean => {
  const d = findDates(t.slice(i, i + 20))[0]
  return d !== undefined && d.index === 0 && d.endDay !== null && d.text.includes("、")
}

/** A date with its month and day at `i` (2月24日). */
const monthDayAt = (t: string, i: number): boolean => {
  const d = findDates(t.slice(i, i + 12))[0]
  return d !== undefined && d.index === 0 && d.month !== null && d.day !== null
}

export const entryOpening = (t: string, cues: EntryCues): EntryOpening | null => {
  let i = 0
  let marked = false
  for (;;) {
    while (i < t.length && space.test(t[i]!)) i++
    const ch = t[i]
    if (ch === undefined) return null
    if (cues.sameDayMarks.includes(ch)) {
      marked = true
      i++
      continue
    }
    // a dash or a dot before a digit is a list mark only when a space follows it (- 3日 …), or, for the dot,
    // when a month and its day follow (·3月5日,…; a dash there would be a range's end)
    if (cues.bullets.includes(ch) && (ch !== "-" && ch !== "—" && ch !== "·" && ch !== "*" ? true : space.test(t[i + 1] ?? "") || (ch === "·" && monthDayAt(t, i + 1)))) {
      i++
      continue
    }
    break
  }
  // 1. 3日 …, (2) 8日 …, 三、9日 …: the entry's number in a numbered list, before its date
  // (3、4日 …, two days running, is no item 3 on the 4th)
  const numbered = listNumber.exec(t.slice(i))
  if (numbered !== null && !runningDaysAt(t, i) && findDates(t.slice(i + numbered[0].length, i + numbered[0].length + 20))[0]?.index === 0) i += numbered[0].length
  // (3日) 某某…, 【3日】…: the date in brackets
  const bracketed = bracketedDate(t, i)
  if (bracketed !== null) return bracketed
  for (const word of cues.sameDay) {
    if (!t.startsWith(word, i)) continue
    const after = t.slice(i + word.length)
    if (!separatorOrTime.test(after) && !han.test(after[0] ?? "")) continue
    return {
      bodyAt: skipSeparators(t, i + word.length),
      date: { ...blank, index: i, end: i + word.length, text: word },
      sameDay: true,
      bare: false,
      alone: after.trim() === ""
    }
  }
  // 下午   某某出席…: a part of the day in the column where the dates stand, its text after the same gap
  for (const word of cues.dayParts) {
    if (!t.startsWith(word, i) || !gapBeforeText.test(t.slice(i + word.length, i + word.length + 8))) continue
    return { bodyAt: skipSeparators(t, i + word.length), date: { ...blank, index: i, end: i + word.length, text: word }, sameDay: true, bare: false, alone: false }
  }
  const head = t.slice(i, i + 40)
  let d = findDates(head)[0]
  // 2020年6月5日 - 6月3日至4日,…: a search result or a list gives the page's date first, then the text
  // opens with the event's own
  if (d !== undefined && d.index === 0 && d.year !== null) {
    const dash = /^\s*[-–—]+\s*/.exec(head.slice(d.end))
    const second = dash === null ? undefined : findDates(head.slice(d.end + dash[0].length))[0]
    if (dash !== null && second !== undefined && second.index === 0 && second.day !== null) {
      const shiftBy = d.end + dash[0].length
      d = { ...second, index: second.index + shiftBy, end: second.end + shiftBy }
    } else if (/^\s+[-–—]\s+/.test(head.slice(d.end))) {
      // 2020年5月6日 - 某市认真贯彻…: the page's date set off by a spaced dash; the text has none of its own
      return null
    }
  }
  if (d !== undefined && d.day !== null && /^[\s\d\-–—年月日至到~～－]*$/.test(head.slice(0, d.index))) {
    const after = head.slice(d.end) + t.slice(i + 40, i + 41)
    const rest = t.slice(i + d.end)
    const alone = /^\s*(?:[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*[,，:：。]?\s*$/.test(rest)
    if (alone || separatorOrTime.test(after) || (han.test(after[0] ?? "") && !notAnEntryDate.test(after))) {
      const date = { ...d, index: d.index + i, end: d.end + i }
      return { bodyAt: alone ? t.length : skipSeparators(t, i + d.end), date, sameDay: false, bare: false, alone }
    }
  }
  if (marked) return { bodyAt: skipSeparators(t, i), date: { ...blank, index: Math.max(0, i - 1), end: i, text: t.slice(Math.max(0, i - 1), i) }, sameDay: true, bare: false, alone: false }
  // 71日 for 7月1日: a page lost the month's 月 (a superscript or a format run); two digits that make no
  // day are a month and a day
  const glued = gluedMonthDay.exec(t.slice(i))
  if (glued !== null && Number(glued[1]! + glued[2]!) > 31 && separatorOrTime.test(t.slice(i + glued[0].length))) {
    const month = Number(glued[1])
    const day = Number(glued[2])
    const endDay = glued[3] === undefined ? null : Number(glued[3])
    const range = endDay !== null && endDay > day && endDay <= 31 ? { endMonth: month, endDay } : {}
    const date = { ...blank, month, day, ...range, index: i, end: i + glued[0].length, text: glued[0] }
    return { bodyAt: skipSeparators(t, i + glued[0].length), date, sameDay: false, bare: false, alone: false }
  }
  const bare = bareDay.exec(t.slice(i))
  if (bare !== null && !bareUnit.test(t.slice(i + bare[0].length))) {
    const day = Number(bare[1])
    if (day >= 1 && day <= 31) {
      const date = { ...blank, day, index: i, end: i + bare[1]!.length, text: bare[1]! }
      return { bodyAt: i + bare[0].length, date, sameDay: false, bare: true, alone: false }
    }
  }
  return null
}
