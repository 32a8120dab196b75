import { eventsToCsv, eventsToJsonl, eventsToXlsx, monthlyReport, peopleToCsv } from "@dashiji/export"
import { EventQuery } from "@dashiji/store"
import { Hono } from "hono"
import type { Run } from "../runtime.ts"
import { MonthParam, ReportQuery, validate } from "../validation.ts"

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** The month's events (every page), the line lookup for source notes and the documents' metadata (to cite them by title). */
export const monthEvents = (month: string) => EventQuery.monthWithSources(month)

/** format= wins; otherwise the Accept header; Markdown by default. */
const pickFormat = (format: string | undefined, accept: string | undefined) => {
  if (format !== undefined) return format
  if (accept?.includes("text/csv")) return "csv"
  if (accept?.includes("application/x-ndjson") || accept?.includes("application/jsonl")) return "jsonl"
  if (accept?.includes(XLSX_TYPE)) return "xlsx"
  return "markdown"
}

/** A download name: the month and the format's extension (ASCII, so no encoding is needed in the header). */
const attachment = (month: string, ext: string) => ({ "content-disposition": `inline; filename="dashiji-${month}.${ext}"` })

export const reportsRoutes = (run: Run) =>
  new Hono().get("/:month", validate("param", MonthParam), validate("query", ReportQuery), async (c) => {
    const { month } = c.req.valid("param")
    const q = c.req.valid("query")
    const { events, lineOf, sourceOf } = await run(monthEvents(month))
    const bom = q.bom !== undefined
    switch (pickFormat(q.format, c.req.header("accept"))) {
      case "csv":
        return c.body(eventsToCsv(events, { bom }), 200, { "content-type": "text/csv; charset=utf-8", ...attachment(month, "csv") })
      case "people-csv":
        return c.body(peopleToCsv(events, { bom }), 200, { "content-type": "text/csv; charset=utf-8", ...attachment(month, "people.csv") })
      case "jsonl":
        return c.body(eventsToJsonl(events), 200, { "content-type": "application/x-ndjson; charset=utf-8", ...attachment(month, "jsonl") })
      case "xlsx":
        return c.body(new Uint8Array(await eventsToXlsx(events)), 200, { "content-type": XLSX_TYPE, "content-disposition": `attachment; filename="dashiji-${month}.xlsx"` })
      default:
        return c.body(monthlyReport({ month, events, lineOf, sourceOf }), 200, { "content-type": "text/markdown; charset=utf-8", ...attachment(month, "md") })
    }
  })
