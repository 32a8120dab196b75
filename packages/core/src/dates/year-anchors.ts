import { readFileSync } from "node:fs"
import { dataPath } from "../knowledge/load.ts"
import { parseNumber } from "./numerals.ts"
import { once } from "../knowledge/once.ts"

/** A phrase that dates the text using it (data/year-anchors.tsv). */
export interface YearAnchor {
  readonly kind: "anniversary" | "ordinal-day" | "plan-year"
  readonly term: string
  readonly year: number
}

const anchorKinds: ReadonlyArray<YearAnchor["kind"]> = ["anniversary", "ordinal-day", "plan-year"]
const isAnchorKind = (s: string | undefined): s is YearAnchor["kind"] => anchorKinds.some((k) => k === s)

/** The anchors of a TSV (kind, term, year); a line of another kind or without a whole year is left out. */
export const parseYearAnchors = (tsv: string): Array<YearAnchor> =>
  tsv
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .flatMap(([kind, term, year]) =>
      isAnchorKind(kind) && term !== undefined && Number.isInteger(Number(year)) ? [{ kind, term: term.trim(), year: Number(year) }] : []
    )

// the anchors and the congress terms share one data file, read once
const yearAnchorsTsv = once((): string => readFileSync(dataPath("year-anchors.tsv"), "utf8"))

export const bundledYearAnchors = once((): ReadonlyArray<YearAnchor> => parseYearAnchors(yearAnchorsTsv()))

/** The terms of the national congresses (congress-term lines) and the fuller names of their bodies (congress-name). */
export interface CongressTerms {
  /** body (全国人大) → term number → the year of its first session */
  readonly firstYears: ReadonlyMap<string, ReadonlyMap<number, number>>
  /** a fuller name (全国人民代表大会) → the body it stands for */
  readonly names: ReadonlyMap<string, string>
}

export const parseCongressTerms = (tsv: string): CongressTerms => {
  const firstYears = new Map<string, Map<number, number>>()
  const names = new Map<string, string>()
  for (const line of tsv.split(/\r?\n/)) {
    const [kind, a, b, c] = line.split("\t").map((x) => x.trim())
    if (kind === "congress-term" && a && Number.isInteger(Number(b)) && Number.isInteger(Number(c))) {
      const terms = firstYears.get(a) ?? new Map<number, number>()
      terms.set(Number(c), Number(b))
      firstYears.set(a, terms)
      names.set(a, a)
    } else if (kind === "congress-name" && a && b) names.set(a, b)
  }
  return { firstYears, names }
}

export const bundledCongressTerms = once((): CongressTerms => parseCongressTerms(yearAnchorsTsv()))

const ORDINAL = "第?([一二三四五六七八九十]{1,3}|\\d{1,2})"
const sessionRegExps = new WeakMap<CongressTerms, ReadonlyArray<{ readonly re: RegExp; readonly termFirst: boolean }>>()
// 十二届全国人大五次会议, 第十二届全国人民代表大会第五次会议 / 全国政协十一届一次会议: the term's number stands
// before the body or after it; 全国人大常委会第N次会议 (the standing committee's, many a year) is none of these
const sessionRegExpsOf = (terms: CongressTerms): ReadonlyArray<{ readonly re: RegExp; readonly termFirst: boolean }> => {
  let res = sessionRegExps.get(terms)
  if (res === undefined) {
    const bodies = [...terms.names.keys()].sort((x, y) => y.length - x.length).join("|")
    res = [
      { re: new RegExp(`${ORDINAL}届(${bodies})${ORDINAL}次(?:全体)?会议`, "gu"), termFirst: true },
      { re: new RegExp(`(${bodies})${ORDINAL}届${ORDINAL}次(?:全体)?会议`, "gu"), termFirst: false }
    ]
    sessionRegExps.set(terms, res)
  }
  return res
}

/** The years of the national congresses' annual sessions `text` names (十二届全国人大五次会议 → 2017). */
export const sessionYears = (text: string, terms: CongressTerms = bundledCongressTerms()): Array<number> => {
  const out: Array<number> = []
  if (!text.includes("届")) return out
  for (const { re, termFirst } of sessionRegExpsOf(terms)) {
    for (const m of text.matchAll(re)) {
      const [term, name, session] = termFirst ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]]
      const body = terms.names.get(name!)
      const t = term === undefined ? null : parseNumber(term)
      const n = session === undefined ? null : parseNumber(session)
      const first = body === undefined || t === null ? undefined : terms.firstYears.get(body)?.get(t)
      if (first !== undefined && n !== null && n >= 1 && n <= 5) out.push(first + n - 1)
    }
  }
  return out
}

const quoteMarks = /[“”"「」『』]/g

const NUMBER = "(\\d{1,3}|[一二三四五六七八九十百]{1,4})"

const chineseCount = (s: string): number | null => {
  if (/^\d+$/.test(s)) return Number(s)
  // 一百 / 一百零五 / 六十: parseNumber reads up to 99
  const hundred = /^([一二三四五六七八九]?)百(?:零)?(.*)$/.exec(s)
  if (hundred !== null) {
    const h = hundred[1] === "" ? 1 : parseNumber(hundred[1]!)
    const rest = hundred[2] === "" ? 0 : parseNumber(hundred[2]!)
    return h === null || rest === null ? null : h * 100 + rest
  }
  return parseNumber(s)
}

/**
 * The years the anchors in `text` give (建党100周年 → 2021, 第35个植树节 → 2013, 十四五开局之年 → 2021,
 * 十二届全国人大五次会议 → 2017).
 */
export const anchoredYears = (text: string, anchors: ReadonlyArray<YearAnchor> = bundledYearAnchors()): Array<number> => {
  const out: Array<number> = sessionYears(text)
  // a campaign's name is often quoted in part (“三严三实”专题教育): its phrase is matched without the marks
  let unquoted: string | null = null
  for (const a of anchors) {
    if (a.kind === "plan-year") {
      if (text.includes(a.term) || (unquoted ??= text.replace(quoteMarks, "")).includes(a.term)) out.push(a.year)
      continue
    }
    if (!text.includes(a.term)) continue
    // (a page set in spaced figures writes 成立 70 周年, 第 35 个)
    const re = a.kind === "anniversary" ? new RegExp(`${a.term} ?${NUMBER} ?周年`, "gu") : new RegExp(`第 ?${NUMBER} ?个${a.term}`, "gu")
    for (const m of text.matchAll(re)) {
      const n = chineseCount(m[1]!)
      if (n === null || n <= 0) continue
      out.push(a.kind === "anniversary" ? a.year + n : a.year + n - 1)
    }
  }
  return out
}
