import { parse } from "csv-parse/sync"
import type { Event } from "@dashiji/core"
import { describe, expect, it } from "vitest"
import { eventsToCsv, peopleToCsv } from "../src/csv.ts"
import { sampleEvent } from "./fixtures.ts"

describe("CSV", () => {
  const tricky: Event = sampleEvent({
    title: '=SUM(A1) "引号", 逗号\n换行 王国生主持召开会议',
    people: [
      { name: "王国生", titles: ["省委书记"], role: "lead" },
      { name: "孔昌生", titles: [], role: "participant" }
    ],
    organizations: ["+省委组织部", "@某公司", "-某集团"]
  })

  it("round-trips through a real CSV parser: Chinese, quotes, commas and newlines intact", () => {
    const text = eventsToCsv([tricky, sampleEvent({ id: "ev_bbbbbbbbbbbb" })])
    const rows = parse(text, { columns: true, bom: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(2)
    expect(rows[0]!["title"]).toBe(`'${tricky.title}`)
    expect(rows[0]!["people"]).toBe("省委书记王国生、孔昌生")
    expect(rows[0]!["organizations"]).toBe("'+省委组织部、@某公司、-某集团")
    expect(rows[0]!["start"]).toBe(tricky.date.start)
    expect(rows[0]!["source_count"]).toBe(String(tricky.sources.length))
    expect(text.endsWith("\r\n")).toBe(true)
  })
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    const e = sampleEvent({ title: "=cmd|' /C calc'!A0", reporters: ["-2+3", "@SUM(1)"] })
    const rows = parse(eventsToCsv([e]), { columns: true }) as Array<Record<string, string>>
    expect(rows[0]!["title"]!.startsWith("'=")).toBe(true)
    expect(rows[0]!["reporters"]!.startsWith("'-")).toBe(true)
  })
  it("adds a byte-order mark only on request", () => {
    expect(eventsToCsv([tricky], { bom: true }).startsWith("\ufeff")).toBe(true)
    expect(eventsToCsv([tricky]).startsWith("\ufeff")).toBe(false)
  })
  it("writes one row per person and event for network analysis", () => {
    const rows = parse(peopleToCsv([tricky]), { columns: true }) as Array<Record<string, string>>
    expect(rows.map((r) => [r["name"], r["role"], r["titles"]])).toEqual([
      ["王国生", "lead", "省委书记"],
      ["孔昌生", "participant", ""]
    ])
  })
})
