import { parse } from "csv-parse/sync"
import type { Event } from "@dashiji/core"
import { describe, expect, it } from "vitest"
import { csvCell, eventColumns, eventsToCsv, peopleColumns, peopleToCsv, restoreCsvCell } from "../src/csv.ts"
import { sampleEvent } from "./fixtures.ts"

const read = (text: string) => parse(text, { columns: true, bom: true }) as Array<Record<string, string>>

describe("events CSV", () => {
  const tricky: Event = sampleEvent({
    id: "ev_aaaaaaaaaaaa",
    title: '=SUM(A1) "引号", 逗号\n换行\r\n王国生主持召开会议',
    people: [
      { name: "王国生", pinyin: "Wáng Guóshēng", titles: ["省委书记", "省人大常委会主任"], role: "lead" },
      { name: "孔昌生", pinyin: "Kǒng Chāngshēng", titles: [], role: "participant" }
    ],
    places: [{ name: "郑州市", level: "city" }, { name: "金水区", level: "district" }],
    organizations: ["+省委组织部", "@某公司", "-某集团"],
    reporters: ["'记者'"]
  })
  const plain = sampleEvent({ id: "ev_bbbbbbbbbbbb", date: { start: "2020-02-07", end: "2020-02-08", precision: "day", year: { value: 2020, source: "published" } } })

  it("has the documented columns and one row per event", () => {
    const text = eventsToCsv([tricky, plain])
    expect(text.split("\r\n")[0]).toBe(eventColumns.join(","))
    expect(read(text)).toHaveLength(2)
  })
  it("round-trips through csv-parse: every field intact (Chinese, quotes, commas, newlines), after undoing neutralisation", () => {
    const rows = read(eventsToCsv([tricky, plain])).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCsvCell(v)])))
    expect(rows[0]).toEqual({
      id: "ev_aaaaaaaaaaaa",
      start: "2020-02-18",
      end: "",
      precision: "day",
      year_source: "header",
      kind: "meeting",
      title: tricky.title,
      people: "省委书记王国生、孔昌生",
      people_pinyin: "Wáng Guóshēng、Kǒng Chāngshēng",
      places: "郑州市、金水区",
      organizations: "+省委组织部、@某公司、-某集团",
      reporters: "'记者'",
      source_count: "2",
      documents: "a.txt、b.txt"
    })
    expect(rows[1]).toMatchObject({ start: "2020-02-07", end: "2020-02-08", year_source: "published", title: plain.title })
  })
  it("neutralises what a spreadsheet would run as a formula, visibly, and only that", () => {
    const rows = read(eventsToCsv([tricky]))
    expect(rows[0]!["title"]).toBe(`'${tricky.title}`)
    expect(rows[0]!["organizations"]).toBe("'+省委组织部、@某公司、-某集团")
    expect(rows[0]!["reporters"]).toBe("''记者'")
    expect(rows[0]!["people"]).toBe("省委书记王国生、孔昌生")
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]) {
      const cell = parse(`${csvCell(s)}\r\n`)[0][0] as string
      expect(cell.startsWith("'"), JSON.stringify(s)).toBe(true)
      expect(restoreCsvCell(cell)).toBe(s)
    }
    for (const s of ["省委", "1+1", "a=b", "ev_x", ""]) expect(csvCell(s)).toBe(s)
  })
  it("follows RFC 4180: CRLF after every record, quotes doubled, fields with separators quoted", () => {
    const text = eventsToCsv([tricky])
    expect(text.endsWith("\r\n")).toBe(true)
    expect(csvCell('a"b')).toBe('"a""b"')
    expect(csvCell("a,b")).toBe('"a,b"')
    expect(csvCell("a\nb")).toBe('"a\nb"')
    expect(csvCell(null)).toBe("")
    expect(csvCell(3)).toBe("3")
    // outside quoted fields every line break is a CRLF record end
    const outside = text.replace(/"(?:[^"]|"")*"/g, "")
    expect(outside.match(/\r\n/g)).toHaveLength(2)
    expect(outside.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
  })
  it("adds a UTF-8 byte-order mark only on request", () => {
    expect(eventsToCsv([tricky], { bom: true }).startsWith("\ufeffid,")).toBe(true)
    expect(eventsToCsv([tricky]).startsWith("id,")).toBe(true)
    expect(peopleToCsv([tricky], { bom: true }).startsWith("\ufeffevent_id,")).toBe(true)
  })
})

describe("people CSV", () => {
  it("writes one row per person and event for network analysis, all titles kept", () => {
    const e = sampleEvent({
      people: [
        { name: "王国生", pinyin: "Wáng Guóshēng", titles: ["省委书记", "省人大常委会主任"], role: "lead" },
        { name: "孔昌生", pinyin: "Kǒng Chāngshēng", titles: [], role: "participant" }
      ]
    })
    const f = sampleEvent({ id: "ev_bbbbbbbbbbbb", kind: "reception", title: "=会见", people: [{ name: "王国生", pinyin: "Wáng Guóshēng", titles: [], role: "met" }] })
    const text = peopleToCsv([e, f])
    expect(text.split("\r\n")[0]).toBe(peopleColumns.join(","))
    expect(read(text).map((r) => [r["event_id"], r["date"], r["name"], r["pinyin"], r["titles"], r["role"], r["kind"], restoreCsvCell(r["title"]!)])).toEqual([
      ["ev_aaaaaaaaaaaa", "2020-02-18", "王国生", "Wáng Guóshēng", "省委书记、省人大常委会主任", "lead", "meeting", e.title],
      ["ev_aaaaaaaaaaaa", "2020-02-18", "孔昌生", "Kǒng Chāngshēng", "", "participant", "meeting", e.title],
      ["ev_bbbbbbbbbbbb", "2020-02-18", "王国生", "Wáng Guóshēng", "", "met", "reception", "=会见"]
    ])
  })
})
