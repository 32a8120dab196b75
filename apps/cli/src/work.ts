import { collectDocuments, describeDocumentError, type DocumentInput, Event, mergeMeta, parseCorpus, type ParsedDocument, readManifest } from "@dashiji/core"
import { Effect, Schema } from "effect"
import { eagerCore, run } from "./store.ts"

/** Files and folders → documents, and the ones that could not be read as "path: reason". */
export const readDocuments = async (paths: ReadonlyArray<string>, manifest?: string): Promise<{ inputs: Array<DocumentInput>; problems: Array<string> }> => {
  const { inputs, errors } = await run(collectDocuments(paths))
  const problems = errors.map((e) => `${e.document}: ${e.reason}`)
  if (manifest !== undefined) {
    // each listed document with the manifest's metadata over its sidecar's
    const listed = readManifest(manifest)
    problems.push(...listed.errors.map((e) => `${e.document}: ${e.reason}`))
    for (const entry of listed.entries) {
      const one = await run(collectDocuments([entry.path]))
      problems.push(...one.errors.map((e) => `${e.document}: ${e.reason}`))
      inputs.push(...one.inputs.map((i) => ({ ...i, meta: mergeMeta(i.meta ?? {}, entry.meta) })))
    }
  }
  return { inputs, problems }
}

/** Parses files and folders with the parser's services (and the user's roster), without a store. */
export const parseDocuments = async (
  paths: ReadonlyArray<string>,
  options: { readonly year?: number | undefined; readonly dedup?: boolean; readonly roster?: string | undefined }
): Promise<{ events: ReadonlyArray<Event>; documents: ReadonlyArray<ParsedDocument>; problems: Array<string> }> => {
  const { inputs, problems } = await readDocuments(paths)
  const result = await run(parseCorpus(inputs, { year: options.year, dedup: options.dedup ?? true }).pipe(Effect.provide(eagerCore(options.roster))))
  return { events: result.events, documents: result.documents, problems: [...problems, ...result.errors.map(describeDocumentError)] }
}

/** `dashiji parse`: the events as JSON Lines (the schema's encoding) and the problems as "path: reason". */
export const parseToJsonl = async (
  paths: ReadonlyArray<string>,
  options: { readonly year?: number | undefined; readonly dedup?: boolean; readonly roster?: string | undefined }
): Promise<{ jsonl: string; problems: Array<string> }> => {
  const { events, problems } = await parseDocuments(paths, options)
  const encode = Schema.encodeSync(Event)
  return { jsonl: events.map((e) => `${JSON.stringify(encode(e))}\n`).join(""), problems }
}
