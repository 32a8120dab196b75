import { statSync } from "node:fs"
import { join } from "node:path"
import { contentHashOf, type DocumentInput } from "@dashiji/core"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"

/** The name a later version is stored under: NAME@ and the start of its hash (a watched file's, a fetched URL's). */
export const versionName = (name: string, contentHash: string): string => `${name}@${contentHash.slice(0, 12)}`

/** When a file was last modified (ISO 8601), or undefined when it is gone already. */
const modifiedAt = (path: string): string | undefined => {
  try {
    return statSync(path).mtime.toISOString()
  } catch {
    return undefined
  }
}

/**
 * A watched folder's files as versions. Content the store does not have yet is a version: it carries the
 * time its file was last modified as `fetchedAt` (when that content was taken; a sidecar's own fetchedAt
 * wins), and when its name is already taken by other content — the file changed — it is stored as
 * NAME@<hash>, so that each version is a document of its own, told apart by name and time, the earlier
 * kept with its events. Stored content is left as it is (skipped by its hash; its first time kept).
 * `dir` is the folder the names are relative to. Returns the inputs and the names of the new versions.
 */
export const asVersions = (dir: string, inputs: ReadonlyArray<DocumentInput>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const hashes = inputs.map((i) => contentHashOf(i.bytes))
    const stored = new Set<string>()
    const taken = new Set<string>()
    const names = inputs.map((i) => i.name)
    for (let k = 0; k < inputs.length; k += 400) {
      for (const r of yield* sql<{ content_hash: string }>`SELECT content_hash FROM documents WHERE content_hash IN ${sql.in(hashes.slice(k, k + 400))}`) stored.add(r.content_hash)
      for (const r of yield* sql<{ name: string }>`SELECT DISTINCT name FROM documents WHERE name IN ${sql.in(names.slice(k, k + 400))}`) taken.add(r.name)
    }
    const versions = new Set<string>()
    const out = inputs.map((input, k): DocumentInput => {
      const hash = hashes[k]!
      if (stored.has(hash)) return input
      const at = input.meta?.fetchedAt ?? modifiedAt(join(dir, input.name))
      const meta = at === undefined ? input.meta : { ...input.meta, fetchedAt: at }
      if (!taken.has(input.name)) return { ...input, meta }
      const name = versionName(input.name, hash)
      versions.add(name)
      return { ...input, name, meta }
    })
    return { inputs: out, versions }
  })
