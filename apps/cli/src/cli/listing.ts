import { fstatSync, writeFileSync } from "node:fs"
import { extname } from "node:path"
import { UsageError } from "./errors.ts"
import type { OptionSpec } from "./spec.ts"
import { padEnd, padStart, styleFor, terminalColumns, truncate, width } from "./style.ts"
import { choice, fieldList, outputFile } from "./values.ts"
import { readFlag, readText, readTexts } from "./read.ts"

/**
 * Listings (events, people, places, months, documents, one event) share their output: an aligned text
 * table for reading, JSON Lines, CSV and .xlsx for programs and spreadsheets, the same columns in each.
 */

export type Cell = string | number | null | ReadonlyArray<string>

export interface Column<R> {
  readonly name: string
  readonly get: (row: R) => Cell
  /** Numbers line up on the right in text. */
  readonly numeric?: boolean
  /** In text on a terminal, this column gives up width first (titles). */
  readonly flex?: boolean
}

export interface Listing<R> {
  readonly columns: ReadonlyArray<Column<R>>
  /** Columns of the text table when --fields is not given. */
  readonly text: ReadonlyArray<string>
  /** Columns of CSV, .xlsx and JSON Lines when --fields is not given. */
  readonly table: ReadonlyArray<string>
  /** JSON Lines without --fields: the full record (events), instead of the table's columns. */
  readonly record?: (row: R) => unknown
  /** .xlsx without --fields, when the listing has a workbook of its own (events: two sheets). */
  readonly workbook?: (rows: ReadonlyArray<R>) => Promise<Uint8Array>
  readonly sheet: string
}

export type TableFormat = "text" | "jsonl" | "csv" | "xlsx"
export const tableFormats: ReadonlyArray<TableFormat> = ["text", "jsonl", "csv", "xlsx"]

/** The output options every listing takes; `extra` formats are the command's own (people-csv). */
export const outputOptions = (fields: ReadonlyArray<string>, extra: ReadonlyArray<string> = []): Array<OptionSpec> => [
  { name: "json", description: "JSON Lines, one object per line (same as --format jsonl)" },
  { name: "format", value: "FORMAT", description: `${[...tableFormats, ...extra].join(" | ")} (default text, or from the -o file's extension)`, check: choice([...tableFormats, ...extra]) },
  { name: "fields", value: "A,B,…", description: `columns to print: ${fields.join(",")}`, check: fieldList(fields) },
  { name: "output", short: "o", value: "FILE", description: "write to FILE instead of stdout", check: outputFile },
  { name: "bom", negatable: true, description: "CSV starts with a UTF-8 byte-order mark for Excel (default: yes when writing to a file)" }
]

const byExtension: Record<string, string> = { ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".xlsx": "xlsx", ".txt": "text", ".md": "markdown" }

/** --json, --format and -o FILE's extension → one format, or a usage error when they disagree. */
export const chooseFormat = <F extends string>(o: Record<string, unknown>, allowed: ReadonlyArray<F>, fallback: F): F => {
  const explicit = readText(o, "format")
  const json = readFlag(o, "json") === true
  if (json && explicit !== undefined && explicit !== "jsonl") throw new UsageError(`--json and --format ${explicit} disagree: give one of them`)
  const output = readText(o, "output")
  const fromFile = allowed.find((f) => output !== undefined && f === byExtension[extname(output).toLowerCase()])
  const wanted = json ? "jsonl" : (explicit ?? fromFile ?? fallback)
  const format = allowed.find((f) => f === wanted)
  if (format === undefined) throw new UsageError(`--format expects one of ${allowed.join(", ")} (got ${JSON.stringify(wanted)})`)
  if (format === "xlsx" && output === undefined && process.stdout.isTTY === true)
    throw new UsageError("--format xlsx writes a binary workbook: give -o FILE.xlsx or redirect stdout to a file")
  return format
}

