import { Event } from "@dashiji/core"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { eventsToJsonl } from "../src/jsonl.ts"
import { sampleEvent } from "./fixtures.ts"

describe("JSONL", () => {
  it("writes one schema-encoded record per line with the spec's field names, in the order given", () => {
    const a = sampleEvent({ title: "含\n换行与\"引号\"" })
    const b = sampleEvent({ id: "ev_bbbbbbbbbbbb", date: { start: "XXXX-12-03", end: null, precision: "day", year: { value: null, source: "none" } } })
    const text = eventsToJsonl([b, a])
    const lines = text.split("\n")
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe("")
    const first = JSON.parse(lines[0]!)
    expect(Object.keys(first)).toEqual(["id", "date", "title", "summary", "text", "kind", "people", "places", "organizations", "reporters", "sources", "merged", "warnings"])
    expect(first.date).toEqual({ start: "XXXX-12-03", end: null, precision: "day", year: { value: null, source: "none" } })
    expect(Schema.decodeUnknownSync(Event)(JSON.parse(lines[1]!))).toEqual(a)
  })
  it("refuses a record the schema rejects instead of writing it", () => {
    const bad = sampleEvent({ date: { start: "2020-02-18", end: "2020-02-01", precision: "day", year: { value: 2020, source: "text" } } })
    expect(() => eventsToJsonl([bad])).toThrow(/end is before/)
  })
  it("writes nothing for no events", () => {
    expect(eventsToJsonl([])).toBe("")
  })
})
