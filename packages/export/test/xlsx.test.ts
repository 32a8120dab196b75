import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { eventColumns, eventFields, eventValues, peopleColumns } from "../src/csv.ts"
import { eventsToXlsx, tableToXlsx } from "../src/xlsx.ts"
import { sampleEvent } from "./fixtures.ts"

/** Every sheet of a workbook as rows of plain values (empty cells as null). */
const readBack = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const out: Record<string, Array<Array<unknown>>> = {}
  wb.eachSheet((ws) => {
    const rows: Array<Array<unknown>> = []
    const n = ws.getRow(1).cellCount
    ws.eachRow({ includeEmpty: true }, (r) => rows.push(Array.from({ length: n }, (_, i) => r.getCell(i + 1).value ?? null)))
    out[ws.name] = rows
  })
  return out
}

const made = [
  sampleEvent({
    id: "ev_111111111111",
    title: '=HYPERLINK("x") 市长张明远到某区调研, "引号"',
    summary: "3月5日,市长张明远到某区调研。\n第二行",
    people: [
      { name: "张明远", pinyin: "Zhāng Míngyuǎn", titles: ["市长"], role: "lead" },
      { name: "李文清", pinyin: "Lǐ Wénqīng", titles: ["副市长"], role: "participant" },
      { name: "赵海", pinyin: "Zhào Hǎi", titles: [], role: "met" }
    ],
    places: [{ name: "某区", level: "district" }]
  }),
  sampleEvent({ id: "ev_222222222222", date: { start: "2021-07-01", end: "2021-07-03", precision: "day", year: { value: 2021, source: "text" } }, people: [] })
]

describe("xlsx export", () => {
  it("reads back equal to the event values: the CSV's columns, then summary and people by role; Chinese intact; formula-like text stays text", async () => {
    const sheets = await readBack(await eventsToXlsx(made))
    expect(Object.keys(sheets)).toEqual(["events", "people"])
    const [header, ...rows] = sheets["events"]!
    expect(header).toEqual([...eventFields])
    expect(eventFields.slice(0, eventColumns.length)).toEqual([...eventColumns])
    expect(header!.slice(eventColumns.length)).toEqual(["summary", "lead", "participants", "met", "mentioned"])
    expect(rows).toEqual(made.map((e) => eventFields.map((f) => eventValues(e)[f] === "" ? null : eventValues(e)[f])))
    expect(rows[0]![header!.indexOf("lead")]).toBe("市长张明远")
    expect(rows[0]![header!.indexOf("participants")]).toBe("副市长李文清")
    expect(rows[0]![header!.indexOf("title")]).toBe(made[0]!.title)
    expect(typeof rows[0]![header!.indexOf("source_count")]).toBe("number")
  })

  it("has a people sheet with one row per person and event", async () => {
    const sheets = await readBack(await eventsToXlsx(made))
    const [header, ...rows] = sheets["people"]!
    expect(header).toEqual([...peopleColumns])
    expect(rows.map((r) => r[2])).toEqual(["张明远", "李文清", "赵海"])
  })

  it("drops characters XML cannot hold instead of writing a file Excel refuses", async () => {
    const sheets = await readBack(await tableToXlsx([{ name: "t", header: ["a", "b"], rows: [["甲\u0001乙\u000b丙", 3]] }]))
    expect(sheets["t"]).toEqual([["a", "b"], ["甲乙丙", 3]])
  })
})
