import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EventStore, sqliteStoreLayer } from "@dashiji/store"
import { Effect } from "effect"

export const repoRoot = new URL("../../../", import.meta.url).pathname

/** A real SQLite store in a temp dir, built from the seeds through the store's ingest. */
export const seededDb = async (): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), "dashiji-tui-"))
  const db = join(dir, "tui.db")
  const seeds = join(repoRoot, "seeds")
  const inputs = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(seeds, f))) }))
  await Effect.runPromise(Effect.scoped(Effect.flatMap(EventStore, (s) => s.ingestDocuments(inputs))).pipe(Effect.provide(sqliteStoreLayer(db))))
  return db
}
