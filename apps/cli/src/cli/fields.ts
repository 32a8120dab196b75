/**
 * Column names of each listing, for --fields and help before anything is loaded. The event columns after
 * `date` are @dashiji/export's `eventFields`; test/fields.test.ts keeps the two equal.
 */
export const EVENT_FIELDS = [
  "date", "id", "start", "end", "precision", "year_source", "kind", "title", "people", "people_pinyin", "places",
  "organizations", "reporters", "source_count", "documents", "summary", "lead", "participants", "met", "mentioned"
] as const
export const PEOPLE_FIELDS = ["name", "pinyin", "events", "titles"] as const
export const PLACE_FIELDS = ["name", "level", "events"] as const
export const MONTH_FIELDS = ["month", "label", "events"] as const
export const DOCUMENT_FIELDS = ["name", "format", "encoding", "size", "mentions", "events", "ingested_at", "content_hash", "title", "publisher", "published", "url", "fetched_at"] as const
