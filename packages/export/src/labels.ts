import type { Kind, MergeMethod, Role, Warning, YearSource } from "@dashiji/core"

/**
 * Every closed value of the record as users read it, in one place: the reports, the web reader, the CLI
 * and the terminal browser all say a kind, a role, a merge, a year's source and a warning with these words.
 */

export const kindLabel: Record<Kind, string> = {
  meeting: "会议",
  conference_call: "电视电话/视频会议",
  inspection: "调研检查",
  reception: "会见",
  activity: "活动",
  announcement: "发布",
  other: "其他"
}

/** The kind in a narrow column (the terminal browser's lists): two characters. */
export const kindBadge: Record<Kind, string> = {
  meeting: "会议",
  conference_call: "视频",
  inspection: "调研",
  reception: "会见",
  activity: "活动",
  announcement: "发布",
  other: "其他"
}

export const roleLabel: Record<Role, string> = {
  lead: "主持",
  participant: "参加",
  met: "会见对象",
  mentioned: "提及"
}

export const methodLabel: Record<MergeMethod, string> = {
  exact: "完全相同",
  near: "高度相似",
  containment: "被包含"
}

/** Where the year of a date comes from, for every source (the terminal browser shows it beside each date). */
export const yearSourceLabel: Record<YearSource, string> = {
  text: "年份见于原文",
  header: "年份取自页面标题",
  published: "年份据发布日期推断",
  officeholder: "年份据任职信息推断",
  context: "年份据文中其他日期推断",
  default: "默认年份（未能从文中确定）",
  none: "年份不详"
}

/** Why the year is what it is, when it was not read from the event itself or a heading (null: nothing to say). */
export const yearReason: Record<YearSource, string | null> = {
  ...yearSourceLabel,
  text: null,
  header: null
}

export const warningLabel: Record<Warning, string> = {
  "year-inferred": "年份为推断",
  "spam-removed": "原文夹杂的广告文字已删除",
  "name-restored": "被广告文字替换的人名已复原",
  "date-conflict": "各来源所记日期不一致",
  fragment: "原文残缺",
  undated: "日期不详"
}

/** `year-inferred` is said by the year's note (with its reason), so it is not listed again beside it. */
const saidByYearNote: ReadonlySet<Warning> = new Set<Warning>(["year-inferred"])

/** A record's warnings as a reader is told them, in their order. */
export const warningNotes = (warnings: ReadonlyArray<Warning>): Array<string> =>
  warnings.filter((w) => !saidByYearNote.has(w)).map((w) => warningLabel[w])
