import { normalizePlace, type Event } from "@dashiji/core"
import { chineseDay, chineseMonth, yearReason } from "./dates.ts"
import { codeSpan, escapeCell, escapeMarkdown } from "./escape.ts"
import { kindLabel, methodLabel, roleLabel, warningLabel } from "./labels.ts"

export interface MonthlyReportInput {
  /** YYYY-MM (XXXX-MM for events whose year is unknown). */
  readonly month: string
  /** Events; only those starting in `month` are reported, in date order whatever order they come in. */
  readonly events: ReadonlyArray<Event>
  /**
   * 1-based line of a raw offset (UTF-16 code units) in a document, when the caller has the documents or
   * their line starts (see `lineIndex`). Without it, or when it answers undefined, notes give the span only.
   */
  readonly lineOf?: (document: string, offset: number) => number | undefined
}

// Pinyin order for the people index; code points break ties so the order is total.
const collator = new Intl.Collator("zh-Hans-u-co-pinyin")
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const dayNumber = (iso: string): number | null => (iso.length >= 10 ? Number(iso.slice(8, 10)) : null)

/** Day events by start, then end, then id; events known only to the month come last. */
const byDate = (a: Event, b: Event): number => {
  const da = dayNumber(a.date.start)
  const db = dayNumber(b.date.start)
  if ((da === null) !== (db === null)) return da === null ? 1 : -1
  return cmp(a.date.start, b.date.start) || cmp(a.date.end ?? "", b.date.end ?? "") || cmp(a.id, b.id)
}

const daysIn = (month: string): number => {
  const [y, m] = month.split("-")
  const year = y === "XXXX" || y === undefined ? 2000 : Number(y) // 2000: a leap year, so 2月 keeps its 29th
  return new Date(Date.UTC(year, Number(m), 0)).getUTCDate()
}

const top = (counts: Map<string, number>, n: number): Array<[string, number]> => [...counts].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, n)

/** The days of the month an event covers (a 2月4日至6日 inspection is activity on the 4th, 5th and 6th). */
const coveredDays = (e: Event, month: string, days: number): Array<number> => {
  const first = dayNumber(e.date.start)
  if (first === null) return []
  const end = e.date.end
  const last = end === null || end.length < 10 ? first : end.startsWith(month) ? (dayNumber(end) ?? first) : days
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i)
}

const sourceNote = (e: Event, i: number, lineOf: MonthlyReportInput["lineOf"]): string => {
  const s = e.sources[i]!
  const first = lineOf?.(s.document, s.span[0])
  const last = lineOf?.(s.document, Math.max(s.span[0], s.span[1] - 1))
  const chars = `字符 ${s.span[0]}–${s.span[1]}`
  const where =
    first === undefined ? chars : `第 ${last === undefined || last === first ? first : `${first}–${last}`} 行（${chars}）`
  const m = i === 0 ? undefined : e.merged.find((x) => x.document === s.document && x.span[0] === s.span[0] && x.span[1] === s.span[1])
  const merge = m === undefined ? "" : `；与首条来源合并：${methodLabel[m.method]}，相似度 ${m.score.toFixed(2)}`
  return `${codeSpan(s.document)} ${where}${merge}`
}

/**
 * The monthly chronicle (大事月记) as CommonMark with GitHub tables and a mermaid chart: title, summary,
 * per-day activity, the chronicle by day with numbered source notes, and a people index.
 * Pure and deterministic: the same events (in any order) give the same bytes.
 */
