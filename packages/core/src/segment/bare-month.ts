import type { LineKind } from "./classify.ts"

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
    // the next line that holds text (an index walk: a slice per lone number would copy the rest of the page)
    let j = i + 1
    while (j < lines.length && lines[j]!.text.trim() === "") j++
    const next = lines[j]
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
