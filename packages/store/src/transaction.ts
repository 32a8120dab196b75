import { readFileSync, unlinkSync, writeFileSync } from "node:fs"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Either, Exit, Option, Schema } from "effect"
import { StoreBusy } from "./errors.ts"

/** How long one write waits for another process's write lock before failing with StoreBusy. */
export const DEFAULT_LOCK_WAIT_MS = 60_000
/**
 * SQLite's own busy wait per attempt. better-sqlite3 is synchronous, so this wait blocks the event loop:
 * kept short, and the longer wait happens between attempts, asleep, where a server keeps answering.
 */
export const BUSY_TIMEOUT_MS = 20

/** Where the store lives (for the holder note) and how long a writer waits for the lock. */
export class WriteLockConfig extends Context.Reference<WriteLockConfig>()("dashiji/WriteLockConfig", {
  defaultValue: (): { readonly path: string; readonly maxWaitMs: number } => ({ path: ":memory:", maxWaitMs: DEFAULT_LOCK_WAIT_MS })
}) {}

/** `DASHIJI_LOCK_WAIT_MS` when it is a non-negative number, else the default. */
export const lockWaitFromEnv = (): number => {
  const v = Number(process.env["DASHIJI_LOCK_WAIT_MS"])
  return Number.isFinite(v) && v >= 0 && process.env["DASHIJI_LOCK_WAIT_MS"]?.trim() !== "" ? v : DEFAULT_LOCK_WAIT_MS
}

const isBusy = (e: SqlError): boolean => {
  const code = (e.cause as { code?: unknown } | undefined)?.code
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
}

/** The note a writer leaves beside the store while it holds the lock, so a waiter can say who holds it. */
const holderFile = (path: string): string | null => (path === ":memory:" || path === "" ? null : `${path}-writer`)

const command = (): string => {
  const args = process.argv.slice(2).join(" ")
  return args.length > 120 ? `${args.slice(0, 117)}...` : args
}

const leaveNote = (file: string | null) => {
  if (file === null) return
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, command: command(), since: new Date().toISOString() }))
  } catch {
    // the note only improves an error message; a read-only folder must not stop a write
  }
}

const removeNote = (file: string | null) => {
  if (file === null) return
  try {
    unlinkSync(file)
  } catch {
    // already gone
  }
}

// the note a writer leaves beside the store: who holds the write lock
const decodeHolderNote = Schema.decodeUnknownOption(
  Schema.parseJson(Schema.Struct({ pid: Schema.Number, command: Schema.optional(Schema.String), since: Schema.optional(Schema.String) }))
)

/** "process 1234 (dashiji ingest …) since 2024-…" when the note names a live process other than this one. */
export const describeHolder = (path: string): string | null => {
  const file = holderFile(path)
  if (file === null) return null
  try {
    const found = decodeHolderNote(readFileSync(file, "utf8"))
    if (Option.isNone(found) || found.value.pid === process.pid) return null
    const note = found.value
    process.kill(note.pid, 0) // throws when no such process: a stale note names nobody
    const what = note.command !== undefined && note.command.length > 0 ? ` (dashiji ${note.command})` : ""
    const since = note.since !== undefined ? ` since ${note.since}` : ""
    return `process ${note.pid}${what}${since}`
  } catch {
    return null
  }
}

/**
 * Runs `effect` in a write transaction begun with BEGIN IMMEDIATE: the write lock is taken before the
 * first read, so a transaction never reads a snapshot that another writer then invalidates (a deferred
 * BEGIN that reads, then writes, fails with SQLITE_BUSY at once and no busy timeout helps). While
 * another process holds the lock, the attempt is repeated with a growing sleep, releasing this
 * process's connection in between so its readers go on; after `maxWaitMs` it fails with StoreBusy.
 * Statements inside use the transaction's connection (as with `sql.withTransaction`, which nests as a
 * savepoint).
 */
