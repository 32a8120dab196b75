import { Data } from "effect"

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
