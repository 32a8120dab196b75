import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { corpusStore, dashiji, dashijiToFile, tempDir } from "./helpers.ts"

let db: string
let docs: string
let out: string
beforeAll(() => {
  ;({ db, docs } = corpusStore())
  out = tempDir()
})

type Row = Record<string, unknown>
const jsonl = (text: string): Array<Row> =>
  text
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Row)
/** A JSON value as a CSV or spreadsheet cell shows it: lists joined by 、, null empty. */
const cell = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join("、") : String(v))
/** CSV rows as objects, with the apostrophe that neutralises formulas taken off again. */
const csvRows = (text: string): Array<Record<string, string>> =>
  (parse(text, { columns: true, bom: true }) as Array<Record<string, string>>).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.startsWith("'") && /^'[=+\-@\t\r']/.test(v) ? v.slice(1) : v]))
  )
const xlsxRows = async (file: string, sheet?: string): Promise<Array<Row>> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = sheet === undefined ? wb.worksheets[0]! : wb.getWorksheet(sheet)!
  const header = (ws.getRow(1).values as Array<unknown>).slice(1).map(String)
  const rows: Array<Row> = []
  ws.eachRow((r, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, r.getCell(i + 1).value ?? null])))
  })
  return rows
}

const listings: ReadonlyArray<readonly [string, Array<string>, string]> = [
  ["events", ["events", "--all"], "id,date,start,end,kind,title,people,places,lead,participants,met,source_count,documents,summary"],
  ["people", ["people"], "name,pinyin,events,titles"],
  ["places", ["places"], "name,level,events"],
  ["months", ["months"], "month,label,events"],
  ["documents", ["documents"], "name,format,encoding,size,mentions,events,content_hash"]
]

describe("every listing in every format", () => {
  it.each(listings)("%s: CSV and .xlsx read back equal to the JSON Lines of the same fields", async (name, args, fields) => {
    const base = [...args, "--db", db, "--fields", fields]
    const lines = jsonl(dashiji([...base, "--json"]).stdout)
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) expect(Object.keys(l)).toEqual(fields.split(","))
    // CSV on stdout (a pipe: no BOM), then to a file
    const csv = dashiji([...base, "--format", "csv"])
    expect(csv.status).toBe(0)
    expect(csv.stdout.startsWith("\ufeff")).toBe(false)
    expect(csvRows(csv.stdout)).toEqual(lines.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, cell(v)]))))
    // .xlsx: numbers stay numbers, lists are joined, empty text is an empty cell
    const file = join(out, `${name}.xlsx`)
    const written = dashiji([...base, "-o", file])
    expect(written.status).toBe(0)
    expect(written.stdout).toBe("")
    expect(written.stderr).toMatch(new RegExp(`^wrote .*${name}\\.xlsx \\(\\d+ \\w+\\)\\n$`))
    const back = await xlsxRows(file)
    expect(back).toEqual(lines.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, typeof v === "number" ? v : cell(v) === "" ? null : cell(v)]))))
  })

  it.each(listings)("%s: aligned text with a header; no escape codes in a pipe", (_, args) => {
    const r = dashiji([...args, "--db", db])
    expect(r.status).toBe(0)
    const lines = r.stdout.trimEnd().split("\n")
    expect(lines.length).toBeGreaterThan(1)
    expect(r.stdout).not.toMatch(/\u001b\[/)
    expect(lines[0]).toMatch(/^[a-z_]+( {2,}[a-z_]+)+$/)
  })

  it("text columns line up by display width (a CJK character is two columns)", () => {
    const r = dashiji(["people", "--db", db, "--fields", "name,events,pinyin"])
    const lines = r.stdout.trimEnd().split("\n")
    const col = (line: string) => {
      // display width up to the start of the pinyin column
      const m = /^(.*?\S)\s+\d+\s+/.exec(line)!
      let w = 0
      for (const ch of m[0]) w += /[\u3400-\u9fff]/.test(ch) ? 2 : 1
      return w
    }
    const starts = new Set(lines.slice(1).map(col))
    expect(starts.size).toBe(1)
  })

  it("events --json without --fields prints the full records, which the CSV and the workbook agree with", async () => {
    const records = jsonl(dashiji(["events", "--all", "--db", db, "--json"]).stdout) as Array<{ id: string; title: string; date: { start: string }; people: Array<{ name: string; role: string; titles: Array<string> }> }>
    expect(records.length).toBeGreaterThan(3)
    for (const e of records) expect(Object.keys(e)).toEqual(["id", "date", "title", "summary", "text", "kind", "people", "places", "organizations", "reporters", "sources", "merged", "warnings"])
    const csv = csvRows(dashiji(["events", "--all", "--db", db, "--format", "csv"]).stdout)
    expect(csv.map((r) => [r["id"], r["title"], r["start"]])).toEqual(records.map((e) => [e.id, e.title, e.date.start]))
    const file = join(out, "events-full.xlsx")
    expect(dashiji(["events", "--all", "--db", db, "-o", file]).status).toBe(0)
    const sheet = await xlsxRows(file, "events")
    expect(sheet.map((r) => [r["id"], r["title"]])).toEqual(records.map((e) => [e.id, e.title]))
    // the workbook adds the summary and the people by role, Chinese intact
    const lead = (e: (typeof records)[number]) => e.people.filter((p) => p.role === "lead").map((p) => `${p.titles[0] ?? ""}${p.name}`).join("、")
    expect(sheet.map((r) => r["lead"] ?? "")).toEqual(records.map(lead))
    expect(sheet.some((r) => String(r["lead"] ?? "").includes("赵海平"))).toBe(true)
    const people = await xlsxRows(file, "people")
    expect(people.length).toBe(records.reduce((n, e) => n + e.people.length, 0))
  })
})

