import type { Event } from "@dashiji/core"

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
}

export const eventColumns = [
  "id", "start", "end", "precision", "year_source", "kind", "title",
  "people", "people_pinyin", "places", "organizations", "reporters", "source_count", "documents"
] as const

/** A person with the first title they hold in the event: 省委书记王明 (a bare name when they have none). */
const personLabel = (p: Event["people"][number]) => `${p.titles[0] ?? ""}${p.name}`

/**
 * One row per event, in the order given; lists joined by 、 (people as 省委书记王明、孔立, and their names in
 * pinyin in the same order: Wáng Míng、Kǒng Lì). CRLF line ends.
 */
export const eventsToCsv = (events: ReadonlyArray<Event>, options: CsvOptions = {}): string =>
  (options.bom ? BOM : "") +
  row(eventColumns) +
  events
    .map((e) =>
      row([
        e.id,
        e.date.start,
        e.date.end,
        e.date.precision,
        e.date.year.source,
        e.kind,
        e.title,
        e.people.map(personLabel).join("、"),
        e.people.map((p) => p.pinyin).join("、"),
        e.places.map((p) => p.name).join("、"),
        e.organizations.join("、"),
        e.reporters.join("、"),
        e.sources.length,
        [...new Set(e.sources.map((s) => s.document))].join("、")
      ])
    )
    .join("")

export const peopleColumns = ["event_id", "date", "name", "pinyin", "titles", "role", "kind", "title"] as const

/** One row per person and event (an edge list for network analysis); titles joined by 、. */
export const peopleToCsv = (events: ReadonlyArray<Event>, options: CsvOptions = {}): string =>
  (options.bom ? BOM : "") +
  row(peopleColumns) +
  events.flatMap((e) => e.people.map((p) => row([e.id, e.date.start, p.name, p.pinyin, p.titles.join("、"), p.role, e.kind, e.title]))).join("")
