import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { contentHashOf, type DocumentMeta } from "@dashiji/core"
import * as SqlClient from "@effect/sql/SqlClient"
import { EventQuery, Ingest, type IngestedDocument } from "@dashiji/store"
import { Effect, Either, Option } from "effect"
import { eagerCore, runWithStore, shown, storeToWrite } from "./store.ts"
import type { FetchError } from "./fetch/errors.ts"
import type { Conditional } from "./fetch/http.ts"
import { documentNameOf } from "./fetch/names.ts"
import { versionName } from "./watch-versions.ts"
import { Fetcher, type FetchSettings, type PageResult, type Target } from "./fetch/pages.ts"

export interface FetchRunOptions extends FetchSettings {
  readonly db?: string | undefined
  readonly year?: number | undefined
  readonly roster?: string | undefined
  readonly list?: string | undefined
  readonly feeds: ReadonlyArray<string>
  readonly save?: string | undefined
}

export interface FetchSummary {
  /** Pages asked for (URLs, list lines and feed items, each once). */
  readonly pages: number
  /** Answered 304, or the same bytes as stored. */
  readonly unchanged: number
  /** New content at a URL whose earlier version is kept. */
  readonly versions: number
  /** Pages that gave no document. */
  readonly failed: number
  /** Feeds that gave no list of pages. */
  readonly feedsFailed: number
  readonly created: number
  readonly merged: number
  readonly total: number
  readonly shownPath: string
  readonly newStore: boolean
  /** "url: reason (Tag)" for every page or feed that failed. */
  readonly problems: ReadonlyArray<string>
}

const describe = (e: FetchError) => `${e.url}: ${e.reason} (${e._tag})`

/** URLs of a list file: one a line; blank lines and # comments skipped. */
export const readUrlList = (file: string): Array<string> =>
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))

/** The metadata a page is stored with: where and when it was fetched, what its feed said, the server's charset. */
const metaOf = (r: Extract<PageResult, { status: 200 }>): DocumentMeta => ({
  url: r.answer.url,
  fetchedAt: r.fetchedAt,
  ...(r.target.title === undefined ? {} : { title: r.target.title }),
  ...(r.target.published === undefined ? {} : { published: r.target.published }),
  ...(r.charset === undefined ? {} : { charset: r.charset })
})

/**
 * `dashiji fetch`: pages (and feeds' pages) fetched politely, then stored as documents with their
 * metadata in one pass over the store: each new content one transaction, as `ingest` does. A URL whose
 * content is unchanged (304, or the same bytes) stores nothing; new content at a known URL is a new
 * document (a version), the earlier kept. `--save DIR` keeps the bytes and a sidecar each, which
 * `dashiji ingest DIR` reads back.
 */
