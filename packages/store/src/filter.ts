import { Schema } from "effect"
import { DateBound, eventIdSource, Kind, Month } from "@dashiji/core"

export { DateBound, Month }

/** Filters of an event query: shared by the CLI, the API (validation + OpenAPI) and the TUI. */
export const EventFilter = Schema.Struct({
  from: Schema.optional(DateBound),
  to: Schema.optional(DateBound),
  month: Schema.optional(Month),
  person: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(40))),
  place: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(60))),
  kind: Schema.optional(Kind),
  org: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(80))),
  q: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200))),
  limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 500))),
  cursor: Schema.optional(Schema.String.pipe(Schema.maxLength(200)))
}).annotations({ identifier: "EventFilter" })
export type EventFilter = typeof EventFilter.Type

export const encodeCursor = (dateStart: string, id: string): string => Buffer.from(`${dateStart}|${id}`, "utf8").toString("base64url")
const cursorPattern = new RegExp(`^([0-9X-]{4,10})\\|(${eventIdSource})$`)
export const decodeCursor = (cursor: string): { dateStart: string; id: string } | null => {
  const s = Buffer.from(cursor, "base64url").toString("utf8")
  const m = cursorPattern.exec(s)
  return m === null ? null : { dateStart: m[1]!, id: m[2]! }
}
