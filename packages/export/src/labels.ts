import type { Event } from "@dashiji/core"

export const kindLabel: Record<Event["kind"], string> = {
  meeting: "会议",
  conference_call: "电视电话/视频会议",
  inspection: "调研检查",
  reception: "会见",
  activity: "活动",
  announcement: "发布",
  other: "其他"
}

export const roleLabel: Record<Event["people"][number]["role"], string> = {
  lead: "主持",
  participant: "参加",
  met: "会见对象",
  mentioned: "提及"
}

export const methodLabel: Record<Event["merged"][number]["method"], string> = {
  exact: "完全相同",
  near: "高度相似",
  containment: "被包含"
}

/**
 * What a reader should be told about a record's warnings. `year-inferred` is said by the year note
 * (with its reason), so it has no label of its own; unknown warnings are shown as they are.
 */
export const warningLabel: Record<string, string | null> = {
  "year-inferred": null,
  "spam-removed": "原文夹杂的广告文字已删除",
  "name-restored": "被广告文字替换的人名已复原",
  "date-conflict": "各来源所记日期不一致",
  "garbled-title": "标题含乱码",
  fragment: "原文残缺",
  undated: "日期不详"
}
