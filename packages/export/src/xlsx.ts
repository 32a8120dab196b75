import type { Event } from "@dashiji/core"
import { eventFields, eventValues, peopleColumns, peopleRows } from "./csv.ts"

/** One worksheet: a header row and rows of cells (null leaves a cell empty). */
export interface Sheet {
  readonly name: string
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>
}

/** Excel's limit for the text of one cell. */
const MAX_CELL = 32767
// characters XML 1.0 cannot hold: a cell with one would make the file unreadable
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Empty text is an empty cell, as a spreadsheet user expects. */
const cellValue = (v: string | number | null): string | number | null => {
  if (typeof v !== "string") return v
  const s = v.replace(notXml, "").slice(0, MAX_CELL)
  return s.length === 0 ? null : s
}

/** Columns a cell's text takes (CJK characters two), for column widths. */
const textWidth = (v: string | number | null): number => {
  const s = v === null ? "" : String(v)
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1
  return w
}

/**
 * Sheets → an .xlsx file (Office Open XML), with exceljs. Text cells are text, never formulas, so nothing
 * needs neutralising as in CSV; numbers stay numbers. The header row is bold, frozen and filterable.
 * Loaded on first use: the library is large and only this export needs it.
 */
export const tableToXlsx = async (sheets: ReadonlyArray<Sheet>): Promise<Uint8Array> => {
  const mod = (await import("exceljs")) as unknown as { default?: typeof import("exceljs") } & typeof import("exceljs")
  const ExcelJS = mod.default ?? mod
  const wb = new ExcelJS.Workbook()
  wb.creator = "dashiji"
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] })
    ws.addRow([...s.header]).font = { bold: true }
    for (const r of s.rows) ws.addRow(r.map(cellValue))
    if (s.header.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.header.length } }
    s.header.forEach((h, i) => {
      let w = textWidth(h)
      for (const r of s.rows) w = Math.max(w, textWidth(r[i] ?? null))
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2))
    })
  }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** The sheets of an events workbook: `events` (every column of `eventFields`) and `people` (as people CSV). */
export const eventSheets = (events: ReadonlyArray<Event>): Array<Sheet> => [
  {
    name: "events",
    header: eventFields,
    rows: events.map((e) => {
      const v = eventValues(e)
      return eventFields.map((f) => v[f])
    })
  },
  { name: "people", header: peopleColumns, rows: peopleRows(events) }
]

/** Events as an .xlsx workbook: the CSV's columns plus summary and people by role, and a people sheet. */
export const eventsToXlsx = (events: ReadonlyArray<Event>): Promise<Uint8Array> => tableToXlsx(eventSheets(events))
