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
import { parseSeeds, storeOrder } from "./seed-corpus.ts"

/**
 * Golden files: the exports of the seeds as the real parser sees them today. The parser improves, so these
 * change with it: regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and read the diff.
 */
const goldenDir = new URL("./golden/", import.meta.url).pathname
const update = process.env["UPDATE_GOLDEN"] === "1"

const golden = (name: string, actual: string) => {
  const path = join(goldenDir, name)
  if (update || !existsSync(path)) {
    mkdirSync(goldenDir, { recursive: true })
    writeFileSync(path, actual)
  }
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(path, "utf8"))
}

describe("golden exports of the seeds", () => {
  let events: Array<Event> = []
  let texts = new Map<string, string>()
  beforeAll(async () => {
    const seeds = await parseSeeds()
    events = storeOrder(seeds.events)
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
  it("the goldens are deterministic: a second parse gives the same bytes", async () => {
    const again = await parseSeeds()
    const a = storeOrder(again.events)
    expect(monthlyReport({ month: "2020-02", events: [...a].reverse(), lineOf: lineLookupFromTexts(again.texts) })).toBe(
      monthlyReport({ month: "2020-02", events, lineOf: lineLookupFromTexts(texts) })
    )
    expect(eventsToCsv(a)).toBe(eventsToCsv(events))
    expect(eventsToJsonl(a)).toBe(eventsToJsonl(events))
  })
})
