import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { CoreLive, type Event, normalizePlace, parseCorpus } from "@dashiji/core"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { slug } from "github-slugger"
import MarkdownIt from "markdown-it"
import anchor from "markdown-it-anchor"
import footnote from "markdown-it-footnote"
import { headingAnchor } from "../src/anchors.ts"
import { lineLookupFromTexts } from "../src/lines.ts"
import { monthlyReport } from "../src/markdown.ts"
import { seedsDir } from "./seed-corpus.ts"

const corpusDir = new URL("../../../eval/corpus/raw/", import.meta.url).pathname
const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }))

/** Every month's report of a set of documents, as an editor would get them. */
const reportsOf = async (dir: string): Promise<Array<{ month: string; text: string; events: ReadonlyArray<Event> }>> => {
  const r = await Effect.runPromise(parseCorpus(read(dir)).pipe(Effect.provide(CoreLive)))
  const lineOf = lineLookupFromTexts(new Map(r.documents.map((d) => [d.name, d.text])))
  const months = [...new Set(r.events.map((e) => e.date.start.slice(0, 7)).filter((m) => m.length === 7))].sort()
  return months.map((month) => ({ month, text: monthlyReport({ month, events: r.events, lineOf }), events: r.events.filter((e) => e.date.start.startsWith(month)) }))
}

