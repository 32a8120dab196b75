import { Event, Kind, PlaceLevel } from "@dashiji/core"
import { EventSummary } from "@dashiji/store"
import { Schema } from "effect"

/**
 * The bodies the API answers with, as Effect Schemas: the OpenAPI document's response schemas are made
 * from these, and the contract test checks live answers against that document.
 */

export const ErrorBody = Schema.Struct({
  error: Schema.String.annotations({ description: "a stable code: bad_request, not_found, unauthorized, forbidden_origin, …" }),
  message: Schema.String.annotations({ description: "one readable line" })
}).annotations({ identifier: "Error", description: "every error: a code and one readable line, never a stack trace" })

export const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  events: Schema.Int.pipe(Schema.nonNegative())
}).annotations({ identifier: "Health" })

export const EventPage = Schema.Struct({
  items: Schema.Array(Schema.Union(EventSummary, Event)).annotations({
    description: "each event's summary; with fields= the summary and those record fields; with fields=all the whole record"
  }),
  nextCursor: Schema.NullOr(Schema.String).annotations({ description: "pass as ?cursor= for the next page; null on the last" })
}).annotations({ identifier: "EventPage" })

export const PersonCount = Schema.Struct({
  name: Schema.String,
  pinyin: Schema.String,
  count: Schema.Int.pipe(Schema.nonNegative()),
  titles: Schema.Array(Schema.String)
}).annotations({ identifier: "PersonCount" })

export const PeopleList = Schema.Struct({ items: Schema.Array(PersonCount) }).annotations({ identifier: "PeopleList" })

export const PersonTimeline = Schema.Struct({
  name: Schema.String,
  pinyin: Schema.String,
  titles: Schema.Array(Schema.String),
  count: Schema.Int.pipe(Schema.nonNegative()),
  events: Schema.Array(Event)
}).annotations({ identifier: "PersonTimeline" })

export const PlaceCount = Schema.Struct({ name: Schema.String, level: Schema.Union(PlaceLevel, Schema.String), count: Schema.Int.pipe(Schema.nonNegative()) }).annotations({
  identifier: "PlaceCount"
})
export const PlacesList = Schema.Struct({ items: Schema.Array(PlaceCount) }).annotations({ identifier: "PlacesList" })

export const MonthCount = Schema.Struct({ month: Schema.String, count: Schema.Int.pipe(Schema.nonNegative()) }).annotations({ identifier: "MonthCount" })
export const MonthsList = Schema.Struct({ items: Schema.Array(MonthCount) }).annotations({ identifier: "MonthsList" })

export const IngestResult = Schema.Struct({
  name: Schema.String,
  status: Schema.Literal("ingested", "skipped", "updated").annotations({ description: "updated: the same bytes were stored; their metadata changed (a new publication date re-dates their events)" }),
  mentions: Schema.Int.pipe(Schema.nonNegative()),
  created: Schema.Array(Schema.String).annotations({ description: "ids of events that did not exist before" }),
  merged: Schema.Array(Schema.String).annotations({ description: "ids of stored events this document's mentions were merged into" }),
  updated: Schema.optional(Schema.Array(Schema.String).annotations({ description: "with status updated: ids of stored events rebuilt with the new publication date" }))
}).annotations({ identifier: "IngestResult" })

export { Event, Kind }
