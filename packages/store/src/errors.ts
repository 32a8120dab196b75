import type { SqlError } from "@effect/sql/SqlError"
import { Data, Schema } from "effect"

/** The store could not be opened, migrated, read or written. */
export class StoreError extends Data.TaggedError("StoreError")<{
  readonly reason: string
  readonly cause?: unknown
}> {
  override get message() {
    return this.reason
  }
}

/** A query was malformed (bad month, bad cursor, limit out of range). */
export class InvalidQuery extends Data.TaggedError("InvalidQuery")<{
  readonly reason: string
}> {
  override get message() {
    return this.reason
  }
}

/**
 * Another writer held the store's write lock for longer than this process would wait. `holder` names it
 * (pid, command, since when) when it is a dashiji process that recorded itself; null otherwise.
 */
export class StoreBusy extends Data.TaggedError("StoreBusy")<{
  readonly path: string
  readonly waitedMs: number
  readonly holder: string | null
}> {
  override get message() {
    const by = this.holder ?? "another process"
    return `the store ${this.path} is locked by ${by}; gave up after waiting ${(this.waitedMs / 1000).toFixed(1)} s (set DASHIJI_LOCK_WAIT_MS to wait longer, or re-run: stored documents are skipped)`
  }
}

/** No stored event has this id. */
export class EventNotFound extends Schema.TaggedError<EventNotFound>()("EventNotFound", { id: Schema.String }) {
  override get message() {
    return `no event ${this.id}`
  }
}

/** The parser refused a document (binary, empty, undecodable): nothing of it was stored. */
export class DocumentRejected extends Schema.TaggedError<DocumentRejected>()("DocumentRejected", { name: Schema.String, reason: Schema.String }) {
  override get message() {
    return `${this.name}: ${this.reason}`
  }
}

/** The store cannot be reached or opened (a missing directory, an unreachable PostgreSQL server). */
export class StoreUnavailable extends Schema.TaggedError<StoreUnavailable>()("StoreUnavailable", { target: Schema.String, reason: Schema.String }) {
  override get message() {
    return `cannot open ${this.target}: ${this.reason}`
  }
}

/** A failed statement as a StoreError saying what was being done (SqlError's own message is generic). */
export const storeError = (what: string) => (e: SqlError) => {
  const detail = e.cause instanceof Error && e.cause.message.length > 0 ? `${e.message}: ${e.cause.message}` : e.message
  return new StoreError({ reason: `${what}: ${detail}`, cause: e })
}