/** The report's prose: titles, summaries and item lines, without code spans, the chart and the source notes. */
const prose = (report: string): string =>
  report
    .slice(0, report.indexOf("\n## 来源"))
    .replace(/```mermaid[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/\]\(#[^)\n]*\)/g, "]")
    .replace(/\[\^\d+\]/g, "")

// a renderer as GitHub reads the report: footnotes, and heading ids by github-slugger
const gfm = new MarkdownIt({ html: false }).use(footnote).use(anchor, { slugify: (s: string) => slug(s) })

const han = "\\p{Script=Han}"
const asciiBetweenHan = new RegExp(`${han}[,:;]\\s*${han}`, "u")
const asciiParenByHan = new RegExp(`${han}[()]|[()]${han}`, "u")
const titleEnding = /(?:秘书长|书记|省长|市长|县长|区长|主席|主任|部长|厅长|局长|常委|委员|组长)$/

describe.each([
  ["the seeds", seedsDir],
  ["the development corpus", corpusDir]
])("reports an editor would publish: %s", (_, dir) => {
  let reports: Awaited<ReturnType<typeof reportsOf>> = []
  beforeAll(async () => {
    reports = await reportsOf(dir)
  }, 120_000)

  it("shows Chinese punctuation between Chinese characters (the pages' ASCII , : ; ( ) are not shown)", () => {
    expect(reports.length).toBeGreaterThan(0)
    for (const r of reports) {
      const text = prose(r.text)
      expect(asciiBetweenHan.exec(text)?.[0] ?? null, r.month).toBeNull()
      expect(asciiParenByHan.exec(text)?.[0] ?? null, r.month).toBeNull()
    }
    // and the records keep what the pages said
    const raw = reports.flatMap((r) => r.events).some((e) => asciiBetweenHan.test(e.summary))
    expect(raw).toBe(true)
  })

  it("names roles that fit the kind: an inspection is led (带队), a meeting chaired (主持), a reception's host meets (会见)", () => {
    // the words a kind's people may be shown with (who was met or only mentioned fits every kind)
    const fits: Record<string, ReadonlyArray<string>> = {
      会议: ["主持", "参加"],
      "电视电话/视频会议": ["主持", "参加"],
      调研检查: ["带队", "陪同"],
      会见: ["会见", "参加"],
      活动: ["出席"],
      发布: ["出席", "参加"],
      其他: ["主要人物", "参加"]
    }
    const shown = new Map<string, number>()
    for (const r of reports)
      for (const block of r.text.split("\n\n**").slice(1)) {
        const kind = /^[^\n]*\*\*（([^）]+)）/.exec(block)?.[1]
        const people = /\n- 人物：([^\n]*)/.exec(block)?.[1]
        if (kind === undefined || people === undefined) continue
        for (const person of people.split("，")) {
          const role = /（([^（）]+)）$/.exec(person)![1]!
          shown.set(`${kind} ${role}`, (shown.get(`${kind} ${role}`) ?? 0) + 1)
          expect([...fits[kind]!, "会见对象", "提及"], `${r.month}: ${kind} ${person}`).toContain(role)
        }
      }
    // the kinds' own words are all in use
    for (const k of ["调研检查 带队", "会议 主持"]) expect(shown.get(k) ?? 0, k).toBeGreaterThan(0)
  })

  it("lists no job title as an organisation", () => {
    for (const r of reports)
      for (const line of r.text.split("\n").filter((l) => l.startsWith("- 单位："))) for (const org of line.slice("- 单位：".length).split("、")) expect(org, r.month).not.toMatch(titleEnding)
  })

  it("shows one form per place among the places visited", () => {
    for (const r of reports) {
      const line = r.text.split("\n").find((l) => l.startsWith("**到访地点**："))
      if (line === undefined) continue
      const names = line.slice("**到访地点**：".length).split("、").map((p) => p.replace(/（\d+ 件）$/, ""))
      expect(new Set(names.map(normalizePlace)).size, r.month).toBe(names.length)
    }
    // and in each entry
    for (const r of reports)
      for (const line of r.text.split("\n").filter((l) => l.startsWith("- 地点："))) {
        const names = line.slice("- 地点：".length).split("、")
        expect(new Set(names.map(normalizePlace)).size, `${r.month} ${line}`).toBe(names.length)
      }
  })

  it("counts the chart's axis in whole events and calls only people with more than one event most active", () => {
    for (const r of reports) {
      const max = Number(/y-axis "件数" 0 --> (\d+)/.exec(r.text)![1])
      // mermaid's ticks fall on whole numbers from an axis of 10 up
      expect(max, r.month).toBeGreaterThanOrEqual(10)
      const active = r.text.split("\n").find((l) => l.startsWith("**最活跃人物**："))
      if (active !== undefined) for (const m of active.matchAll(/（(\d+) 件）/g)) expect(Number(m[1]), r.month).toBeGreaterThan(1)
    }
  })

  it("links note numbers and people-index dates to their entries, anchors a GitHub-style renderer resolves", () => {
    let linked = 0
    for (const r of reports) {
      const page = gfm.render(r.text)
      const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!))
      const hrefs = [...page.matchAll(/ href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!))
      for (const h of hrefs) expect(ids.has(h), `${r.month} #${h}`).toBe(true)
      // every note is referenced from its entry and links back to it
      const notes = [...r.text.matchAll(/^\[\^(\d+)\]: /gm)].length
      expect(notes, r.month).toBeGreaterThan(0)
      expect(hrefs.filter((h) => /^fn\d+$/.test(h)), r.month).toHaveLength(notes)
      expect(hrefs.filter((h) => /^fnref\d+$/.test(h)), r.month).toHaveLength(notes)
      // every date of the index is a link to a day's heading
      const index = r.text.slice(r.text.indexOf("## 人物索引"), r.text.indexOf("\n## 来源"))
      expect(index, r.month).not.toMatch(/\| (?:[^|[]*、)?(?:\d+月\d+日|日期不详)[^|\]]*\|$/m)
      const days = [...index.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!)
      linked += days.length
      for (const d of days) expect(ids.has(d), `${r.month} #${d}`).toBe(true)
      // the anchors are GitHub's own (github-slugger) for every heading of the report
      for (const m of r.text.matchAll(/^#{1,3} (.+)$/gm)) expect(headingAnchor(m[1]!)).toBe(slug(m[1]!))
    }
    expect(linked).toBeGreaterThan(0)
  })
})
