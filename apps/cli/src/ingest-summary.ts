import { Schema } from "effect"

/** What an ingest did: printed as one line, and sent as JSON by each worker of `--workers N` to its parent. */
export const IngestSummary = Schema.Struct({
  /** Documents read from disk. */
  read: Schema.Number,
  skipped: Schema.Number,
  /** Stored documents whose metadata changed. */
  updated: Schema.Number,
  /** Unreadable, undecodable or unstorable documents. */
  failed: Schema.Number,
  /** Events the store gained. */
  created: Schema.Number,
  /** Stored events that took in mentions of a document read now. */
  merged: Schema.Number,
  /** Events in the store afterwards. */
  total: Schema.Number,
  path: Schema.String,
  shownPath: Schema.String,
  newStore: Schema.Boolean,
  /** The folder made for a new store, as shown to the user. */
  newFolder: Schema.optional(Schema.String),
  /** Changed files of a watched folder stored as new versions beside the earlier ones. */
  versions: Schema.optional(Schema.Number),
  /** "name: reason" for every document that failed. */
  problems: Schema.Array(Schema.String)
})
export type IngestSummary = typeof IngestSummary.Type

/** A worker's last line of output as its summary, when it is one. */
export const summaryFromLine = Schema.decodeUnknownOption(Schema.parseJson(IngestSummary))
