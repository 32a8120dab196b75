import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Event } from "@dashiji/core"
import { parse } from "csv-parse/sync"
import { Schema } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { eventsToCsv, peopleToCsv } from "../src/csv.ts"
import { eventsToJsonl } from "../src/jsonl.ts"
import { lineLookupFromTexts } from "../src/lines.ts"
import { monthlyReport } from "../src/markdown.ts"
import { seedsDir, storeOrder } from "./seed-corpus.ts"

/**
 * Golden files: the exports of a checked-in fixture of event records (test/fixtures/seed-events.jsonl, the
 * seeds as the parser saw them when it was written), so the exports are tested on their own, whatever the
 * parser does later. A missing golden file fails; `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
 * rewrites them after a deliberate change of an export (read the diff).
 */
const fixture = new URL("./fixtures/seed-events.jsonl", import.meta.url).pathname
const loadFixture = (): { events: Array<Event>; texts: Map<string, string> } => {
  const events = readFileSync(fixture, "utf8")
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => Schema.decodeUnknownSync(Event)(JSON.parse(l)))
  const docs = new Set(events.flatMap((e) => [...e.sources.map((s) => s.document), ...e.merged.map((m) => m.document)]))
  return { events: storeOrder(events), texts: new Map([...docs].map((d) => [d, readFileSync(join(seedsDir, d), "utf8")])) }
}
const goldenDir = new URL("./golden/", import.meta.url).pathname
const update = process.env["UPDATE_GOLDEN"] === "1"

const golden = (name: string, actual: string) => {
  const path = join(goldenDir, name)
  if (update) {
    mkdirSync(goldenDir, { recursive: true })
    writeFileSync(path, actual)
  }
  expect(existsSync(path), `${name} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true)
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(path, "utf8"))
}

describe("golden exports of the seeds", () => {
  let events: Array<Event> = []
  let texts = new Map<string, string>()
  beforeAll(() => {
    const seeds = loadFixture()
    events = seeds.events
    texts = seeds.texts
  })

  it("Markdown report for 2020-02", () => {
    golden("report-2020-02.md", monthlyReport({ month: "2020-02", events, lineOf: lineLookupFromTexts(texts) }))
  })
  it("events CSV (every seed event) and people CSV", () => {
    const csv = eventsToCsv(events)
    golden("events.csv", csv)
    expect(parse(csv, { columns: true })).toHaveLength(events.length)
    golden("people.csv", peopleToCsv(events))
  })
  it("JSONL: one encoded record per line that decodes back to the same events", () => {
    const jsonl = eventsToJsonl(events)
    golden("events.jsonl", jsonl)
    const lines = jsonl.split("\n")
    expect(lines.pop()).toBe("")
    expect(lines.map((l) => Schema.decodeUnknownSync(Event)(JSON.parse(l)))).toEqual(events)
  })
  it("the exports are deterministic: the same events in another order give the same bytes", () => {
    const again = loadFixture()
    const a = storeOrder([...again.events].reverse())
    expect(monthlyReport({ month: "2020-02", events: [...a].reverse(), lineOf: lineLookupFromTexts(again.texts) })).toBe(
      monthlyReport({ month: "2020-02", events, lineOf: lineLookupFromTexts(texts) })
    )
    expect(eventsToCsv(a)).toBe(eventsToCsv(events))
    expect(eventsToJsonl(a)).toBe(eventsToJsonl(events))
  })
})
