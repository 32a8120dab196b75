import { readdirSync, readFileSync, statSync } from "node:fs"
import { basename, join, relative } from "node:path"
import { Data, Effect } from "effect"
import type { DocumentInput } from "../pipeline.ts"

/** A path on the command line that cannot be read. */
export class UnreadablePath extends Data.TaggedError("UnreadablePath")<{
  readonly document: string
  readonly reason: string
}> {}

const skipName = (name: string) => name.startsWith(".") || name === "node_modules"
/** Files in a folder that are not documents (gold annotations, data, binaries by extension). */
const notDocument = /\.(jsonl?|csv|db|sqlite|md|png|jpe?g|gif|pdf|zip|gz)$/i

/**
 * Files and folders → documents. A folder is read recursively (hidden entries skipped) and its files
 * are named relative to the folder given; a file is named by its base name. Sorted for stable runs.
 */
export const collectDocuments = (
  paths: ReadonlyArray<string>
): Effect.Effect<{ inputs: Array<DocumentInput>; errors: Array<UnreadablePath> }> =>
  Effect.sync(() => {
    const inputs: Array<DocumentInput> = []
    const errors: Array<UnreadablePath> = []
    const walk = (root: string, dir: string) => {
      let entries: Array<string>
      try {
        entries = readdirSync(dir).sort()
      } catch (e) {
        errors.push(new UnreadablePath({ document: dir, reason: `cannot read folder: ${(e as Error).message}` }))
        return
      }
      for (const name of entries) {
        if (skipName(name)) continue
        const full = join(dir, name)
        let isDir = false
        try {
          isDir = statSync(full).isDirectory()
        } catch (e) {
          errors.push(new UnreadablePath({ document: full, reason: (e as Error).message }))
          continue
        }
        if (isDir) walk(root, full)
        else if (!notDocument.test(name)) readOne(full, relative(root, full))
      }
    }
    const readOne = (path: string, name: string) => {
      try {
        inputs.push({ name, bytes: new Uint8Array(readFileSync(path)) })
      } catch (e) {
        errors.push(new UnreadablePath({ document: path, reason: `cannot read file: ${(e as Error).message}` }))
      }
    }
    for (const p of paths) {
      let isDir: boolean
      try {
        isDir = statSync(p).isDirectory()
      } catch {
        errors.push(new UnreadablePath({ document: p, reason: "no such file or folder" }))
        continue
      }
      if (isDir) walk(p, p)
      else readOne(p, basename(p))
    }
    return { inputs, errors }
  })
