import { type Event, EventDate, EventId, Kind } from "@dashiji/core"
import { Schema } from "effect"

/**
 * What a listing shows of an event (#20): enough for a line of a list, a few hundred bytes instead of
 * the whole record (text, people with titles, every source and merge). Written beside the record when
 * the event is stored, so a listing reads it as it is and never decodes records.
 */
export const EventSummary = Schema.Struct({
  id: EventId,
  date: EventDate,
  title: Schema.String,
  kind: Kind,
  lead: Schema.NullOr(Schema.String).annotations({ description: "the person leading the event (role lead), else the first named; null when nobody is named" }),
  places: Schema.Array(Schema.String).annotations({ description: "the places' names" }),
  sourceCount: Schema.Int.pipe(Schema.positive()).annotations({ description: "how many reports the event was found in" })
}).annotations({ identifier: "EventSummary" })
export type EventSummary = typeof EventSummary.Type

/** Record fields a listing may add to its summaries (`fields=`); `all` gives whole records. */
export const LISTING_FIELDS = ["summary", "text", "people", "places", "organizations", "reporters", "sources", "merged", "warnings"] as const
export type ListingField = (typeof LISTING_FIELDS)[number]

const encodeSummary = Schema.encodeSync(EventSummary)

export const summaryOf = (e: Event): EventSummary => ({
  id: e.id,
  date: e.date,
  title: e.title,
  kind: e.kind,
  lead: (e.people.find((p) => p.role === "lead") ?? e.people[0])?.name ?? null,
  places: e.places.map((p) => p.name),
  sourceCount: e.sources.length
})

/** The summary as stored in events.listing (and sent as it is). */
export const summaryJson = (e: Event): string => JSON.stringify(encodeSummary(summaryOf(e)))
