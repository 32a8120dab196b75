import type { Event } from "@dashiji/core"

export const kindBadge: Record<Event["kind"], string> = {
  meeting: "会议",
  conference_call: "视频",
  inspection: "调研",
  reception: "会见",
  activity: "活动",
  announcement: "发布",
  other: "其他"
}
export const kinds = Object.keys(kindBadge) as Array<Event["kind"]>

export const roleLabel: Record<Event["people"][number]["role"], string> = { lead: "主持", participant: "参加", met: "会见", mentioned: "提及" }

export const yearReason: Record<Event["date"]["year"]["source"], string> = {
  text: "年份见于原文",
  header: "年份取自页面标题",
  published: "年份据发布日期推断",
  officeholder: "年份据任职信息推断",
  context: "年份据文中其他日期推断",
  default: "年份为默认年份",
  none: "年份不详"
}

export const methodLabel: Record<Event["merged"][number]["method"], string> = { exact: "完全相同", near: "高度相似", containment: "被包含" }

const warningText: Record<string, string> = {
  "year-inferred": "年份为推断",
  "spam-removed": "已去除广告等无关文字",
  "garbled-title": "标题有乱码",
  "date-conflict": "日期有冲突",
  fragment: "内容不完整",
  "name-restored": "姓名已还原"
}
/** Warnings are open-ended codes: known ones are said in Chinese, others shown as they are. */
export const warningLabel = (w: string): string => warningText[w] ?? w

/** 2020-02 → 2020年2月 */
export const monthLabel = (m: string): string => {
  const [y, mm] = m.split("-")
  return mm === undefined ? "日期不详" : `${y === "XXXX" ? "年份不详" : `${y}年`}${Number(mm)}月`
}

export const dayLabel = (e: Event): string => {
  const [, m, d] = e.date.start.split("-")
  if (m === undefined) return "日期不详"
  const start = `${Number(m)}月${d === undefined ? "" : `${Number(d)}日`}`
  if (e.date.end === null) return start
  const [, em, ed] = e.date.end.split("-")
  return em === m ? `${start}至${Number(ed)}日` : `${start}至${Number(em)}月${Number(ed)}日`
}

export const leadPerson = (e: Event): string => {
  const p = e.people.find((x) => x.role === "lead") ?? e.people.find((x) => x.role === "met") ?? e.people[0]
  return p === undefined ? "" : `${p.titles[0] ?? ""}${p.name}`
}
