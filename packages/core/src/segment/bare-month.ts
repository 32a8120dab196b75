import { isDatedYear } from "../dates/index.ts"
import type { LineKind } from "./classify.ts"

/**
 * The index of the first line from `from` on that holds text (lines.length if none): an index walk, since a
 * slice per lone number would copy the rest of the page.
 */
const nextWithText = (lines: ReadonlyArray<{ readonly text: string }>, from: number): number => {
  let j = from
  while (j < lines.length && lines[j]!.text.trim() === "") j++
  return j
}

/**
 * A yearbook chronicle printed as a table loses its month column to a number on a line of its own
 * (2018年大事记 / 1 / 3日 … / 5日 …): a lone number from 1 to 12 is the month of the day-only entries
 * right below it. A lone number anywhere else (a page number, a footnote mark) stays text.
 */
export const withBareMonthSections = <L extends { readonly text: string; readonly k: LineKind }>(lines: ReadonlyArray<L>): Array<L> =>
  lines.map((l, i) => {
    const m = /^\s*(\d{1,2})\s*$/.exec(l.text)
    if (m === null) return l
    const month = Number(m[1])
    if (month < 1 || month > 12) return l
    const next = lines[nextWithText(lines, i + 1)]
    if (next === undefined || next.k.kind !== "dated" || next.k.date.month !== null || next.k.sameDay === true) return l
    return { ...l, k: { kind: "month", month } }
  })

/**
 * 69日 under a January section: two digits that make no day, whose first is not the month the entries
 * stand in, are a range of days that lost its dash (6—9日), not a month and a day (71日 under July is 7月1日).
 */
export const gluedDayRange = (text: string, month: number, currentMonth: number): { day: number; endDay: number } | null => {
  const m = /^(\d)(\d)日$/.exec(text.trim())
  if (m === null || month === currentMonth) return null
  const day = Number(m[1])
  const endDay = Number(m[2])
  return endDay > day ? { day, endDay } : null
}

/**
 * A month's chronicle that sets each day as a number on a line of its own, its entries as paragraphs below
 * (二〇三〇年七月大事记 / 1 / 某会在某地举行。 / 是日起,… / 2 / …): under a heading that gives the month, a lone
 * number from 1 to 31 with text, not a dated entry, below it is the day of the paragraphs under it. The
 * numbers run up the page; one that does not is a page number or a footnote mark and stays text.
 */
export const withBareDayLines = <L extends { readonly text: string; readonly k: LineKind }>(lines: ReadonlyArray<L>, headingMonth: number | null): Array<L> => {
  if (headingMonth === null) return [...lines]
  let last = 0
  return lines.map((l, i) => {
    // (a line that short reads as a headline or as text)
    if (l.k.kind !== "text" && l.k.kind !== "headline") return l
    const m = /^\s*(\d{1,2})\s*$/.exec(l.text)
    if (m === null) return l
    const day = Number(m[1])
    if (day < 1 || day > 31 || day <= last) return l
    const next = lines[nextWithText(lines, i + 1)]
    if (next === undefined || next.k.kind !== "text" || !/\p{Script=Han}/u.test(next.text)) return l
    last = day
    const at = l.text.indexOf(m[1]!)
    const date = { index: at, end: at + m[1]!.length, text: m[1]!, year: null, month: null, day, endYear: null, endMonth: null, endDay: null }
    return { ...l, k: { kind: "dated", date, dateline: false, alone: true } }
  })
}

/**
 * A chronicle of several years that heads each year's section with the year alone on its line (1990 / 5月 /
 * 3日 …): a lone year (1900–2100), with a month section or an entry dated without its year among the next
 * lines that hold text, is the heading of the entries below it. A lone year anywhere else stays text.
 */
export const withBareYearHeadings = <L extends { readonly text: string; readonly k: LineKind }>(lines: ReadonlyArray<L>): Array<L> =>
  lines.map((l, i) => {
    if (l.k.kind !== "text" && l.k.kind !== "headline") return l
    const m = /^\s*(\d{4})\s*$/.exec(l.text)
    if (m === null) return l
    const year = Number(m[1])
    if (!isDatedYear(year)) return l
    // the next three lines that hold text (a publication line may stand between)
    for (let j = nextWithText(lines, i + 1), seen = 0; j < lines.length && seen < 3; j = nextWithText(lines, j + 1), seen++) {
      const k = lines[j]!.k
      if (k.kind === "month" || (k.kind === "dated" && k.date.year === null && k.date.month !== null)) return { ...l, k: { kind: "heading", year, month: null } }
      if (k.kind === "dated" || k.kind === "heading") return l
    }
    return l
  })