export const monthlyReport = (input: MonthlyReportInput): string => {
  const { month } = input
  const events = input.events.filter((e) => e.date.start.startsWith(month)).slice().sort(byDate)
  const title = chineseMonth(month)
  const days = daysIn(month)
  const out: Array<string> = []
  const para = (...lines: Array<string>) => out.push(...lines, "")

  para(`# ${title} 大事记`)

  // summary
  const docs = new Set(events.flatMap((e) => e.sources.map((s) => s.document)))
  const perDay = Array.from({ length: days }, () => 0)
  for (const e of events) for (const d of coveredDays(e, month, days)) if (d >= 1 && d <= days) perDay[d - 1]! += 1
  const activeDays = perDay.filter((n) => n > 0).length
  const mergedCount = events.filter((e) => e.sources.length > 1).length
  const inferred = events.filter((e) => yearReason[e.date.year.source] !== null).length
  if (events.length === 0) para("本月无大事记录。")
  else
    para(
      `本月共记大事 ${events.length} 件，分布在 ${activeDays} 天，依据 ${docs.size} 份文件整理` +
        `${mergedCount > 0 ? `，其中 ${mergedCount} 件由多处报道合并而成` : ""}` +
        `${inferred > 0 ? `；${inferred} 件的年份系推断，已逐条注明` : ""}。`
    )

  para("## 概览")
  const kinds = new Map<string, number>()
  for (const e of events) kinds.set(kindLabel[e.kind], (kinds.get(kindLabel[e.kind]) ?? 0) + 1)
  if (kinds.size > 0) {
    out.push("| 类别 | 件数 |", "| --- | ---: |")
    for (const [k, n] of top(kinds, kinds.size)) out.push(`| ${escapeCell(k)} | ${n} |`)
    out.push("")
  }
  // people who took part (not those merely mentioned), each counted once per event
  const people = new Map<string, number>()
  for (const e of events) for (const name of new Set(e.people.filter((p) => p.role !== "mentioned").map((p) => p.name))) people.set(name, (people.get(name) ?? 0) + 1)
  // 郑州 and 郑州市 are one place: group by the name without its administrative suffix, show the longest spelling
  const placeGroups = new Map<string, { names: Map<string, number>; events: number }>()
  for (const e of events) {
    const seen = new Set<string>()
    for (const p of e.places) {
      const key = normalizePlace(p.name)
      const g = placeGroups.get(key) ?? { names: new Map<string, number>(), events: 0 }
      g.names.set(p.name, (g.names.get(p.name) ?? 0) + 1)
      if (!seen.has(key)) g.events += 1
      seen.add(key)
      placeGroups.set(key, g)
    }
  }
  const places = new Map<string, number>()
  for (const g of placeGroups.values()) {
    const shown = [...g.names.keys()].sort((a, b) => b.length - a.length || cmp(a, b))[0]!
    places.set(shown, g.events)
  }
  if (people.size > 0) para(`**最活跃人物**：${top(people, 8).map(([n, c]) => `${escapeMarkdown(n)}（${c} 件）`).join("、")}`)
  if (places.size > 0) para(`**到访地点**：${top(places, 10).map(([n, c]) => `${escapeMarkdown(n)}（${c} 件）`).join("、")}`)

  para("## 每日活动")
  para(
    "```mermaid",
    "xychart-beta",
    `  title "${title}每日活动（件，跨日活动逐日计入）"`,
    `  x-axis "日" [${perDay.map((_, i) => `"${i + 1}"`).join(", ")}]`,
    `  y-axis "件数" 0 --> ${Math.max(1, ...perDay)}`,
    `  bar [${perDay.join(", ")}]`,
    "```"
  )

  para("## 大事记")
  const notes: Array<string> = []
  const index = new Map<string, { pinyin: string; titles: Set<string>; days: Array<string> }>()
  let heading: string | null = null
  for (const e of events) {
    const d = dayNumber(e.date.start)
    const dayHeading = d === null ? "本月（具体日期不详）" : `${Number(e.date.start.slice(5, 7))}月${d}日`
    if (dayHeading !== heading) {
      heading = dayHeading
      para(`### ${dayHeading}`)
    }
    const refs = e.sources.map((_, i) => {
      notes.push(sourceNote(e, i, input.lineOf))
      return `[${notes.length}]`
    })
    para(`**${escapeMarkdown(`${chineseDay(e)} ${e.title}`)}**（${kindLabel[e.kind]}）${refs.join("")}`)
    const summary = escapeMarkdown(e.summary)
    if (summary.length > 0) para(summary)
    const meta: Array<string> = []
    if (e.people.length > 0)
      meta.push(`人物：${e.people.map((p) => `${escapeMarkdown(p.titles.join("、"))}${escapeMarkdown(p.name)}（${roleLabel[p.role]}）`).join("，")}`)
    if (e.places.length > 0) meta.push(`地点：${e.places.map((p) => escapeMarkdown(p.name)).join("、")}`)
    if (e.organizations.length > 0) meta.push(`单位：${e.organizations.map(escapeMarkdown).join("、")}`)
    const remarks = [yearReason[e.date.year.source], ...e.warnings.map((w) => (w in warningLabel ? warningLabel[w]! : escapeMarkdown(w)))].filter(
      (r): r is string => r !== null && r.length > 0
    )
    if (remarks.length > 0) meta.push(`注：${[...new Set(remarks)].join("；")}`)
    if (meta.length > 0) para(...meta.map((m) => `- ${m}`))

    for (const p of e.people) {
      const entry = index.get(p.name) ?? { pinyin: p.pinyin, titles: new Set<string>(), days: [] }
      p.titles.forEach((t) => entry.titles.add(t))
      const day = d === null ? "日期不详" : chineseDay(e)
      if (!entry.days.includes(day)) entry.days.push(day)
      index.set(p.name, entry)
    }
  }
  if (events.length === 0) para("无。")

  para("## 人物索引")
  if (index.size === 0) para("本月无人物记录。")
  else {
    out.push("| 人物 | 职务 | 日期 |", "| --- | --- | --- |")
    for (const [name, v] of [...index].sort((a, b) => byName(a[0], b[0])))
      out.push(`| ${escapeCell(`${name}（${v.pinyin}）`)} | ${escapeCell([...v.titles].join("、"))} | ${escapeCell(v.days.join("、"))} |`)
    out.push("")
  }

  para("## 来源")
  if (notes.length === 0) para("无。")
  else para(...notes.map((n, i) => `${i + 1}. ${n}`))
  return `${trimNewlines(out.join("\n"))}\n`
}

/** The text without its trailing line breaks (a loop: /\n+$/ read every run of breaks to its end). */
const trimNewlines = (s: string): string => {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--
  return s.slice(0, end)
}
