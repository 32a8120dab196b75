import { monthlyChronicle, type ChronicleInput, type SourceNote } from "./chronicle.ts"
import { headingLink, noteDefinition, noteRef } from "./anchors.ts"
import { citeMarkdown } from "./cite.ts"
import { escapeCell, escapeMarkdown } from "./escape.ts"
import { noteMerge, noteWhere } from "./notes.ts"

export type MonthlyReportInput = ChronicleInput

const sourceNote = (n: SourceNote): string => `${citeMarkdown(n.document, noteWhere(n), n.source)}${noteMerge(n)}`

/**
 * The monthly chronicle (大事月记) as CommonMark with GitHub tables and a mermaid chart: title, summary,
 * per-day activity, the chronicle by day with source notes (GFM footnotes), and a people index whose dates
 * link to their days (GitHub's heading anchors; see anchors.ts) (the content is
 * monthlyChronicle's, which the web reader shows too).
 * Pure and deterministic: the same events (in any order) give the same bytes.
 */
export const monthlyReport = (input: MonthlyReportInput): string => {
  const c = monthlyChronicle(input)
  const out: Array<string> = []
  const para = (...lines: Array<string>) => out.push(...lines, "")
  // the undated events (month XXXX, 日期不详) have no days to count or chart
  const hasDays = c.perDay.length > 0

  para(`# ${c.title} 大事记`)

  if (c.events.length === 0) para("本月无大事记录。")
  else
    para(
      (hasDays ? `本月共记大事 ${c.events.length} 件，分布在 ${c.activeDays} 天，` : `共记日期不详的大事 ${c.events.length} 件，`) +
        `依据 ${c.documents} 份文件整理` +
        `${c.mergedCount > 0 ? `，其中 ${c.mergedCount} 件由多处报道合并而成` : ""}` +
        `${c.inferred > 0 ? `；${c.inferred} 件的年份系推断，已逐条注明` : ""}。`
    )

  para("## 概览")
  if (c.kinds.length > 0) {
    out.push("| 类别 | 件数 |", "| --- | ---: |")
    for (const [k, n] of c.kinds) out.push(`| ${escapeCell(k)} | ${n} |`)
    out.push("")
  }
  if (c.topPeople.length > 0) para(`**最活跃人物**：${c.topPeople.map(([n, k]) => `${escapeMarkdown(n)}（${k} 件）`).join("、")}`)
  if (c.topPlaces.length > 0) para(`**到访地点**：${c.topPlaces.map(([n, k]) => `${escapeMarkdown(n)}（${k} 件）`).join("、")}`)

  if (hasDays) {
    para("## 每日活动")
    para(
      "```mermaid",
      "xychart-beta",
      `  title "${c.title}每日活动（件，跨日活动逐日计入）"`,
      `  x-axis "日" [${c.perDay.map((_, i) => `"${i + 1}"`).join(", ")}]`,
      // at least 10: below that the chart's ticks fall on halves (0.5 件), and events come whole
      `  y-axis "件数" 0 --> ${Math.max(10, ...c.perDay)}`,
      `  bar [${c.perDay.join(", ")}]`,
      "```"
    )
  }

  para("## 大事记")
  for (const day of c.days) {
    para(`### ${day.heading}`)
    for (const entry of day.entries) {
      para(`**${escapeMarkdown(`${entry.day} ${entry.title}`)}**（${entry.kind}）${entry.notes.map(noteRef).join("")}`)
      const summary = escapeMarkdown(entry.summary)
      if (summary.length > 0) para(summary)
      const meta: Array<string> = []
      if (entry.people.length > 0) meta.push(`人物：${entry.people.map((p) => `${escapeMarkdown(p.titles.join("、"))}${escapeMarkdown(p.name)}（${p.role}）`).join("，")}`)
      if (entry.places.length > 0) meta.push(`地点：${entry.places.map(escapeMarkdown).join("、")}`)
      if (entry.organizations.length > 0) meta.push(`单位：${entry.organizations.map(escapeMarkdown).join("、")}`)
      const remarks = entry.remarks.map((r) => (r.label ? r.text : escapeMarkdown(r.text))).filter((r) => r.length > 0)
      if (remarks.length > 0) meta.push(`注：${[...new Set(remarks)].join("；")}`)
      if (meta.length > 0) para(...meta.map((m) => `- ${m}`))
    }
  }
  if (c.events.length === 0) para("无。")

  para("## 人物索引")
  if (c.index.length === 0) para("本月无人物记录。")
  else {
    out.push("| 人物 | 职务 | 日期 |", "| --- | --- | --- |")
    // each date links to its day's heading in the chronicle (GitHub's anchor: 本月（具体日期不详） → #本月具体日期不详)
    for (const p of c.index) out.push(`| ${escapeCell(`${p.name}（${p.pinyin}）`)} | ${escapeCell(p.titles.join("、"))} | ${p.days.map((d, i) => headingLink(escapeCell(d), p.headings[i]!)).join("、")} |`)
    out.push("")
  }

  para("## 来源")
  // GFM footnotes: each [^n] of an entry links to its note and the note back to the entry; one paragraph
  // each, so that a renderer without footnotes shows one note a line
  if (c.notes.length === 0) para("无。")
  else for (const [i, n] of c.notes.entries()) para(noteDefinition(i + 1, sourceNote(n)))
  return `${trimNewlines(out.join("\n"))}\n`
}

/** The text without its trailing line breaks (a loop: /\n+$/ read every run of breaks to its end). */
const trimNewlines = (s: string): string => {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--
  return s.slice(0, end)
}
