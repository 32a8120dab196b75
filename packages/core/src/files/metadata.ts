import { existsSync, readFileSync, statSync } from "node:fs"
import { dirname, extname, isAbsolute, join } from "node:path"
import { Data, Either, Schema } from "effect"
import { DocumentMeta, normalizePublished } from "../schema/document-meta.ts"

/** A sidecar or manifest line that is not the metadata it should be. */
export class BadMetadata extends Data.TaggedError("BadMetadata")<{
  readonly document: string
  readonly reason: string
}> {}

/** Sidecars and manifests are small; a bigger one is a mistake (or an attack), not read. */
const MAX_METADATA_BYTES = 1024 * 1024

const decodeMeta = Schema.decodeUnknownEither(DocumentMeta, { onExcessProperty: "error" })

/**
 * A JSON object → metadata: `url`, `title`, `publisher`, `published` (any common way of writing a day:
 * 2020-07-08, 2020-07-08T10:00+08:00, 2020年7月8日), `fetchedAt`, and `charset` (or `encoding`: the
 * same, the encoding the file is in, which the decoder reads as its declaration). Unknown fields are refused (a typo
 * would otherwise lose a field silently); `path` is the manifest's own field.
 */
export const metaFromJson = (value: unknown, allow: ReadonlyArray<string> = []): Either.Either<DocumentMeta, string> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return Either.left("expected a JSON object")
  const fields: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (allow.includes(k)) continue
    if (v === null) continue
    fields[k] = v
  }
  if (typeof fields["published"] === "string") {
    const day = normalizePublished(fields["published"])
    if (day === null) return Either.left(`published: ${JSON.stringify(fields["published"])} is not a date (YYYY-MM-DD)`)
    fields["published"] = day
  }
  if (typeof fields["url"] === "string" && !/^https?:\/\//i.test(fields["url"])) return Either.left(`url: ${JSON.stringify(fields["url"])} is not an http(s) URL`)
  // the encoding a file is said to be in is its declaration (the decoder still checks the bytes fit it)
  if (fields["encoding"] !== undefined) {
    if (fields["charset"] === undefined) fields["charset"] = fields["encoding"]
    delete fields["encoding"]
  }
  return Either.mapLeft(decodeMeta(fields), (e) => {
    const first = e.message.split("\n").find((l) => l.includes("is unexpected") || l.includes("Expected")) ?? e.message.split("\n")[0]!
    return `fields are url, title, publisher, published, fetchedAt, charset, encoding (${first.trim()})`
  })
}

/** NAME.meta.json beside a file: `a.html.meta.json`, else `a.meta.json`; null when there is none. */
export const sidecarOf = (path: string): string | null => {
  const whole = `${path}.meta.json`
  if (existsSync(whole)) return whole
  const ext = extname(path)
  const stem = ext === "" ? null : `${path.slice(0, -ext.length)}.meta.json`
  return stem !== null && existsSync(stem) ? stem : null
}

const readJsonFile = (path: string): Either.Either<string, string> => {
  try {
    const st = statSync(path)
    if (!st.isFile()) return Either.left("not a regular file")
    if (st.size > MAX_METADATA_BYTES) return Either.left("larger than 1 MiB")
    return Either.right(readFileSync(path, "utf8"))
  } catch (e) {
    return Either.left((e as Error).message)
  }
}

/** The sidecar of a document, if it has one: its metadata, or why it cannot be read. */
export const readSidecar = (documentPath: string): Either.Either<DocumentMeta | null, BadMetadata> => {
  const path = sidecarOf(documentPath)
  if (path === null) return Either.right(null)
  const bad = (reason: string) => Either.left(new BadMetadata({ document: documentPath, reason: `its metadata ${path}: ${reason}` }))
  const text = readJsonFile(path)
  if (Either.isLeft(text)) return bad(text.left)
  let json: unknown
  try {
    json = JSON.parse(text.right)
  } catch {
    return bad("not valid JSON")
  }
  const meta = metaFromJson(json)
  return Either.isLeft(meta) ? bad(meta.left) : Either.right(meta.right)
}

export interface ManifestEntry {
  /** The document's path (relative paths are relative to the manifest's folder). */
  readonly path: string
  readonly meta: DocumentMeta
}

/**
 * A manifest: JSON Lines, one document a line, `{"path": "pages/a.html", "url": …, "title": …,
 * "publisher": …, "published": …}`. Blank lines are skipped; a bad line is an error naming the line, and
 * the good lines stand.
 */
export const readManifest = (manifest: string): { entries: Array<ManifestEntry>; errors: Array<BadMetadata> } => {
  const text = readJsonFile(manifest)
  if (Either.isLeft(text)) return { entries: [], errors: [new BadMetadata({ document: manifest, reason: `cannot read the manifest: ${text.left}` })] }
  const entries: Array<ManifestEntry> = []
  const errors: Array<BadMetadata> = []
  text.right.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return
    const bad = (reason: string) => errors.push(new BadMetadata({ document: `${manifest}:${i + 1}`, reason }))
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      return bad("not valid JSON")
    }
    const path = typeof json === "object" && json !== null ? Reflect.get(json, "path") : undefined
    if (typeof path !== "string" || path.trim() === "") return bad('no "path" (the document this line describes)')
    const meta = metaFromJson(json, ["path"])
    if (Either.isLeft(meta)) return bad(meta.left)
    entries.push({ path: isAbsolute(path) ? path : join(dirname(manifest), path), meta: meta.right })
  })
  return { entries, errors }
}
