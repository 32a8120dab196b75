import type { Event } from "@dashiji/core"

/** RFC 4180: quote when needed, double inner quotes; cells that a spreadsheet would run as a formula get a leading '. */
export const csvCell = (value: string | number | null): string => {
  let s = value === null ? "" : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const row = (cells: ReadonlyArray<string | number | null>) => `${cells.map(csvCell).join(",")}\r\n`
const BOM = "\ufeff"

export const eventColumns = [
  "id", "start", "end", "precision", "year_source", "kind", "title",
  "people", "places", "organizations", "reporters", "source_count", "documents"
] as const

/** One row per event; people as 省委书记王明、孔立. */
export const eventsToCsv = (events: ReadonlyArray<Event>, options: { bom?: boolean } = {}): string =>
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
        e.people.map((p) => `${p.titles[0] ?? ""}${p.name}`).join("、"),
        e.places.map((p) => p.name).join("、"),
        e.organizations.join("、"),
        e.reporters.join("、"),
        e.sources.length,
        [...new Set(e.sources.map((s) => s.document))].join("、")
      ])
    )
    .join("")

export const peopleColumns = ["event_id", "start", "name", "titles", "role", "kind", "title"] as const

/** One row per person and event, for network analysis. */
export const peopleToCsv = (events: ReadonlyArray<Event>, options: { bom?: boolean } = {}): string =>
  (options.bom ? BOM : "") +
  row(peopleColumns) +
  events.flatMap((e) => e.people.map((p) => row([e.id, e.date.start, p.name, p.titles.join("、"), p.role, e.kind, e.title]))).join("")
