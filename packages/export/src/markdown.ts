import type { Event } from "@dashiji/core"
import { chineseDay, chineseMonth, yearReason } from "./dates.ts"
import { escapeCell, escapeMarkdown } from "./escape.ts"
import { kindLabel, methodLabel, roleLabel } from "./labels.ts"

export interface MonthlyReportInput {
  /** YYYY-MM (XXXX-MM for events whose year is unknown). */
  readonly month: string
  /** The month's events (others are ignored). */
  readonly events: ReadonlyArray<Event>
  /** 1-based line of a raw offset in a document, when the caller knows the documents. */
  readonly lineOf?: (document: string, offset: number) => number | undefined
}

const dayOf = (e: Event): number => Number(e.date.start.slice(8, 10)) || 0
const daysIn = (month: string): number => {
  const [y, m] = month.split("-").map(Number) as [number, number]
  return new Date(Date.UTC(Number.isFinite(y) ? y : 2000, m, 0)).getUTCDate()
}

const byDate = (a: Event, b: Event) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const top = <K>(counts: Map<K, number>, n: number): Array<[K, number]> =>
  [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), "zh")).slice(0, n)

/**
 * The monthly chronicle (大事月记) as CommonMark with GitHub tables and a mermaid chart: title, summary,
 * per-day activity, the chronicle by day with sources, and a people index. Same events → same bytes.
 */
export const monthlyReport = (input: MonthlyReportInput): string => {
  const events = input.events.filter((e) => e.date.start.startsWith(input.month)).slice().sort(byDate)
  const title = chineseMonth(input.month)
  const out: Array<string> = []
  out.push(`# ${title} 大事记`, "")
  const docs = new Set(events.flatMap((e) => e.sources.map((s) => s.document)))
  out.push(`本月共记大事 ${events.length} 件，依据 ${docs.size} 份文件整理，同一事件的多次报道已合并。`, "")

  out.push("## 概览", "")
  const kinds = new Map<string, number>()
  for (const e of events) kinds.set(kindLabel[e.kind], (kinds.get(kindLabel[e.kind]) ?? 0) + 1)
  out.push("| 类别 | 件数 |", "| --- | ---: |")
  for (const [k, n] of top(kinds, 10)) out.push(`| ${escapeCell(k)} | ${n} |`)
  out.push("")
  const people = new Map<string, number>()
  for (const e of events) for (const p of e.people) people.set(p.name, (people.get(p.name) ?? 0) + 1)
  const places = new Map<string, number>()
  for (const e of events) for (const p of e.places) places.set(p.name, (places.get(p.name) ?? 0) + 1)
  if (people.size > 0) out.push(`**最活跃人物**：${top(people, 8).map(([n, c]) => `${escapeMarkdown(n)}（${c}）`).join("、")}`, "")
  if (places.size > 0) out.push(`**到访地点**：${top(places, 10).map(([n, c]) => `${escapeMarkdown(n)}（${c}）`).join("、")}`, "")

  out.push("## 每日活动", "")
  const days = daysIn(input.month)
  const perDay = Array.from({ length: days }, (_, i) => events.filter((e) => dayOf(e) === i + 1).length)
  out.push("```mermaid", "xychart-beta", `  title "${title} 每日大事件数"`, `  x-axis [${perDay.map((_, i) => i + 1).join(", ")}]`, `  y-axis "件数" 0 --> ${Math.max(1, ...perDay)}`, `  bar [${perDay.join(", ")}]`, "```", "")

  out.push("## 大事记", "")
  const notes: Array<string> = []
  let currentDay = ""
  for (const e of events) {
    const day = chineseDay(e).replace(/至.*$/, "")
    if (day !== currentDay) {
      currentDay = day
      out.push(`### ${day}`, "")
    }
    const refs = e.sources.map((s, i) => {
      const line = input.lineOf?.(s.document, s.span[0])
      const merge = i === 0 ? "" : (() => {
        const m = e.merged.find((x) => x.document === s.document && x.span[0] === s.span[0])
        return m === undefined ? "" : `，合并：${methodLabel[m.method]} ${m.score.toFixed(2)}`
      })()
      notes.push(`${escapeMarkdown(s.document)} ${line === undefined ? `字符 ${s.span[0]}–${s.span[1]}` : `第 ${line} 行`}${merge}`)
      return `[${notes.length}]`
    })
    out.push(`**${escapeMarkdown(chineseDay(e))} ${escapeMarkdown(e.title)}**（${kindLabel[e.kind]}）${refs.join("")}`, "")
    if (e.summary.length > 0) out.push(escapeMarkdown(e.summary), "")
    const meta: Array<string> = []
    if (e.people.length > 0) meta.push(`人物：${e.people.map((p) => `${escapeMarkdown(p.titles.join("、"))}${escapeMarkdown(p.name)}（${roleLabel[p.role]}）`).join("，")}`)
    if (e.places.length > 0) meta.push(`地点：${e.places.map((p) => escapeMarkdown(p.name)).join("、")}`)
    const reason = yearReason[e.date.year.source]
    if (reason !== null) meta.push(`注：${reason}`)
    for (const m of meta) out.push(`- ${m}`)
    if (meta.length > 0) out.push("")
  }

  out.push("## 人物索引", "")
  const index = new Map<string, { titles: Set<string>; days: Set<string> }>()
  for (const e of events)
    for (const p of e.people) {
      const entry = index.get(p.name) ?? { titles: new Set<string>(), days: new Set<string>() }
      p.titles.forEach((t) => entry.titles.add(t))
      entry.days.add(chineseDay(e).replace(/至.*$/, ""))
      index.set(p.name, entry)
    }
  if (index.size === 0) out.push("本月无人物记录。", "")
  else {
    out.push("| 人物 | 职务 | 日期 |", "| --- | --- | --- |")
    for (const [name, v] of [...index].sort((a, b) => a[0].localeCompare(b[0], "zh"))) {
      out.push(`| ${escapeCell(name)} | ${escapeCell([...v.titles].join("、"))} | ${escapeCell([...v.days].join("、"))} |`)
    }
    out.push("")
  }

  out.push("## 来源", "")
  if (notes.length === 0) out.push("无。", "")
  notes.forEach((n, i) => out.push(`${i + 1}. ${n}`))
  return `${out.join("\n").replace(/\n+$/, "")}\n`
}
