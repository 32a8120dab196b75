import { readFileSync } from "node:fs"
import { dataPath } from "../knowledge/load.ts"
import { parseNumber } from "./numerals.ts"

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

let bundled: Array<YearAnchor> | null = null
export const bundledYearAnchors = (): ReadonlyArray<YearAnchor> => (bundled ??= parseYearAnchors(readFileSync(dataPath("year-anchors.tsv"), "utf8")))

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

/** The years the anchors in `text` give (建党100周年 → 2021, 第35个植树节 → 2013, 十四五开局之年 → 2021). */
export const anchoredYears = (text: string, anchors: ReadonlyArray<YearAnchor> = bundledYearAnchors()): Array<number> => {
  const out: Array<number> = []
  // a campaign's name is often quoted in part (“三严三实”专题教育): its phrase is matched without the marks
  let unquoted: string | null = null
  for (const a of anchors) {
    if (a.kind === "plan-year") {
      if (text.includes(a.term) || (unquoted ??= text.replace(quoteMarks, "")).includes(a.term)) out.push(a.year)
      continue
    }
    if (!text.includes(a.term)) continue
    const re = a.kind === "anniversary" ? new RegExp(`${a.term}${NUMBER}周年`, "gu") : new RegExp(`第${NUMBER}个${a.term}`, "gu")
    for (const m of text.matchAll(re)) {
      const n = chineseCount(m[1]!)
      if (n === null || n <= 0) continue
      out.push(a.kind === "anniversary" ? a.year + n : a.year + n - 1)
    }
  }
  return out
}
