import { cueWords } from "../knowledge/cues.ts"

/** A year named with the work reviewed in it (2010年工作总结) or planned for it (2011年工作要点). */
export interface WorkYear {
  /** Where the year's figures start in the text. */
  readonly at: number
  readonly year: number
  readonly looks: "back" | "ahead"
}

// the few words that may stand between the year and its work (财政, 这些部门, 省政协重点提案): Han characters, no
// punctuation
const wordsBetween = 8
/** How far after 年 its work is looked for: 度, the words between, and the longest work word. */
export const workReach = 16
const han = /\p{Script=Han}/u

/** The work a year is named with, read from the text right after its 年 (年度): a review, a plan, or none. */
export const workAfter = (after: string): WorkYear["looks"] | null => {
  const reviewed = cueWords("year-reviewed")
  const planned = cueWords("year-planned")
  const t = after.startsWith("度") ? after.slice(1) : after
  for (let i = 0; i <= wordsBetween; i++) {
    const rest = t.slice(i)
    // review before plan at each place: 计划执行情况 is a review, though it opens with 计划
    if (reviewed.some((w) => rest.startsWith(w))) return "back"
    if (planned.some((w) => rest.startsWith(w))) return "ahead"
    if (!han.test(t[i] ?? "")) return null
  }
  return null
}

/** Every year (2011年, in figures) the text names with its work, in order. */
export const findWorkYears = (text: string): Array<WorkYear> => {
  const out: Array<WorkYear> = []
  for (const m of text.matchAll(/(?<!\d)(\d{4})\s*年/g)) {
    const year = Number(m[1])
    if (year < 1949 || year > 2100) continue
    const looks = workAfter(text.slice(m.index + m[0].length, m.index + m[0].length + workReach))
    if (looks !== null) out.push({ at: m.index, year, looks })
  }
  return out
}

/**
 * The year of the text that names `work` in an entry of `month`. A year's plan is drawn up in the last two
 * months of the year before (十二月 研究2011年工作要点 → 2010) and read or revised in the year itself
 * (部署2022年重点工作, 2022年预算调整方案), never after it. A year is reviewed in the first three months of the
 * next (一月 2010年工作总结 → 2011), or in the year itself (its end, or its first half in July: 2022年上半年
 * 工作总结); a review heard late beside this year's plan (八月 某会听取上年的工作情况和本年的工作要点) is
 * outvoted by the plan.
 */
export const yearOfWork = (work: WorkYear, month: number): number => {
  if (work.looks === "ahead") return month >= 11 ? work.year - 1 : work.year
  return month <= 3 ? work.year + 1 : work.year
}
