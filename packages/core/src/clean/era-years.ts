import { parseNumber } from "../dates/numerals.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { dataPath } from "../knowledge/load.ts"
import { readTsv } from "../knowledge/lexicon.ts"
import { once } from "../knowledge/once.ts"
import type { MappedText } from "./builder.ts"

/*
 * Years of a calendar era written as the Gregorian years they are (民国二十六年 → 1937年), so that every
 * later step, which reads years in figures, dates a chronicle of the 1910s–1940s as it dates any other.
 * Local annals write such years alone (民国26年7月7日), with the Gregorian year in brackets after them
 * (民国二十六年(1937年)7月7日) or as a gloss after the Gregorian year (1913年(民国二年)3月): the gloss says
 * the same year again and is dropped, so that the year stands right before its month. Only eras whose
 * months and days are Gregorian are read (data/calendar-eras.tsv); a gloss that names another year than the
 * era's is kept as written, and so is the era year.
 */

export interface CalendarEra {
  readonly era: string
  readonly firstYear: number
}

/** calendar-eras.tsv: `era<TAB>first year<TAB>why`, `#` comments. */
export const readCalendarEras = (path: string): Array<CalendarEra> =>
  readTsv(path)
    .map(([era, first]) => ({ era: era!, firstYear: Number(first) }))
    .filter((e) => Number.isInteger(e.firstYear))

export const bundledCalendarEras = once((): ReadonlyArray<CalendarEra> => readCalendarEras(dataPath("calendar-eras.tsv")))

// the era's ordinal: figures, Chinese numerals up to 99, or 元 (its first year)
const ORDINAL = "(\\d{1,3}|[〇零一二三四五六七八九十]{1,3}|元)"
// a bracketed Gregorian year: (1937年), (1937), (公元1937年)
const GREGORIAN_GLOSS = "\\s*[(（]\\s*(?:公元)?\\s*(\\d{4})\\s*年?\\s*[)）]"

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const expressionsFor = derivedFrom((eras: ReadonlyArray<CalendarEra>) => {
  // longest first: 中华民国 before 民国
  const names = [...eras].sort((a, b) => b.era.length - a.era.length).map((e) => escape(e.era)).join("|")
  return {
    // 民国二十六年, optionally followed by its Gregorian gloss
    eraFirst: new RegExp(`(${names})\\s*${ORDINAL}\\s*年(?:${GREGORIAN_GLOSS})?`, "gu"),
    // 1913年(民国二年) / 1913(民国二年)
    gregorianFirst: new RegExp(`(?<!\\d)(\\d{4})\\s*(年?)\\s*[(（]\\s*(${names})\\s*${ORDINAL}\\s*年\\s*[)）]`, "gu")
  }
})

interface Rewrite {
  readonly start: number
  readonly end: number
  readonly text: string
}

const yearOf = (eras: ReadonlyArray<CalendarEra>, era: string, ordinal: string): number | null => {
  const first = eras.find((e) => e.era === era)?.firstYear
  const n = parseNumber(ordinal)
  return first === undefined || n === null || n < 1 ? null : first + n - 1
}

/** Where the text writes an era year, and the Gregorian year to write there instead. */
const rewrites = (text: string, eras: ReadonlyArray<CalendarEra>): Array<Rewrite> => {
  const re = expressionsFor(eras)
  const out: Array<Rewrite> = []
  for (const m of text.matchAll(re.gregorianFirst)) {
    const year = yearOf(eras, m[3]!, m[4]!)
    if (year === Number(m[1])) out.push({ start: m.index, end: m.index + m[0].length, text: `${year}年` })
  }
  for (const m of text.matchAll(re.eraFirst)) {
    if (out.some((r) => m.index < r.end && r.start < m.index + m[0].length)) continue
    const year = yearOf(eras, m[1]!, m[2]!)
    if (year === null) continue
    // a gloss of another year: the page says two things, and neither is rewritten
    if (m[3] !== undefined && Number(m[3]) !== year) continue
    out.push({ start: m.index, end: m.index + m[0].length, text: `${year}年` })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * The text with its era years written as Gregorian years; each written year maps to where its era year
 * stood in the raw text. Returns the input itself when the text names no era.
 */
export const withGregorianYears = (input: MappedText, eras: ReadonlyArray<CalendarEra> = bundledCalendarEras()): MappedText => {
  if (!eras.some((e) => input.text.includes(e.era))) return input
  const found = rewrites(input.text, eras)
  if (found.length === 0) return input
  const text = input.text
  let out = ""
  const map = new Int32Array(text.length + 1)
  let n = 0
  let from = 0
  for (const r of found) {
    out += text.slice(from, r.start)
    map.set(input.map.subarray(from, r.start), n)
    n += r.start - from
    out += r.text
    map.fill(input.map[r.start]!, n, n + r.text.length)
    n += r.text.length
    from = r.end
  }
  out += text.slice(from)
  map.set(input.map.subarray(from, text.length), n)
  n += text.length - from
  map[n] = input.map[text.length]!
  return { text: out, map: map.slice(0, n + 1) }
}