describe("CSV byte-order mark", () => {
  it("written to a file with -o: a BOM for Excel; --no-bom drops it", () => {
    const a = join(out, "a.csv")
    const b = join(out, "b.csv")
    dashiji(["months", "--db", db, "-o", a])
    dashiji(["months", "--db", db, "-o", b, "--no-bom"])
    expect(readFileSync(a, "utf8").startsWith("\ufeffmonth,label,events\r\n")).toBe(true)
    expect(readFileSync(b, "utf8").startsWith("month,label,events\r\n")).toBe(true)
  })

  it("stdout redirected to a file: a BOM too; a pipe: none unless --bom", () => {
    const r = dashijiToFile(["months", "--db", db, "--format", "csv"], join(out, "redirected.csv"))
    expect(r.status).toBe(0)
    expect(r.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(dashiji(["months", "--db", db, "--format", "csv"]).stdout.startsWith("month")).toBe(true)
    expect(dashiji(["months", "--db", db, "--format", "csv", "--bom"]).stdout.startsWith("\ufeffmonth")).toBe(true)
  })

  it("the format follows the -o file's extension", () => {
    const file = join(out, "people.jsonl")
    dashiji(["people", "--db", db, "-o", file])
    expect(jsonl(readFileSync(file, "utf8"))[0]).toHaveProperty("pinyin")
  })
})

describe("show", () => {
  it("an event by the start of its id: title, people with roles, and each source with the text around it", () => {
    const records = jsonl(dashiji(["events", "--all", "--db", db, "--json"]).stdout) as Array<{ id: string; title: string; sources: Array<{ document: string }> }>
    const merged = records.find((e) => e.sources.length > 1) ?? records[0]!
    const r = dashiji(["show", merged.id.slice(0, 8), "--db", db, "--docs", docs, "--context", "10"])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout.split("\n")[0]).toBe(merged.title)
    expect(r.stdout).toContain(merged.id)
    expect(r.stdout).toMatch(/^sources \(\d+\)$/m)
    expect(r.stdout).toMatch(/【.+】/)
    for (const s of merged.sources) expect(r.stdout).toContain(s.document)
  })

  it("--json prints the record; too short a start of an id is refused", () => {
    const records = jsonl(dashiji(["events", "--all", "--db", db, "--json"]).stdout) as Array<{ id: string }>
    const one = jsonl(dashiji(["show", records[0]!.id, "--db", db, "--json"]).stdout)
    expect(one).toEqual([records[0]])
    const r = dashiji(["show", "ev_", "--db", db])
    expect(r.status).toBe(2)
  })
})
