import { existsSync, mkdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { CoreLive } from "@dashiji/core"
import { Effect, Layer } from "effect"
import { Ingest } from "./ingest.ts"
import { EventQuery } from "./query.ts"
import { StoreBusy, StoreError } from "./errors.ts"
import { createFulltext, linkFulltextRowids } from "./fulltext-sqlite.ts"
import { migrations, runMigrations } from "./migrations.ts"
import { BUSY_TIMEOUT_MS, lockWaitFromEnv, WriteLockConfig, writeTransaction } from "./transaction.ts"
import * as SqlClient from "@effect/sql/SqlClient"
import { describePgError, isPostgresUrl, pgBareClient, pgClientLayer, redactUrl } from "./layers-pg.ts"

/**
 * `--db` wins, then DASHIJI_DB, then data/dashiji.db under the current directory. A `postgres://…` URL
 * is kept as it is (a PostgreSQL store); anything else is a SQLite file's path.
 */
export const resolveDbPath = (flag?: string | undefined): string => {
  const target = flag ?? process.env["DASHIJI_DB"] ?? "data/dashiji.db"
  return isPostgresUrl(target) ? target : resolve(target)
}

export interface StoreOpenOptions {
  /** How long a write waits for another process's lock (default: $DASHIJI_LOCK_WAIT_MS or 60 s). */
  readonly lockWaitMs?: number | undefined
}

/** Has this store every migration already? (Read without the write lock; most opens need nothing.) */
const upToDate = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const known = yield* migrations(createFulltext, linkFulltextRowids)
  const latest = Math.max(0, ...known.map(([id]) => id))
  const rows = yield* sql<{ m: number | null }>`SELECT MAX(migration_id) AS m FROM effect_sql_migrations`
  return Number(rows[0]?.m ?? 0) >= latest
}).pipe(Effect.orElseSucceed(() => false))

/** The store's two services over a SqlClient: `Ingest` (documents in) and `EventQuery` (events out). */
export const storeServices = Layer.merge(Ingest.Default, EventQuery.Default)

/** SQLite (better-sqlite3, WAL) with migrations applied. */
export const sqliteClientLayer = (path: string, options: StoreOpenOptions = {}) => {
  const lock = Layer.succeed(WriteLockConfig, { path, maxWaitMs: options.lockWaitMs ?? lockWaitFromEnv() })
  const client = Layer.unwrapEffect(
    Effect.try({
      try: () => {
        if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
        return SqliteClient.layer({ filename: path })
      },
      catch: (e) => new StoreError({ reason: `cannot open ${path}: ${String(e)}` })
    })
  )
  // two processes opening a new store at once would both migrate: the write lock makes one wait for
  // the other, then find nothing left to do
  const migrated = Layer.effectDiscard(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql.unsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
      // in WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process still loses no
      // committed document (crash.test.ts), only a power cut can undo the last commits; a per-document
      // fsync was a tenth of ingest's SQL time (#20)
      yield* sql.unsafe("PRAGMA synchronous = NORMAL")
      if (yield* upToDate) return
      yield* writeTransaction(runMigrations(createFulltext, linkFulltextRowids))
    }).pipe(Effect.catchAll((e): Effect.Effect<never, StoreBusy | StoreError> => (e instanceof StoreBusy ? Effect.fail(e) : Effect.fail(new StoreError({ reason: `migrating ${path}: ${String(e)}`, cause: e })))))
  )
  return Layer.provideMerge(Layer.provideMerge(migrated, client), lock)
}

/** The store over a SQLite file, with the parser's services (pass `core` to use a user roster). */
export const sqliteStoreLayer = (path: string, core: Layer.Layer<Layer.Layer.Success<typeof CoreLive>, unknown> = CoreLive, options: StoreOpenOptions = {}) =>
  storeServices.pipe(Layer.provide(sqliteClientLayer(path, options)), Layer.provide(core))

/** The SQL client of a store: PostgreSQL for a `postgres://…` URL, else the SQLite file at that path. */
export const storeClientLayer = (target: string, options: StoreOpenOptions = {}): Layer.Layer<SqlClient.SqlClient | WriteLockConfig, Layer.Layer.Error<ReturnType<typeof sqliteClientLayer>> | StoreError> =>
  isPostgresUrl(target) ? pgClientLayer(target, options) : sqliteClientLayer(target, options)

/** The store on either back-end (see storeClientLayer), with the parser's services. */
export const storeLayer = (target: string, core: Layer.Layer<Layer.Layer.Success<typeof CoreLive>, unknown> = CoreLive, options: StoreOpenOptions = {}) =>
  storeServices.pipe(Layer.provide(storeClientLayer(target, options)), Layer.provide(core))

/**
 * The migration a store is at (0 for a new one), read without migrating it: what `dashiji migrate` shows
 * before it opens the store (which migrates). The latest known migration is `latestMigration`.
 */
export const storeMigration = (target: string): Effect.Effect<number, StoreError> => {
  if (!isPostgresUrl(target) && !existsSync(target)) return Effect.succeed(0)
  const client: Layer.Layer<SqlClient.SqlClient, unknown> = isPostgresUrl(target) ? pgBareClient(target) : SqliteClient.layer({ filename: target, readonly: true })
  return Effect.scoped(
    Effect.flatMap(SqlClient.SqlClient, (sql) => sql<{ m: number | null }>`SELECT MAX(migration_id) AS m FROM effect_sql_migrations`).pipe(
      Effect.map((rows) => Number(rows[0]?.m ?? 0)),
      Effect.orElseSucceed(() => 0),
      Effect.provide(client)
    )
  ).pipe(Effect.catchAll((e) => Effect.fail(new StoreError({ reason: isPostgresUrl(target) ? `cannot connect to ${redactUrl(target)}: ${describePgError(e)}` : `cannot open ${target}: ${describePgError(e)}`, cause: e }))))
}

/** The number of the newest migration this version of dashiji knows. */
export const latestMigration: Effect.Effect<number> = migrations(createFulltext, linkFulltextRowids).pipe(
  Effect.map((known) => Math.max(0, ...known.map(([id]) => id))),
  Effect.orElseSucceed(() => 0)
)
