import type { DocumentFormat, EventDate, Kind, Person, Place, Span } from "./schema/event.ts"

/**
 * One event mention as the extractors leave it, before deduplication.
 * `span` points into the raw decoded document text.
 */
export interface ExtractedMention {
  /** Stable key of the mention: `${contentHash.slice(0, 16)}:${span[0]}:${span[1]}`. */
  readonly key: string
  /** File name as given on the command line or posted to the API. */
  readonly document: string
  /** sha256 (hex) of the document's raw bytes. */
  readonly contentHash: string
  readonly span: Span
  readonly format: DocumentFormat
  readonly date: EventDate
  readonly title: string
  readonly summary: string
  /** Cleaned text of the mention (spam removed, broken lines joined). */
  readonly text: string
  readonly kind: Kind
  readonly people: ReadonlyArray<Person>
  readonly places: ReadonlyArray<Place>
  readonly organizations: ReadonlyArray<string>
  readonly reporters: ReadonlyArray<string>
  readonly warnings: ReadonlyArray<string>
  /**
   * The day the text gives when nothing gives its month (于某7日率团…, on a page without a date): no date
   * for the record, but a clue that ties it to a dated report of the same leader on that day of a month.
   */
  readonly dayOfMonth?: number
}

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
