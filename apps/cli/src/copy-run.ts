import * as SqlClient from "@effect/sql/SqlClient"
import { copyStore, latestMigration, storeClientLayer, storeMigration } from "@dashiji/store"
import { Effect, Layer } from "effect"
import { UsageError } from "./cli/errors.ts"
import { lazyCore, run, runWithStore, shown, storeToRead, storeToWrite } from "./store.ts"

/** `dashiji migrate`: the store brought to this version's schema; says from which migration to which. */
export const migrateStore = async (db: string | undefined): Promise<string> => {
  const store = storeToWrite(db)
  const before = await run(storeMigration(store.path))
  const latest = await run(latestMigration)
  if (before > latest) throw new UsageError(`${shown(store.path)} is at migration ${before}, newer than this dashiji knows (${latest}): update dashiji`)
  // opening the store migrates it (under the back-end's lock, so two at once do it once)
  await runWithStore(store.path, Effect.void)
  return before === latest ? `${shown(store.path)} is up to date (migration ${latest})` : `${shown(store.path)} migrated from ${before} to ${latest}${store.created ? " (new store)" : ""}`
}

/**
 * `dashiji copy --from A --to B`: every document, event and mention of A into the empty store B; either
 * may be a SQLite file or a postgres:// URL. Returns the summary line.
 */
export const copyStores = async (fromFlag: string, toFlag: string, onProgress: (table: string, rows: number) => void): Promise<string> => {
  const from = storeToRead(fromFlag)
  const to = storeToWrite(toFlag)
  if (from.path === to.path) throw new UsageError("--from and --to name the same store")
  const counts = await runWithStore(
    to.path,
    Effect.scoped(
      Effect.gen(function* () {
        const source = yield* Layer.build(storeClientLayer(from.path))
        return yield* copyStore(yield* Effect.provide(SqlClient.SqlClient, source), (p) => onProgress(p.table, p.rows))
      })
    ),
    lazyCore
  )
  const n = (k: string) => counts[k] ?? 0
  return `${n("documents")} documents, ${n("events")} events, ${n("mentions")} mentions copied from ${shown(from.path)} to ${shown(to.path)}${to.created ? " (new store)" : ""}`
}
