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
