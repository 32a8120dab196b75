import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { CoreLive, parseCorpus, parseGoldFile } from "@dashiji/core"
import { Effect } from "effect"
import MarkdownIt from "markdown-it"
import { describe, expect, it } from "vitest"
import { escapeMarkdown } from "../src/escape.ts"
import { chineseDay } from "../src/dates.ts"
import { monthlyReport } from "../src/markdown.ts"

const seeds = new URL("../../../seeds/", import.meta.url).pathname

describe("the 2020-02 report built from the seeds", () => {
  it("lists every February event of the gold file exactly once, in date order, and renders", async () => {
    const files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()
    const texts = new Map(files.map((f) => [f, readFileSync(join(seeds, f), "utf8")]))
    const corpus = await Effect.runPromise(parseCorpus(files.map((f) => ({ name: f, bytes: readFileSync(join(seeds, f)) }))).pipe(Effect.provide(CoreLive)))
    const report = monthlyReport({ month: "2020-02", events: corpus.events })
    const gold = parseGoldFile(readFileSync(join(seeds, "gold.jsonl"), "utf8"))
    const febIds = new Map<string, Array<{ doc: string; at: number }>>()
    for (const g of gold)
      for (const m of g.events)
        if (m.start.startsWith("2020-02")) {
          const list = febIds.get(m.id) ?? []
          list.push({ doc: g.doc, at: texts.get(g.doc)!.indexOf(m.anchor) })
          febIds.set(m.id, list)
        }
    const entries = report.split("\n").filter((l) => l.startsWith("**"))
    const missing: Array<string> = []
    let lastPos = -1
    const positions: Array<[string, number]> = []
    for (const [id, anchors] of febIds) {
      const events = corpus.events.filter((e) => e.sources.some((s) => anchors.some((a) => a.doc === s.document && s.span[0] <= a.at && a.at < s.span[1])))
      if (events.length !== 1) {
        missing.push(`${id}: ${events.length} events`)
        continue
      }
      const e = events[0]!
      const lines = entries.filter((l) => l.startsWith(`**${escapeMarkdown(chineseDay(e))} ${escapeMarkdown(e.title)}**`))
      if (lines.length === 0) missing.push(`${id}: not in the report`)
      positions.push([e.date.start, report.indexOf(lines[0] ?? "\u0000")])
    }
    // at most the one gold mention the segmenter glues to its neighbour (see README, known limits)
    expect(missing.length).toBeLessThanOrEqual(1)
    // same-day entries may come in any order among themselves
    for (const [, pos] of positions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))) {
      expect(pos).toBeGreaterThanOrEqual(lastPos)
      lastPos = pos
    }
    const html = new MarkdownIt({ html: false }).render(report)
    expect(html).toContain("<table>")
    expect(html).toContain("language-mermaid")
  })
})