export const fetchPages = async (urls: ReadonlyArray<string>, o: FetchRunOptions): Promise<FetchSummary> => {
  const fetcher = new Fetcher(o)
  const problems: Array<string> = []
  const targets = new Map<string, Target>()
  const add = (t: Target) => {
    let key = t.url
    try {
      key = new URL(t.url).href
    } catch {
      // a bad URL is reported when it is fetched
    }
    if (!targets.has(key)) targets.set(key, { ...t, url: key })
  }
  for (const u of [...urls, ...(o.list === undefined ? [] : readUrlList(o.list))]) add({ url: u })
  let feedFailed = 0
  for (const feed of o.feeds) {
    Either.match(await fetcher.feed(feed), {
      onLeft: (e) => {
        feedFailed++
        problems.push(describe(e))
      },
      onRight: (items) => items.forEach(add)
    })
  }

  const store = storeToWrite(o.db)
  const list = [...targets.values()]
  /** What became of one URL (the bytes are let go once stored: memory holds only pages in flight). */
  type Outcome = { readonly fetched: PageResult["status"]; readonly ingested?: IngestedDocument; readonly version?: boolean; readonly problem?: string }
  const unchanged: Outcome = { fetched: 304 }
  const failedPage = (problem: string): Outcome => ({ fetched: "failed", problem })
  const save = (r: Extract<PageResult, { status: 200 }>) => {
    if (o.save === undefined) return
    const file = join(o.save, documentNameOf(r.answer.url))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, r.answer.bytes)
    writeFileSync(`${file}.meta.json`, `${JSON.stringify(metaOf(r), null, 2)}\n`)
  }
  const outcome = await runWithStore(
    store.path,
    Effect.gen(function* () {
      const s = yield* Ingest
      const q = yield* EventQuery
      const sql = yield* SqlClient.SqlClient
      const before = yield* q.count()
      // pages are stored one at a time as they arrive (the fetcher bounds how many are in flight)
      const writer = yield* Effect.makeSemaphore(1)
      const store200 = (r: Extract<PageResult, { status: 200 }>) =>
        Effect.gen(function* () {
          const hash = contentHashOf(r.answer.bytes)
          // the same URL with new content is a new document beside the old: a name of its own
          let name = documentNameOf(r.answer.url)
          const taken = yield* sql<{ content_hash: string }>`SELECT content_hash FROM documents WHERE name = ${name}`
          const version = taken.length > 0 && !taken.some((t) => t.content_hash === hash)
          if (version) name = versionName(name, hash)
          // the same bytes fetched again keep the time they were first fetched (nothing changed)
          const stored = yield* s.documentMeta(hash)
          const meta = Option.isSome(stored) && stored.value.fetchedAt !== undefined ? { ...metaOf(r), fetchedAt: stored.value.fetchedAt } : metaOf(r)
          const ingested = yield* s.ingestDocument({ name, bytes: r.answer.bytes, meta }, { year: o.year })
          if (ingested.status !== "failed") yield* s.recordFetch({ url: r.target.url, contentHash: hash, etag: r.answer.etag, lastModified: r.answer.lastModified, checkedAt: r.fetchedAt })
          const outcome: Outcome = { fetched: 200, ingested, version: version && ingested.status === "ingested" }
          return outcome
        })
      const one = (t: Target) =>
        Effect.gen(function* () {
          // validators from the last fetch of the URL: a 304 costs no body
          const last = yield* s.lastFetch(t.url)
          const conditional: Conditional = Option.isSome(last) ? { etag: last.value.etag, lastModified: last.value.lastModified } : {}
          const r = yield* Effect.promise(() => fetcher.page(t, conditional))
          if (r.status === "failed") return failedPage(describe(r.error))
          if (r.status === 304) {
            if (Option.isSome(last)) yield* writer.withPermits(1)(s.recordFetch({ ...last.value, etag: r.answer.etag, lastModified: r.answer.lastModified, checkedAt: r.fetchedAt }))
            return unchanged
          }
          save(r)
          return yield* writer.withPermits(1)(store200(r))
        })
      const outcomes = yield* Effect.forEach(list, one, { concurrency: "unbounded" })
      return { outcomes, before, total: yield* q.count() }
    }),
    eagerCore(o.roster)
  )
  const ingested = outcome.outcomes.flatMap((x) => (x.ingested === undefined ? [] : [x.ingested]))
  // in the order the URLs were given, whatever order they were answered in
  for (const x of outcome.outcomes) if (x.problem !== undefined) problems.push(x.problem)
  const failedIngest = ingested.filter((r) => r.status === "failed")
  for (const f of failedIngest) problems.push(`${f.name}: ${f.reason ?? "failed"}`)
  return {
    pages: list.length,
    unchanged: outcome.outcomes.filter((x) => x.fetched === 304).length + ingested.filter((r) => r.status === "skipped").length,
    versions: outcome.outcomes.filter((x) => x.version === true).length,
    failed: outcome.outcomes.filter((x) => x.fetched === "failed").length + failedIngest.length,
    feedsFailed: feedFailed,
    created: outcome.total - outcome.before,
    merged: new Set(ingested.flatMap((r) => r.merged)).size,
    total: outcome.total,
    shownPath: shown(store.path),
    newStore: store.created,
    problems
  }
}
