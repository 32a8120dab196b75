import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Stats, statSync } from "node:fs"
import { basename, join, relative } from "node:path"
import { Data, Effect, Either } from "effect"
import type { DocumentInput } from "../pipeline.ts"
import { BadMetadata, readSidecar } from "./metadata.ts"

/** A path on the command line that cannot be read. */
export class UnreadablePath extends Data.TaggedError("UnreadablePath")<{
  readonly document: string
  readonly reason: string
}> {}

/** A FIFO, device, socket or other special file: reading one can block forever or never end. */
export class NotRegularFile extends Data.TaggedError("NotRegularFile")<{
  readonly document: string
  readonly reason: string
  readonly kind: string
  /** Found while walking a folder (skipped, not a failure) rather than named on the command line. */
  readonly inFolder: boolean
}> {}

/** A file larger than the per-document cap; no more than the cap was read. */
export class DocumentTooLarge extends Data.TaggedError("DocumentTooLarge")<{
  readonly document: string
  readonly reason: string
  readonly cap: number
}> {}

/** A file with a line longer than the per-line cap. */
export class LineTooLong extends Data.TaggedError("LineTooLong")<{
  readonly document: string
  readonly reason: string
  readonly line: number
  readonly cap: number
}> {}

export type CollectError = UnreadablePath | NotRegularFile | DocumentTooLarge | LineTooLong | BadMetadata

export interface CollectOptions {
  /** Largest document read, in bytes (default 32 MiB, or $DASHIJI_MAX_DOCUMENT_BYTES). */
  readonly maxDocumentBytes?: number | undefined
  /** Longest line accepted, in bytes (default 16 MiB, or $DASHIJI_MAX_LINE_BYTES). */
  readonly maxLineBytes?: number | undefined
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

const fromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name]
  const v = raw === undefined || raw.trim() === "" ? Number.NaN : Number(raw)
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback
}

