import { PgClient } from "@effect/sql-pg"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer, Redacted } from "effect"
import { StoreError } from "./errors.ts"
import { createFulltextPg, linkFulltextRowidsPg } from "./fulltext-pg.ts"
import { migrations, runMigrations } from "./migrations.ts"
import { lockWaitFromEnv, WriteLockConfig } from "./transaction.ts"
import type { StoreOpenOptions } from "./layers.ts"

/** `postgres://…` or `postgresql://…`: a PostgreSQL store; anything else is a SQLite file. */
export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target)

/** The URL without its password, for messages and logs. */
export const redactUrl = (url: string): string => {
  try {
    const u = new URL(url)
    if (u.password !== "") u.password = "***"
    return u.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ":***@")
  }
}

/** Any number: every dashiji process that migrates takes this advisory lock first. */
const MIGRATION_LOCK = 0x64617368 // "dash"

/**
 * Migrations on PostgreSQL. The migrator's own first step (create its table unless it exists) fails
 * inside a transaction when two processes race, so the table is made here under an advisory lock; the
 * migrator then locks that table, and a second process finds nothing left to do.
 */
const migratePg = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const known = yield* migrations(createFulltextPg, linkFulltextRowidsPg)
  const latest = Math.max(0, ...known.map(([id]) => id))
  const done = yield* sql<{ m: number | null }>`SELECT MAX(migration_id) AS m FROM effect_sql_migrations`.pipe(
    Effect.map((r) => Number(r[0]?.m ?? 0)),
    Effect.orElseSucceed(() => 0)
  )
  if (done >= latest) return
  yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`
      yield* sql`CREATE TABLE IF NOT EXISTS effect_sql_migrations (migration_id integer primary key, created_at timestamp with time zone not null default now(), name text not null)`
    })
  )
  yield* runMigrations(createFulltextPg, linkFulltextRowidsPg)
})

/** A client on the database, nothing applied (for looking at a store before it is migrated). */
export const pgBareClient = (url: string) => PgClient.layer({ url: Redacted.make(url), applicationName: "dashiji", maxConnections: 1, connectTimeout: "10 seconds" })

/** One statement on the database, outside any store (making and dropping schemas for tests and benchmarks). */
export const pgExecute = (url: string, statement: string): Effect.Effect<ReadonlyArray<Record<string, unknown>>, StoreError> =>
  Effect.scoped(Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe<Record<string, unknown>>(statement))).pipe(
    Effect.provide(pgBareClient(url)),
    Effect.mapError((e) => new StoreError({ reason: `${redactUrl(url)}: ${describePgError(e)}`, cause: e }))
  )

/**
 * PostgreSQL (node-postgres pool) with migrations applied. Stateless: any number of processes on any
 * number of machines may open the same database at once.
 */
export const pgClientLayer = (url: string, options: StoreOpenOptions = {}) => {
  const shown = redactUrl(url)
  const lock = Layer.succeed(WriteLockConfig, { path: shown, maxWaitMs: options.lockWaitMs ?? lockWaitFromEnv() })
  const client = PgClient.layer({ url: Redacted.make(url), applicationName: "dashiji", maxConnections: 8, connectTimeout: "10 seconds" }).pipe(
    Layer.mapError((e) => new StoreError({ reason: `cannot connect to ${shown}: ${describePgError(e)}`, cause: e }))
  )
  const migrated = Layer.effectDiscard(migratePg.pipe(Effect.mapError((e) => new StoreError({ reason: `migrating ${shown}: ${describePgError(e)}`, cause: e }))))
  return Layer.provideMerge(Layer.provideMerge(migrated, client), lock)
}

/** The server's own words ("database "x" does not exist", "connect ECONNREFUSED …") rather than the wrapper's. */
export const describePgError = (e: unknown): string => {
  let cause: unknown = e
  for (let i = 0; i < 4 && typeof cause === "object" && cause !== null && "cause" in cause && (cause as { cause?: unknown }).cause !== undefined; i++)
    cause = (cause as { cause: unknown }).cause
  const msg = cause instanceof Error ? cause.message : String(cause)
  const code = (cause as { code?: unknown } | null)?.code
  const errors = (cause as { errors?: ReadonlyArray<Error> } | null)?.errors
  // node's AggregateError (every address refused) has an empty message
  const text = msg.length > 0 ? msg : errors !== undefined && errors.length > 0 ? errors.map((x) => x.message).join("; ") : typeof code === "string" ? code : "unknown error"
  return text.replace(/\s+/g, " ").trim()
}
