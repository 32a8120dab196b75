import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Ingest, sqliteStoreLayer } from "@dashiji/store"
import { Effect } from "effect"

export const repoRoot = new URL("../../../", import.meta.url).pathname

/** A real SQLite store in a temp dir, built from a folder's .txt files through the store's ingest. */
export const storeFrom = async (folder: string, name = "tui.db"): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), "dashiji-tui-"))
  const db = join(dir, name)
  const inputs = readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) }))
  await Effect.runPromise(Effect.scoped(Effect.flatMap(Ingest, (s) => s.ingestDocuments(inputs))).pipe(Effect.provide(sqliteStoreLayer(db))))
  return db
}

/** The store built from the seeds. */
export const seededDb = (): Promise<string> => storeFrom(join(repoRoot, "seeds"))
