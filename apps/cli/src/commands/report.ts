import { dbOption, rosterOption, yearOption } from "../cli/common.ts"
import { UsageError } from "../cli/errors.ts"
import { chooseFormat } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { choice, existingPath, month, outputFile } from "../cli/values.ts"
import { readTexts, requireText } from "../cli/read.ts"

export const reportFormats = ["markdown", "csv", "jsonl", "people-csv", "xlsx"] as const
export type ReportFormat = (typeof reportFormats)[number]

export const reportCommand: CommandSpec = {
  name: "report",
  summary: "a month's chronicle (大事记) as Markdown, CSV, JSON Lines or a workbook",
  args: [{ name: "YYYY-MM", description: "the month, e.g. 2020-02", required: true, check: month, label: "the month" }],
  options: [
    { name: "output", short: "o", value: "FILE", description: "write to FILE (the extension can choose the format: .md .csv .jsonl .xlsx)", check: outputFile },
    { name: "format", value: "FORMAT", description: `${reportFormats.join(" | ")} (default markdown)`, check: choice(reportFormats) },
    { name: "bom", negatable: true, description: "CSV starts with a UTF-8 byte-order mark for Excel (default: yes when writing to a file)" },
    { name: "docs", value: "PATH", description: "parse these files or folders instead of reading the store (repeatable; nothing is stored)", repeatable: true, check: existingPath },
    { ...yearOption, description: "with --docs: default year for dates whose year nothing justifies" },
    { ...rosterOption, description: "with --docs: officeholder roster instead of the bundled one" },
    dbOption
  ],
  examples: [
    ["dashiji report 2020-02", "February 2020's chronicle as Markdown on stdout"],
    ["dashiji report 2020-02 -o 2020-02.xlsx", "the month as a workbook (events and people sheets)"],
    ["dashiji report 2020-02 --docs news/ --format csv", "straight from documents, without a store"]
  ],
  notes: [
    "Markdown: title, summary, events per day (a mermaid chart), the chronicle by day with people, places and",
    "numbered source notes, and a people index. CSV: one row per event (RFC 4180, cells that would run as formulas",
    "neutralised); people-csv: one row per person and event; jsonl: the event records."
  ],
  run: async ({ args, options }) => {
    const format = chooseFormat(options, reportFormats, "markdown")
    const docs = readTexts(options, "docs") ?? []
    if (docs.length === 0 && (options["year"] !== undefined || options["roster"] !== undefined))
      throw new UsageError(`${options["year"] !== undefined ? "--year" : "--roster"} goes with --docs (the store's events are parsed already)`)
    if (docs.length > 0 && options["db"] !== undefined) throw new UsageError("--docs and --db disagree: a report comes from documents or from a store")
    const { monthReport } = await import("../heavy.ts")
    return monthReport(requireText(args, "YYYY-MM"), format, docs, options)
  }
}
