import { dbOption } from "../cli/common.ts"
import { UsageError } from "../cli/errors.ts"
import { EVENT_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { choice, dateBound, integer, KINDS, month, text } from "../cli/values.ts"
import { readText } from "../cli/read.ts"

export const eventsCommand: CommandSpec = {
  name: "events",
  summary: "list stored events by date, with filters and Chinese full-text search",
  args: [],
  options: [
    { name: "month", value: "YYYY-MM", description: "events of one month", check: month },
    { name: "from", value: "DATE", description: "events from this day on (YYYY, YYYY-MM or YYYY-MM-DD)", check: dateBound },
    { name: "to", value: "DATE", description: "events up to this day (YYYY, YYYY-MM or YYYY-MM-DD)", check: dateBound },
    { name: "person", value: "NAME", description: "events naming this person", check: text(40) },
    { name: "place", value: "NAME", description: "events at this place (or a place whose name starts with it)", check: text(60) },
    { name: "kind", value: "KIND", description: `one of ${KINDS.join(", ")}`, check: choice(KINDS) },
    { name: "org", value: "NAME", description: "events naming this organisation", check: text(80) },
    { name: "query", short: "q", value: "TEXT", description: "Chinese full-text search (one or two characters work too)", check: text(200) },
    { name: "limit", value: "N", description: "events per page, 1 to 500 (default 50)", check: integer(1, 500) },
    { name: "cursor", value: "CURSOR", description: "the page after this cursor (printed on stderr when there is more)" },
    { name: "all", description: "every page, not only the first" },
    ...outputOptions(EVENT_FIELDS, ["people-csv"]),
    dbOption
  ],
  examples: [
    ["dashiji events --month 2020-02", "February 2020, one line per event"],
    ["dashiji events --person 张明 --kind inspection --all", "every inspection naming a person"],
    ["dashiji events -q 复工复产 --from 2020-02-10 --to 2020-03-31", "a full-text search within dates"],
    ["dashiji events --all -o events.xlsx", "everything as a workbook (events and people sheets)"],
    ["dashiji events --month 2020-02 --format csv --fields date,title,lead", "chosen columns as CSV"]
  ],
  notes: [
    "Formats: text (aligned for reading), jsonl (without --fields, the full event records), csv (RFC 4180; with a",
    "UTF-8 BOM when written to a file, --no-bom to drop it), xlsx (needs -o FILE or a redirect), people-csv (one",
    "row per person and event)."
  ],
  run: async ({ options: o }) => {
    const format = chooseFormat(o, [...tableFormats, "people-csv"], "text")
    if (format === "people-csv" && o["fields"] !== undefined) throw new UsageError("--fields does not apply to --format people-csv (its columns are fixed)")
    if (o["month"] !== undefined && (o["from"] !== undefined || o["to"] !== undefined)) throw new UsageError("--month and --from/--to overlap: give one or the other")
    const from = readText(o, "from")
    const to = readText(o, "to")
    if (from !== undefined && to !== undefined && from.slice(0, to.length) > to) throw new UsageError(`--from ${from} is after --to ${to}`)
    const { listEvents } = await import("../heavy.ts")
    await listEvents(o, format)
  }
}
