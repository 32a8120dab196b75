import { cueClass, cueRegExp } from "../knowledge/cues.ts"
import type { LineKind } from "./classify.ts"

// a number of three or four figures opening an entry, set off from its text (422  我县举行…, 1015 ,县委…)
const gluedOpening = /^\s*(\d{3,4})[\s,，]{1,4}(?=\p{Script=Han})/u
// …unless what follows counts with it (110 余名, 120 名, 2009 年)
const counted = cueRegExp`^[${cueClass("measure-word")}${cueClass("number-approximation")}年月日号]`

/**
 * A chronicle whose page lost both 月 and 日 of its entries' dates (4月22日 → 422, 10月15日 → 1015): a number
 * of three or four figures opening a line, set off from its text, is the month and day of the entry when it
 * splits into the month the page is in, or the next one (a chronicle runs up its months), and a day of two
 * figures that months have. Any other number stays text (1200 余人, 110 余名, 2009 年).
 */
export const withGluedMonthDays = <L extends { readonly text: string; readonly k: LineKind }>(lines: ReadonlyArray<L>, headingMonth: number | null): Array<L> => {
  let month = headingMonth
  return lines.map((l) => {
    const k = l.k
    if (k.kind === "month") month = k.month
    else if (k.kind === "heading" && k.month !== null) month = k.month
    else if ((k.kind === "dated" || k.kind === "titled") && k.date.month !== null) month = k.date.month
    if (month === null || (k.kind !== "text" && k.kind !== "headline")) return l
    const m = gluedOpening.exec(l.text)
    if (m === null || counted.test(l.text.slice(m.index + m[0].length))) return l
    const digits = m[1]!
    for (const candidate of month < 12 ? [month, month + 1] : [month]) {
      const prefix = String(candidate)
      if (!digits.startsWith(prefix) || digits.length - prefix.length !== 2) continue
      const day = Number(digits.slice(prefix.length))
      if (day < 1 || day > 31) continue
      month = candidate
      const at = l.text.indexOf(digits)
      const date = { index: at, end: at + digits.length, text: digits, year: null, month: candidate, day, endYear: null, endMonth: null, endDay: null }
      return { ...l, k: { kind: "dated", date, dateline: false } }
    }
    return l
  })
}