/** Is stdout a regular file (`> out.csv`)? Then it is written for a spreadsheet, like -o. */
const stdoutIsFile = (): boolean => {
  try {
    return fstatSync(1).isFile()
  } catch {
    return false
  }
}

/** A BOM for CSV written to a file (Excel reads UTF-8 only with one), unless --no-bom; --bom forces it. */
export const wantBom = (o: Record<string, unknown>): boolean => {
  const bom = readFlag(o, "bom")
  if (bom !== undefined) return bom
  return o["output"] !== undefined || stdoutIsFile()
}

/** Writes text or bytes to -o FILE (saying so on stderr) or to stdout. */
export const emit = (content: string | Uint8Array, o: Record<string, unknown>, what?: string): void => {
  const output = readText(o, "output")
  if (output === undefined) {
    process.stdout.write(content)
    return
  }
  writeFileSync(output, content)
  process.stderr.write(`wrote ${output}${what === undefined ? "" : ` (${what})`}\n`)
}

const joined = (c: Cell): string | number | null => (Array.isArray(c) ? c.join("、") : (c as string | number | null))
const asText = (c: Cell): string => {
  const v = joined(c)
  return v === null ? "" : String(v)
}

/** An aligned table: CJK characters count two columns; on a terminal, flexible columns shrink to fit. */
export const textTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, numeric: ReadonlyArray<boolean>, flex: ReadonlyArray<boolean>): string => {
  const style = styleFor(process.stdout)
  // tabs and line breaks inside a cell would break the alignment
  const cells = rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, " ")))
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i]!))))
  const columns = terminalColumns()
  if (columns !== undefined) {
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1)
    let excess = total - columns
    for (let i = 0; i < widths.length && excess > 0; i++) {
      if (!flex[i]) continue
      const cut = Math.min(excess, widths[i]! - 12)
      if (cut > 0) {
        widths[i] = widths[i]! - cut
        excess -= cut
      }
    }
  }
  const line = (r: ReadonlyArray<string>, head: boolean) =>
    r
      .map((c, i) => {
        const last = i === r.length - 1
        const t = truncate(c, widths[i]!)
        const cell = numeric[i] && !head ? padStart(t, widths[i]!) : last ? t : padEnd(t, widths[i]!)
        return head ? style.bold(cell) : cell
      })
      .join("  ")
      .trimEnd()
  return [line(header, true), ...cells.map((r) => line(r, false))].map((l) => `${l}\n`).join("")
}

/**
 * Renders rows in the chosen format. CSV cells are neutralised against formulas (csvCell) and lists are
 * joined by 、 in text, CSV and .xlsx; JSON Lines keeps lists as arrays.
 */
export const renderListing = async <R>(listing: Listing<R>, rows: ReadonlyArray<R>, format: TableFormat, o: Record<string, unknown>): Promise<string | Uint8Array> => {
  const fields = readTexts(o, "fields")
  const names = fields ?? (format === "text" ? listing.text : listing.table)
  const columns = names.map((n) => listing.columns.find((c) => c.name === n)!)
  switch (format) {
    case "text":
      return textTable(
        names,
        rows.map((r) => columns.map((c) => asText(c.get(r)))),
        columns.map((c) => c.numeric === true),
        columns.map((c) => c.flex === true)
      )
    case "jsonl":
      if (fields === undefined && listing.record !== undefined) return rows.map((r) => `${JSON.stringify(listing.record!(r))}\n`).join("")
      return rows.map((r) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, c.get(r)])))}\n`).join("")
    case "csv": {
      const { tableToCsv } = await import("@dashiji/export")
      return tableToCsv(
        names,
        rows.map((r) => columns.map((c) => joined(c.get(r)))),
        { bom: wantBom(o) }
      )
    }
    case "xlsx": {
      if (fields === undefined && listing.workbook !== undefined) return listing.workbook(rows)
      const { tableToXlsx } = await import("@dashiji/export")
      return tableToXlsx([{ name: listing.sheet, header: names, rows: rows.map((r) => columns.map((c) => joined(c.get(r)))) }])
    }
  }
}