/** The caps in force: the options, else the environment, else the defaults. */
export const resolveCaps = (options: CollectOptions = {}) => ({
  maxDocumentBytes: options.maxDocumentBytes ?? fromEnv("DASHIJI_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES),
  maxLineBytes: options.maxLineBytes ?? fromEnv("DASHIJI_MAX_LINE_BYTES", DEFAULT_MAX_LINE_BYTES)
})

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`

const skipName = (name: string) => name.startsWith(".") || name === "node_modules"
/** Files in a folder that are not documents (gold annotations, data, binaries by extension). */
const notDocument = /\.(jsonl?|csv|db|sqlite|md|png|jpe?g|gif|pdf|zip|gz)$/i

/** What a non-regular file is, in words. */
const kindOf = (s: Stats): string =>
  s.isFIFO() ? "a named pipe (FIFO)" : s.isCharacterDevice() ? "a character device" : s.isBlockDevice() ? "a block device" : s.isSocket() ? "a socket" : "not a regular file"

/**
 * The longest line in bytes (LF or CR ends a line) and where it is; stops at the first line over `cap`.
 * On bytes, so a UTF-16 file's lines look shorter, never longer, than they are.
 */
const longLine = (bytes: Uint8Array, cap: number): { line: number; length: number } | null => {
  let start = 0
  let line = 1
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 10
    if (b !== 10 && b !== 13) continue
    if (i - start > cap) return { line, length: i - start }
    if (b === 10 || bytes[i + 1] !== 10) line++
    start = i + 1
  }
  return null
}

/**
 * Reads one regular file, never more than `cap` + 1 bytes: the file is opened without blocking (a FIFO
 * swapped in after the check would otherwise wait for a writer) and checked again on the open handle.
 */
const readCapped = (path: string, cap: number): Uint8Array | { kind: string } | { tooLarge: number } => {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return { kind: kindOf(st) }
    if (st.size > cap) return { tooLarge: st.size }
    // the size may change while reading (a file still being written): read up to one byte past the cap
    const buf = Buffer.allocUnsafeSlow(Math.min(cap + 1, Math.max(st.size, 64 * 1024)))
    let total = 0
    let out = buf
    for (;;) {
      if (total === out.length) {
        if (out.length > cap) break
        const bigger = Buffer.allocUnsafeSlow(Math.min(cap + 1, out.length * 2))
        out.copy(bigger, 0, 0, total)
        out = bigger
      }
      const n = readSync(fd, out, total, out.length - total, null)
      if (n === 0) break
      total += n
    }
    if (total > cap) return { tooLarge: total }
    return new Uint8Array(out.buffer, out.byteOffset, total)
  } finally {
    closeSync(fd)
  }
}

/**
 * Files and folders → documents. A folder is read recursively (hidden entries skipped, each folder once
 * even through symbolic links) and its files are named relative to the folder given; a file is named by
 * its base name. Sorted for stable runs. Only regular files are read — FIFOs, devices and sockets are
 * skipped with a reason — and none past the per-document cap; a line over the per-line cap is an error.
 */
export const collectDocuments = (
  paths: ReadonlyArray<string>,
  options: CollectOptions = {}
): Effect.Effect<{ inputs: Array<DocumentInput>; errors: Array<CollectError> }> =>
  Effect.sync(() => {
    const { maxDocumentBytes, maxLineBytes } = resolveCaps(options)
    const inputs: Array<DocumentInput> = []
    const errors: Array<CollectError> = []
    const seenFolders = new Set<string>()
    const walk = (root: string, dir: string, st: Stats) => {
      const id = `${st.dev}:${st.ino}`
      if (seenFolders.has(id)) return
      seenFolders.add(id)
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
        let s: Stats
        try {
          s = statSync(full)
        } catch (e) {
          errors.push(new UnreadablePath({ document: full, reason: (e as Error).message }))
          continue
        }
        if (s.isDirectory()) walk(root, full, s)
        else if (!notDocument.test(name)) readOne(full, relative(root, full), s, true)
      }
    }
    const readOne = (path: string, name: string, st: Stats, inFolder: boolean) => {
      if (!st.isFile()) {
        const kind = kindOf(st)
        errors.push(new NotRegularFile({ document: path, kind, inFolder, reason: `skipped: ${kind}, not a regular file` }))
        return
      }
      if (st.size > maxDocumentBytes) {
        errors.push(new DocumentTooLarge({ document: path, cap: maxDocumentBytes, reason: `larger than the ${megabytes(maxDocumentBytes)} cap per document (${megabytes(st.size)}); not read` }))
        return
      }
      let r: ReturnType<typeof readCapped>
      try {
        r = readCapped(path, maxDocumentBytes)
      } catch (e) {
        errors.push(new UnreadablePath({ document: path, reason: `cannot read file: ${(e as Error).message}` }))
        return
      }
      if ("kind" in r) {
        errors.push(new NotRegularFile({ document: path, kind: r.kind, inFolder, reason: `skipped: ${r.kind}, not a regular file` }))
        return
      }
      if ("tooLarge" in r) {
        errors.push(new DocumentTooLarge({ document: path, cap: maxDocumentBytes, reason: `larger than the ${megabytes(maxDocumentBytes)} cap per document; read no further` }))
        return
      }
      const long = longLine(r, maxLineBytes)
      if (long !== null) {
        errors.push(
          new LineTooLong({ document: path, line: long.line, cap: maxLineBytes, reason: `line ${long.line} is longer than the ${megabytes(maxLineBytes)} cap per line (${megabytes(long.length)})` })
        )
        return
      }
      // NAME.meta.json beside the file: where it came from; a bad one holds the document back (nothing is
      // stored without the metadata its owner wrote for it)
      const sidecar = readSidecar(path)
      if (Either.isLeft(sidecar)) {
        errors.push(sidecar.left)
        return
      }
      inputs.push(sidecar.right === null ? { name, bytes: r } : { name, bytes: r, meta: sidecar.right })
    }
    for (const p of paths) {
      let st: Stats
      try {
        st = statSync(p)
      } catch {
        errors.push(new UnreadablePath({ document: p, reason: "no such file or folder" }))
        continue
      }
      if (st.isDirectory()) walk(p, p, st)
      else readOne(p, basename(p), st, false)
    }
    return { inputs, errors }
  })
