import type { Event } from "@dashiji/core"
import { eventsToCsv, eventsToJsonl, peopleToCsv } from "@dashiji/export"

/** A readable line per event: date, kind, title, lead people. */
export const eventLine = (e: Event): string => {
  const when = e.date.end === null ? e.date.start : `${e.date.start}..${e.date.end}`
  const people = e.people.filter((p) => p.role === "lead" || p.role === "met").map((p) => `${p.titles[0] ?? ""}${p.name}`)
  return `${when.padEnd(22)} ${e.kind.padEnd(15)} ${e.title}${people.length > 0 ? `  — ${people.join("、")}` : ""}  [${e.id}]`
}

export type EventFormat = "text" | "jsonl" | "csv" | "people-csv"

export const formatEvents = (events: ReadonlyArray<Event>, format: EventFormat, opts: { bom: boolean }): string => {
  switch (format) {
    case "jsonl":
      return eventsToJsonl(events)
    case "csv":
      return eventsToCsv(events, opts)
    case "people-csv":
      return peopleToCsv(events, opts)
    case "text":
      return events.map((e) => `${eventLine(e)}\n`).join("")
  }
}
