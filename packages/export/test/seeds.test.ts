import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parseGoldFile } from "@dashiji/core"
import MarkdownIt from "markdown-it"
import { beforeAll, describe, expect, it } from "vitest"
import { lineLookupFromTexts } from "../src/lines.ts"
import { monthlyReport } from "../src/markdown.ts"
import { parseSeeds, seedsDir } from "./seed-corpus.ts"

interface Note {
  readonly document: string
  readonly span: readonly [number, number]
}
interface Entry {
  readonly heading: string
  readonly line: string
  readonly position: number
  readonly notes: ReadonlyArray<Note>
}

/**
 * Reads the chronicle back from the report text alone: each entry (a bold line with [^n] refs) under its
 * day heading, and the notes it cites ([^n]: …, document in a code span, 字符 start–end).
 */
const readChronicle = (report: string): Array<Entry> => {
  const lines = report.split("\n")
  const notes = new Map<number, Note>()
  for (const l of lines) {
    const m = /^\[\^(\d+)\]: (`+) ?(.*?) ?\2 .*字符 (\d+)–(\d+)/.exec(l)
    if (m !== null) notes.set(Number(m[1]), { document: m[3]!, span: [Number(m[4]), Number(m[5])] })
  }
  const start = lines.indexOf("## 大事记")
  const end = lines.indexOf("## 人物索引")
  const entries: Array<Entry> = []
  let heading = ""
  for (let i = start + 1; i < end; i++) {
    const l = lines[i]!
    if (l.startsWith("### ")) heading = l.slice(4)
    const m = /^\*\*.*\*\*（[^）]*）((?:\[\^\d+\])+)$/.exec(l)
    if (m === null) continue
    const refs = [...m[1]!.matchAll(/\[\^(\d+)\]/g)].map((r) => Number(r[1]))
    entries.push({
      heading,
      line: l,
      position: i,
      notes: refs.map((n) => {
        const note = notes.get(n)
        if (note === undefined) throw new Error(`entry cites [${n}], which is not in the notes`)
        return note
      })
    })
  }
  return entries
}

describe("the 2020-02 report built from the seeds", () => {
  let report = ""
  let texts = new Map<string, string>()
  beforeAll(async () => {
    const seeds = await parseSeeds()
    texts = seeds.texts
    report = monthlyReport({ month: "2020-02", events: seeds.events, lineOf: lineLookupFromTexts(texts) })
  })

  it("lists every February 2020 event of gold.jsonl exactly once, under its day, in date order", () => {
    const gold = parseGoldFile(readFileSync(join(seedsDir, "gold.jsonl"), "utf8"))
    const mentions = new Map<string, Array<{ doc: string; at: number; start: string }>>()
    for (const g of gold)
      for (const m of g.events) {
        if (!m.start.startsWith("2020-02")) continue
        const text = texts.get(g.doc) ?? ""
        const at = text.indexOf(m.anchor)
        // the gold format promises an anchor that occurs exactly once
        expect(at, `${m.id}: anchor not in ${g.doc}`).toBeGreaterThanOrEqual(0)
        expect(text.indexOf(m.anchor, at + 1), `${m.id}: anchor occurs twice`).toBe(-1)
        mentions.set(m.id, [...(mentions.get(m.id) ?? []), { doc: g.doc, at, start: m.start }])
      }
    expect(mentions.size).toBeGreaterThan(100)

    const entries = readChronicle(report)
    const covers = (e: Entry, a: { doc: string; at: number }) => e.notes.some((n) => n.document === a.doc && n.span[0] <= a.at && a.at < n.span[1])
    const problems: Array<string> = []
    const placed: Array<{ id: string; start: string; position: number }> = []
    for (const [id, anchors] of mentions) {
      const hits = entries.filter((e) => anchors.some((a) => covers(e, a)))
      if (hits.length !== 1) {
        problems.push(`${id}: ${hits.length} entries — ${hits.map((h) => h.line.slice(0, 60)).join(" | ")}`)
        continue
      }
      const entry = hits[0]!
      for (const a of anchors) if (!covers(entry, a)) problems.push(`${id}: the mention at ${a.doc}:${a.at} is not among the entry's sources`)
      const start = anchors[0]!.start
      const day = `${Number(start.slice(5, 7))}月${Number(start.slice(8, 10))}日`
      if (entry.heading !== day) problems.push(`${id}: under ${entry.heading}, gold says ${day}`)
      placed.push({ id, start, position: entry.position })
    }
    // One gold anchor (the 2月13日 renaming) starts seven characters before its date, inside the last
    // sentence of the 2月6日 entry, so the anchor rule also finds that entry; the eval counts it as the one
    // glued miss. Anything beyond that one is a real regression.
    expect(problems.length, problems.join("\n")).toBeLessThanOrEqual(1)
    // date order: walking the report top to bottom, the gold start dates never go back
    const walk = placed.sort((a, b) => a.position - b.position)
    for (let i = 1; i < walk.length; i++) expect(walk[i]!.start >= walk[i - 1]!.start, `${walk[i]!.id} after ${walk[i - 1]!.id}`).toBe(true)
  })

  it("renders: headings, the kind table, the people index and the mermaid chart", () => {
    const md = new MarkdownIt({ html: false })
    const tokens = md.parse(report, {})
    expect(tokens.filter((t) => t.type === "heading_open" && t.tag === "h1")).toHaveLength(1)
    expect(tokens.filter((t) => t.type === "table_open")).toHaveLength(2)
    const fence = tokens.find((t) => t.type === "fence" && t.info === "mermaid")
    expect(fence?.content.startsWith("xychart-beta\n")).toBe(true)
    expect(fence?.content).toMatch(/ {2}bar \[(\d+, ){28}\d+\]\n/)
    const days = tokens.filter((t, i) => t.type === "inline" && tokens[i - 1]?.tag === "h3").map((t) => t.content)
    expect(days[0]).toBe("2月1日")
    expect(days).toContain("2月29日")
  })
})
