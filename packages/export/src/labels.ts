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
