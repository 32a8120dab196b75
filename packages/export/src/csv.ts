import type { Event } from "@dashiji/core"
import { citePlain, type SourceOf } from "./cite.ts"

// A spreadsheet runs a cell that starts with = + - @ (or tab / CR, which some strip first) as a formula.
// Such cells get a leading apostrophe; a cell that already starts with one gets another, so that
// `restoreCsvCell` can undo exactly what `csvCell` did.
const formulaStart = /^[=+\-@\t\r']/

/** RFC 4180 field: neutralised against formulas, quoted when it holds a quote, comma or line break. */
export const csvCell = (value: string | number | null): string => {
  let s = value === null ? "" : String(value)
  if (formulaStart.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The original value of a parsed cell written by `csvCell` (removes the neutralising apostrophe). */
export const restoreCsvCell = (cell: string): string => (cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell)

const row = (cells: ReadonlyArray<string | number | null>) => `${cells.map(csvCell).join(",")}\r\n`
const BOM = "\ufeff"

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8. */
  readonly bom?: boolean
  /**
   * Documents' metadata: when given, a last column `sources` cites each document of the event by title,
   * publisher, date and URL (the file name when nothing is known), joined by ；.
   */
  readonly sourceOf?: SourceOf
}

/** A header and rows as RFC 4180 CSV with CRLF line ends, every cell neutralised against formulas. */
export const tableToCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number | null>>, options: CsvOptions = {}): string =>
  (options.bom ? BOM : "") + row(header) + rows.map(row).join("")

export const eventColumns = [
  "id", "start", "end", "precision", "year_source", "kind", "title",
  "people", "people_pinyin", "places", "organizations", "reporters", "source_count", "documents"
] as const

/**
 * Every column an event table can have: the CSV's, then the summary and the people by role (lead,
 * participants, met, mentioned), which the spreadsheet export adds.
 */
export const eventFields = [...eventColumns, "summary", "lead", "participants", "met", "mentioned"] as const
export type EventField = (typeof eventFields)[number]

/** A person with the first title they hold in the event: 省委书记王明 (a bare name when they have none). */
const personLabel = (p: Event["people"][number]) => `${p.titles[0] ?? ""}${p.name}`
const withRole = (e: Event, role: Event["people"][number]["role"]) =>
  e.people
    .filter((p) => p.role === role)
    .map(personLabel)
    .join("、")

/**
 * One event as table cells; lists joined by 、 (people as 省委书记王明、孔立, and their names in pinyin in
 * the same order: Wáng Míng、Kǒng Lì).
 */
export const eventValues = (e: Event): Record<EventField, string | number | null> => ({
  id: e.id,
  start: e.date.start,
  end: e.date.end,
  precision: e.date.precision,
  year_source: e.date.year.source,
  kind: e.kind,
  title: e.title,
  people: e.people.map(personLabel).join("、"),
  people_pinyin: e.people.map((p) => p.pinyin).join("、"),
  places: e.places.map((p) => p.name).join("、"),
  organizations: e.organizations.join("、"),
  reporters: e.reporters.join("、"),
  source_count: e.sources.length,
  documents: [...new Set(e.sources.map((s) => s.document))].join("、"),
  summary: e.summary,
  lead: withRole(e, "lead"),
  participants: withRole(e, "participant"),
  met: withRole(e, "met"),
  mentioned: withRole(e, "mentioned")
})

/** One row per event, in the order given, with the columns of `eventColumns`. CRLF line ends. */
export const eventsToCsv = (events: ReadonlyArray<Event>, options: CsvOptions = {}): string => {
  const sourceOf = options.sourceOf
  const cite = (e: Event) => [...new Set(e.sources.map((s) => s.document))].map((d) => citePlain(d, sourceOf?.(d))).join("；")
  return tableToCsv(
    sourceOf === undefined ? eventColumns : [...eventColumns, "sources"],
    events.map((e) => {
      const v = eventValues(e)
      const cells = eventColumns.map((c) => v[c])
      return sourceOf === undefined ? cells : [...cells, cite(e)]
    }),
    options
  )
}

export const peopleColumns = ["event_id", "date", "name", "pinyin", "titles", "role", "kind", "title"] as const

/** One row per person and event (an edge list for network analysis); titles joined by 、. */
export const peopleToCsv = (events: ReadonlyArray<Event>, options: CsvOptions = {}): string => tableToCsv(peopleColumns, peopleRows(events), options)

/** The rows of the people table: one per person and event. */
export const peopleRows = (events: ReadonlyArray<Event>): Array<Array<string>> =>
  events.flatMap((e) => e.people.map((p) => [e.id, e.date.start, p.name, p.pinyin, p.titles.join("、"), p.role, e.kind, e.title]))
