import { Schema } from "effect"
import { Kind } from "@dashiji/core"

export const Month = Schema.String.pipe(
  Schema.pattern(/^(\d{4}|XXXX)-(0[1-9]|1[0-2])$/),
  Schema.annotations({ description: "YYYY-MM (XXXX-MM for events whose year is unknown)" })
)
export const DateBound = Schema.String.pipe(
  Schema.pattern(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  Schema.annotations({ description: "YYYY, YYYY-MM or YYYY-MM-DD" })
)

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
export const decodeCursor = (cursor: string): { dateStart: string; id: string } | null => {
  const s = Buffer.from(cursor, "base64url").toString("utf8")
  const m = /^([0-9X-]{4,10})\|(ev_[0-9a-f]{12})$/.exec(s)
  return m === null ? null : { dateStart: m[1]!, id: m[2]! }
}