export const writeTransaction = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError | StoreBusy, R | SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const config = yield* WriteLockConfig
    // already inside a transaction: nest as usual
    if (Option.isSome(yield* Effect.serviceOption(SqlClient.TransactionConnection))) return yield* sql.withTransaction(effect)
    if (sql.onDialectOrElse({ pg: () => true, orElse: () => false })) return yield* retriedTransaction(effect)
    const note = holderFile(config.path)
    const attempt = Effect.scoped(
      Effect.flatMap(sql.reserve, (conn) =>
        Effect.uninterruptibleMask((restore) =>
          Effect.gen(function* () {
            const begun = yield* Effect.either(conn.executeUnprepared("BEGIN IMMEDIATE", [], undefined))
            if (Either.isLeft(begun)) {
              if (isBusy(begun.left)) return Option.none<A>() as Option.Option<A>
              return yield* Effect.fail(begun.left)
            }
            leaveNote(note)
            const exit = yield* Effect.exit(restore(Effect.provideService(effect, SqlClient.TransactionConnection, [conn, 0] as const)))
            removeNote(note)
            if (Exit.isSuccess(exit)) {
              const committed = yield* Effect.exit(conn.executeUnprepared("COMMIT", [], undefined))
              if (Exit.isFailure(committed)) {
                yield* Effect.ignore(conn.executeUnprepared("ROLLBACK", [], undefined))
                return yield* Effect.failCause(committed.cause)
              }
              return Option.some(exit.value)
            }
            yield* Effect.ignore(conn.executeUnprepared("ROLLBACK", [], undefined))
            return yield* Effect.failCause(exit.cause)
          })
        )
      )
    )
    const started = Date.now()
    let pause = 5
    for (;;) {
      const r = yield* attempt
      if (Option.isSome(r)) return r.value
      const waited = Date.now() - started
      if (waited >= config.maxWaitMs) return yield* new StoreBusy({ path: config.path, waitedMs: waited, holder: describeHolder(config.path) })
      // jitter, so two waiting writers do not wake in step
      yield* Effect.sleep(Math.min(pause, Math.max(1, config.maxWaitMs - waited)) * (0.5 + Math.random() / 2))
      pause = Math.min(pause * 2, 200)
    }
  })

const pgCode = (e: unknown): string | undefined => {
  if (typeof e !== "object" || e === null || (e as { _tag?: unknown })._tag !== "SqlError") return undefined
  const code = ((e as SqlError).cause as { code?: unknown } | undefined)?.code
  return typeof code === "string" ? code : undefined
}

/**
 * PostgreSQL's answers that mean "this transaction lost a race; run it again": deadlock, serialization
 * failure, and a duplicate key (two writers of one URL's fetch record at once). A duplicate key is
 * retried a few times only: one that persists is a real error, not a race.
 */
const isRetryable = (e: unknown, duplicates: number): boolean => {
  const code = pgCode(e)
  return code === "40001" || code === "40P01" || (code === "23505" && duplicates < 3)
}

/**
 * PostgreSQL: a transaction (READ COMMITTED: each statement sees what others committed), run again from
 * the start when the server reports that it raced another writer — a deadlock between two writers'
 * advisory locks, or a duplicate key. Several writers proceed at once; what each reads and rewrites it has
 * locked first (Ingest: a document's content hash, its lookup keys and the events they reach), so the
 * outcome is that of some one-at-a-time order, and ingest's outcome does not depend on the order
 * (README: parallel ingest). Begun and committed here, not with sql.withTransaction, whose failed COMMIT
 * is a defect rather than an error to retry.
 */
export const retriedTransaction = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError | StoreBusy, R | SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const config = yield* WriteLockConfig
    const attempt = Effect.scoped(
      Effect.flatMap(sql.reserve, (conn) =>
        Effect.uninterruptibleMask((restore) =>
          Effect.gen(function* () {
            yield* conn.executeUnprepared("BEGIN", [], undefined)
            // a writer holding what this one needs for longer than it would wait: StoreBusy, as on SQLite
            yield* conn.executeUnprepared(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(config.maxWaitMs))}`, [], undefined)
            const exit = yield* Effect.exit(restore(Effect.provideService(effect, SqlClient.TransactionConnection, [conn, 0] as const)))
            if (Exit.isSuccess(exit)) {
              const committed = yield* Effect.exit(conn.executeUnprepared("COMMIT", [], undefined))
              if (Exit.isFailure(committed)) {
                yield* Effect.ignore(conn.executeUnprepared("ROLLBACK", [], undefined))
                return yield* Effect.failCause(committed.cause)
              }
              return exit.value
            }
            yield* Effect.ignore(conn.executeUnprepared("ROLLBACK", [], undefined))
            return yield* Effect.failCause(exit.cause)
          })
        )
      )
    )
    const started = Date.now()
    let pause = 5
    let duplicates = 0
    for (;;) {
      const r = yield* Effect.either(attempt)
      if (Either.isRight(r)) return r.right
      const waited = Date.now() - started
      if (pgCode(r.left) === "55P03") return yield* new StoreBusy({ path: config.path, waitedMs: waited, holder: null })
      if (!isRetryable(r.left, duplicates)) return yield* Effect.fail(r.left)
      if (pgCode(r.left) === "23505") duplicates++
      if (waited >= config.maxWaitMs) return yield* new StoreBusy({ path: config.path, waitedMs: waited, holder: null })
      // jitter, so two losers do not collide again in step
      yield* Effect.sleep(pause * (0.5 + Math.random()))
      pause = Math.min(pause * 2, 200)
    }
  })
