import type { Event } from "@dashiji/core"
import { chinesePunctuation, displayOrganizations, roleFor } from "@dashiji/export"
import { dayLabel, kindBadge, methodLabel, warningNotes, yearSourceLabel } from "./labels.ts"
import { dedupePlaces } from "./places.ts"
import { wrap } from "./width.ts"

export type LineStyle = "title" | "plain" | "marked" | "dim" | "warn"
/** One line of the detail, as text; the pane adds colour (people and places marked in `marked` lines). */
export interface DetailLine {
  readonly key: string
  readonly text: string
  readonly style: LineStyle
}

/** The sources and merged mentions of an event, in the order the source view steps through them (n/N). */
export interface SourceRef {
  readonly document: string
  readonly span: readonly [number, number]
  /** 主要来源, 合并理由：高度相似 0.83, … */
  readonly note: string
}

export const sourceRefs = (e: Event): Array<SourceRef> => {
  const mergeOf = (doc: string, start: number) => e.merged.find((x) => x.document === doc && x.span[0] === start)
  const out: Array<SourceRef> = e.sources.map((s, i) => {
    const m = mergeOf(s.document, s.span[0])
    return { document: s.document, span: s.span, note: i === 0 ? "主要来源" : m === undefined ? "来源" : `合并理由：${methodLabel[m.method]} ${m.score.toFixed(2)}` }
  })
  // a merge must be explainable even when its mention is not among the sources
  for (const m of e.merged)
    if (!e.sources.some((s) => s.document === m.document && s.span[0] === m.span[0]))
      out.push({ document: m.document, span: m.span, note: `合并理由：${methodLabel[m.method]} ${m.score.toFixed(2)}` })
  return out
}

/** The detail of an event as wrapped lines (kinsoku: no line starts with ，。）). */
export const detailText = (e: Event, sourceLines: ReadonlyArray<number | undefined>, width: number): Array<DetailLine> => {
  const out: Array<DetailLine> = []
  const push = (key: string, text: string, style: LineStyle) => out.push({ key, text, style })
  const many = (key: string, text: string, style: LineStyle) => wrap(text, width).forEach((l, i) => push(`${key}${i}`, l, style))
  const year = e.date.year.value === null ? "" : `${e.date.year.value}年`
  // Chinese punctuation between Chinese characters in what is shown (the source view shows the raw text)
  many("t", chinesePunctuation(e.title), "title")
  many("d", `日期：${year}${dayLabel(e)}（${yearSourceLabel[e.date.year.source]}）  类别：${kindBadge[e.kind]}  ${e.id}`, "plain")
  if (e.people.length > 0) many("p", `人物：${e.people.map((p) => `${p.titles.join("、")}${p.name}（${roleFor(e.kind, p.role)}）`).join("，")}`, "marked")
  const places = dedupePlaces(e.places)
  if (places.length > 0) many("l", `地点：${places.map((p) => p.name).join("、")}`, "marked")
  const orgs = displayOrganizations(e)
  if (orgs.length > 0) many("o", `机构：${orgs.join("、")}`, "plain")
  if (e.reporters.length > 0) many("r", `记者：${e.reporters.join("、")}`, "plain")
  push("blank1", "", "plain")
  many("x", e.text, "marked")
  push("blank2", "", "plain")
  sourceRefs(e).forEach((s, i) => {
    const line = i < e.sources.length ? sourceLines[i] : undefined
    const label = i < e.sources.length ? `来源${i + 1}` : "合并"
    many(`s${i}-`, `${label}：${s.document} ${line === undefined ? "" : `第${line}行 `}[${s.span[0]}–${s.span[1]}] ${s.note}`, "dim")
  })
  many("h", "Enter 或 o 查看原文（n/N 切换来源）", "dim")
  const notes = warningNotes(e.warnings)
  if (notes.length > 0) many("w", `提示：${notes.join("、")}`, "warn")
  return out
}
