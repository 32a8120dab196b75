import { Option, Schema } from "effect"
import { DocumentFormat, Event, type EventDate, Span } from "./schema/event.ts"

/**
 * One event mention as the extractors leave it, before deduplication: the record's own fields (taken from
 * the Event schema, not repeated) plus where the mention is. The store keeps it as JSON and decodes it with
 * this schema when it reads it back. `span` points into the raw decoded document text.
 */
export const Mention = Schema.Struct({
  ...Event.pick("date", "title", "summary", "text", "kind", "people", "places", "organizations", "reporters", "warnings").fields,
  /** Stable key of the mention: `${contentHash.slice(0, 16)}:${span[0]}:${span[1]}`. */
  key: Schema.String,
  /** File name as given on the command line or posted to the API. */
  document: Schema.String,
  /** sha256 (hex) of the document's raw bytes. */
  contentHash: Schema.String,
  span: Span,
  format: DocumentFormat,
  /**
   * The day the text gives when nothing gives its month (于某7日率团…, on a page without a date): no date
   * for the record, but a clue that ties it to a dated report of the same leader on that day of a month.
   */
  dayOfMonth: Schema.optional(Schema.Int)
}).annotations({ identifier: "Mention" })
export type Mention = typeof Mention.Type
/** The name the extractors and dedup use for a mention. */
export type ExtractedMention = Mention

const decodeText = Schema.decodeUnknownOption(Schema.parseJson(Schema.Struct({ text: Schema.String })))

/** The cleaned text of a stored mention record (JSON); undefined for a record that holds none. */
export const mentionText = (record: string): string | undefined => Option.getOrUndefined(Option.map(decodeText(record), (m) => m.text))

/** How strongly a year source justifies a date; higher wins when merged mentions disagree. */
export const yearSourceRank: Record<EventDate["year"]["source"], number> = {
  text: 6,
  header: 5,
  published: 4,
  officeholder: 3,
  context: 2,
  default: 1,
  none: 0
}
