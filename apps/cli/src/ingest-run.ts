import { contentHashOf, type DocumentInput } from "@dashiji/core"
import * as SqlClient from "@effect/sql/SqlClient"
import { EventQuery, Ingest } from "@dashiji/store"
import { Effect } from "effect"
import { progressBar } from "./progress.ts"
import { eagerCore, lazyCore, runWithStore, shown, storeToWrite } from "./store.ts"
import { readDocuments } from "./work.ts"
import { Failure, oneLine } from "./cli/errors.ts"
import { partFromEnv, runWorker, share } from "./ingest-workers.ts"
import { asVersions } from "./watch-versions.ts"
import type { IngestSummary } from "./ingest-summary.ts"

/** " (new store)", with the folder made for it if any: a store is never created without saying where. */
export const newStoreNote = (r: IngestSummary): string => (r.newStore ? ` (new store${r.newFolder === undefined ? "" : `; made the folder ${r.newFolder}`})` : "")

export { IngestSummary } from "./ingest-summary.ts"

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`

/** The one summary line of an ingest (also each batch of `watch`). */
export const ingestSummaryLine = (r: IngestSummary): string => {
  const versions = r.versions ?? 0
  const notes = [
    r.skipped > 0 ? `${r.skipped} already stored` : "",
    versions > 0 ? `${versions} new ${versions === 1 ? "version" : "versions"}` : "",
    r.updated > 0 ? `${r.updated} with new metadata` : "",
    r.failed > 0 ? `${r.failed} failed` : ""
  ].filter((s) => s.length > 0)
  return (
    `${plural(r.read, "document")} read${notes.length > 0 ? ` (${notes.join(", ")})` : ""}, ${plural(r.created, "event")} stored` +
    `${r.merged > 0 ? ` (${r.merged} merged into stored events)` : ""}; ${plural(r.total, "event")} in ${r.shownPath}${newStoreNote(r)}`
  )
}

/** Which of these documents the store has already (by content hash), without loading the parser. */
const alreadyStored = (inputs: ReadonlyArray<DocumentInput>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const hashes = inputs.map((i) => contentHashOf(i.bytes))
    const have = new Set<string>()
    for (let k = 0; k < hashes.length; k += 400) {
      const rows = yield* sql<{ content_hash: string }>`SELECT content_hash FROM documents WHERE content_hash IN ${sql.in(hashes.slice(k, k + 400))}`
      for (const r of rows) have.add(r.content_hash)
    }
    return hashes.every((h) => have.has(h))
  })

/** Stored events that took in mentions of a later document (of this run or an earlier one). */
const mergedInto = (results: ReadonlyArray<{ merged: ReadonlyArray<string> }>): number => new Set(results.flatMap((r) => r.merged)).size

/**
 * Files and folders into the store, with a progress bar on a terminal. jieba and the knowledge files are
 * loaded only when some document is new (a re-run over stored documents starts and ends at once).
 */
export const ingestPaths = async (
  paths: ReadonlyArray<string>,
  options: {
    readonly db?: string | undefined
    readonly year?: number | undefined
    readonly roster?: string | undefined
    readonly manifest?: string | undefined
    readonly label: string
    /** Parse and store in this many processes at once (see ingest-workers.ts). */
    readonly workers?: number | undefined
    /** A watched folder: its files stored as versions (see watch-versions.ts). */
    readonly versionsIn?: string | undefined
  }
): Promise<IngestSummary> => {
  const part = partFromEnv()
  if (part === null && (options.workers ?? 1) > 1) return ingestInWorkers(paths, { ...options, workers: options.workers ?? 1 })
  const store = storeToWrite(options.db)
  const read = await readDocuments(paths, options.manifest)
  // a worker takes its share of the documents (and of the unreadable ones, so each is reported once)
  let inputs = [...share(read.inputs, part)]
  const problems = [...share(read.problems, part)]
  let versions = new Set<string>()
  if (options.versionsIn !== undefined && inputs.length > 0) {
    const dir = options.versionsIn
    ;({ inputs, versions } = await runWithStore(store.path, asVersions(dir, inputs)))
  }
  // documents with metadata may need parsing again (a new publication date), so they load the parser
  const nothingNew = !store.created && inputs.length > 0 && inputs.every((i) => i.meta === undefined) && (await runWithStore(store.path, alreadyStored(inputs)))
  const core = nothingNew && options.roster === undefined ? lazyCore : eagerCore(options.roster)
  const totalBytes = inputs.reduce((n, i) => n + i.bytes.length, 0)
  const sizes = new Map(inputs.map((i) => [i.name, i.bytes.length]))
  const bar = progressBar(inputs.length, totalBytes, options.label)
  const { results, total, before } = await runWithStore(
    store.path,
    Effect.gen(function* () {
      const s = yield* Ingest
      const q = yield* EventQuery
      const before = yield* q.count()
      const results = yield* s.ingestDocuments(inputs, { year: options.year }, (_, r) => bar.tick(sizes.get(r.name) ?? 0, r.created.length, r.name))
      return { results, total: yield* q.count(), before }
    }).pipe(Effect.ensuring(Effect.sync(() => bar.stop()))),
    core
  )
  const failed = results.filter((r) => r.status === "failed")
  return {
    read: inputs.length,
    skipped: results.filter((r) => r.status === "skipped").length,
    updated: results.filter((r) => r.status === "updated").length,
    failed: failed.length + problems.length,
    // what the store gained: a document's new event can be merged into by a later one (and renamed), so
    // the documents' own lists would count it twice
    created: total - before,
    merged: mergedInto(results),
    total,
    path: store.path,
    shownPath: shown(store.path),
    newStore: store.created,
    newFolder: store.createdFolder === undefined ? undefined : shown(store.createdFolder),
    versions: results.filter((r) => r.status === "ingested" && versions.has(r.name)).length,
    problems: [...problems, ...failed.map((r) => `${r.name}: ${r.reason ?? "failed"}`)]
  }
}

const count = Effect.flatMap(EventQuery, (s) => s.count())

/**
 * The parent of `ingest --workers N`: the store opened (and migrated) once, then N workers over the same
 * paths, each taking its share; their summaries added up, the events counted before and after.
 */
const ingestInWorkers = async (
  paths: ReadonlyArray<string>,
  options: { readonly db?: string | undefined; readonly year?: number | undefined; readonly roster?: string | undefined; readonly manifest?: string | undefined; readonly workers: number }
): Promise<IngestSummary> => {
  const store = storeToWrite(options.db)
  const before = await runWithStore(store.path, count)
  const argv = [
    "ingest",
    ...paths,
    "--db",
    store.path,
    ...(options.year === undefined ? [] : ["--year", String(options.year)]),
    ...(options.roster === undefined ? [] : ["--roster", options.roster]),
    ...(options.manifest === undefined ? [] : ["--manifest", options.manifest])
  ]
  const results = await Promise.all(Array.from({ length: options.workers }, (_, k) => runWorker(k, options.workers, argv)))
  const broken = results.findIndex((r) => r.summary === null || (r.code !== 0 && r.code !== 1))
  if (broken >= 0) {
    const r = results[broken]!
    const why = r.stderr.trim().split("\n").pop() ?? ""
    throw new Failure(`worker ${broken + 1} of ${options.workers} stopped (exit ${r.code})${why.length > 0 ? `: ${oneLine(why)}` : ""}; re-run the same command: stored documents are skipped`, r.code === 75 ? 75 : 1)
  }
  const sums = results.map((r) => r.summary!)
  const add = (f: (s: IngestSummary) => number) => sums.reduce((n, s) => n + f(s), 0)
  const total = await runWithStore(store.path, count)
  return {
    read: add((s) => s.read),
    skipped: add((s) => s.skipped),
    updated: add((s) => s.updated),
    failed: add((s) => s.failed),
    created: total - before,
    merged: add((s) => s.merged),
    total,
    path: store.path,
    shownPath: shown(store.path),
    newStore: store.created,
    newFolder: store.createdFolder === undefined ? undefined : shown(store.createdFolder),
    problems: sums.flatMap((s) => s.problems)
  }
}
