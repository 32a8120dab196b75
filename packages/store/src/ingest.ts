import * as SqlClient from "@effect/sql/SqlClient"
import {
  contentHashOf,
  dedupIncremental,
  type DocumentInput,
  type DocumentMeta,
  type Event,
  type ExtractedMention,
  fingerprintMention,
  Knowledge,
  lookupKeys,
  mergeMeta,
  parseDocument,
  type ParsedDocument,
  type ParseOptions,
  lineStartsOf,
  sameMeta,
  Segmenter
} from "@dashiji/core"
import { Effect, Option } from "effect"
import { backendOf } from "./backend.ts"
import { DocumentRejected, storeError, type StoreBusy, type StoreError } from "./errors.ts"
import { type DocumentRow, type FetchRecord, metaColumns, metaOfRow } from "./document-rows.ts"
import { makeRepository } from "./repository.ts"
import { reresolve } from "./reresolve.ts"
import { mentionToJson } from "./rows.ts"
import { WriteLockConfig, writeTransaction } from "./transaction.ts"

export interface IngestedDocument {
  readonly name: string
  /** `updated`: the same bytes were stored; their metadata changed (and with it, perhaps, their years). */
  readonly status: "ingested" | "skipped" | "updated" | "failed"
  readonly reason?: string
  readonly mentions: number
  /** Ids of events that did not exist before this document. */
  readonly created: ReadonlyArray<string>
  /** Ids of existing events that this document's mentions were merged into. */
  readonly merged: ReadonlyArray<string>
  /** Ids of stored events rebuilt because the document's publication date changed their years. */
  readonly updated?: ReadonlyArray<string>
}

const skipped = (name: string): IngestedDocument => ({ name, status: "skipped", reason: "already stored (same content)", mentions: 0, created: [], merged: [] })
const rejected = (e: DocumentRejected): IngestedDocument => ({ name: e.name, status: "failed", reason: e.reason, mentions: 0, created: [], merged: [] })

/**
 * The ingest use case: a document parsed, deduplicated against the stored events and written, in one
 * transaction per document (a crash leaves the store as it was before that document; re-running the same
 * ingest skips what was committed). Writers wait for each other (transaction.ts).
 */
export class Ingest extends Effect.Service<Ingest>()("dashiji/Ingest", {
  accessors: true,
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const seg = yield* Segmenter
    const knowledge = yield* Knowledge
    // read once here: the store's path and lock wait belong to the layer, not to each caller's context
    const lockConfig = yield* WriteLockConfig
    const backend = backendOf(sql)
    const inWriteTransaction = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      writeTransaction(effect).pipe(Effect.provideService(SqlClient.SqlClient, sql), Effect.provideService(WriteLockConfig, lockConfig))
    const searchTokens = (e: Event): ReadonlyArray<string> =>
      seg.cutForSearch(`${e.title} ${e.text} ${e.people.map((p) => p.name).join(" ")}`).filter((w) => /[\p{L}\p{N}]/u.test(w))
    const repo = makeRepository(sql, backend, searchTokens)

    /** Stored events that share a lookup key with the new mentions (as whole events), and the postings. */
    const affected = (keys: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        const postings = yield* repo.postingsOf(keys)
        // a key shared by more stored mentions than the dedup bucket cap is boilerplate, not evidence
        const candidates = new Set<string>()
        for (const list of postings.values()) if (Array.isArray(list)) list.forEach((k) => candidates.add(k))
        // whole events, mentions only: the deduplicator recomputes their merge reasons from the cluster
        const groups = yield* repo.groupsOf(yield* repo.eventsOfMentions([...candidates]))
        return { groups: [...groups.values()], postings }
      })

    /**
     * `affected`, with every event it reaches locked (PostgreSQL): an event can be reached through another
     * document's different key, so its id is locked too and the neighbourhood read again, until what was
     * read is all locked (a writer that rewrote a locked event has committed; one that would now must wait).
     */
    const lockedNeighbourhood = (keys: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        const locked = new Set<string>()
        for (;;) {
          const found = yield* affected(keys)
          if (!backend.concurrentWriters) return found
          const more = found.groups.map((g) => g.eventId).filter((id) => !locked.has(id))
          if (more.length === 0) return found
          yield* backend.lock(more.map((id) => `event:${id}`))
          more.forEach((id) => locked.add(id))
        }
      })

    const store = (d: ParsedDocument) =>
      Effect.gen(function* () {
        const fresh = d.mentions
        // each mention's lookup keys made once (locks, postings, filing): ~250 strings a mention
        const keyCache = new Map<ExtractedMention, ReadonlyArray<string>>()
        const keysOf = (m: ExtractedMention): ReadonlyArray<string> => {
          let keys = keyCache.get(m)
          if (keys === undefined) keyCache.set(m, (keys = [...new Set(lookupKeys(fingerprintMention(m)))]))
          return keys
        }
        // writers at once (PostgreSQL): this document and its lookup keys locked before anything is read,
        // so a writer sharing a key waits, then reads what the other committed (READ COMMITTED)
        yield* backend.lock([`doc:${d.contentHash}`, ...fresh.flatMap((m) => keysOf(m).map((k) => `key:${k}`))])
        // another process may have stored the same bytes while this one parsed them
        const stored = yield* sql`SELECT 1 AS x FROM documents WHERE content_hash = ${d.contentHash}`
        if (stored.length > 0) return null
        const { groups, postings } = yield* lockedNeighbourhood([...new Set(fresh.flatMap(keysOf))])
        const { events, replaced } = dedupIncremental(groups, fresh, postings)
        const before = new Set(replaced)
        yield* repo.deleteEvents(replaced)
        yield* repo.writeEvents(events)
        const eventOf = new Map<string, string>()
        for (const e of events) for (const s of e.sources) eventOf.set(`${s.document}\u0000${s.span[0]}:${s.span[1]}`, e.id)
        const idOf = (m: ExtractedMention) => eventOf.get(`${m.document}\u0000${m.span[0]}:${m.span[1]}`) ?? ""
        for (const g of groups) {
          if (!before.has(g.eventId)) continue
          for (const m of g.mentions) {
            const id = idOf(m)
            if (id !== g.eventId) yield* sql`UPDATE mentions SET event_id = ${id} WHERE key = ${m.key}`
          }
        }
        const storedKeys = new Set(groups.flatMap((g) => g.mentions.map((m) => m.key)))
        const newRows = [...new Map(fresh.filter((m) => !storedKeys.has(m.key)).map((m) => [m.key, m])).values()]
        for (let i = 0; i < newRows.length; i += 100) {
          const ch = newRows.slice(i, i + 100)
          yield* sql`INSERT INTO mentions ${sql.insert(
            ch.map((m) => ({ key: m.key, event_id: idOf(m), content_hash: d.contentHash, document: m.document, span_start: m.span[0], span_end: m.span[1], record: mentionToJson(m) }))
          )}`
          yield* repo.fileKeys(ch.map((m) => ({ mentionKey: m.key, keys: keysOf(m) })))
        }
        const starts = lineStartsOf(d.text)
        yield* sql`INSERT INTO documents ${sql.insert({ content_hash: d.contentHash, name: d.name, format: d.format, encoding: d.encoding, size: d.size, mentions: fresh.length, ingested_at: new Date().toISOString(), line_starts: JSON.stringify(starts), ...metaColumns(d.meta) })}`
        return {
          created: events.filter((e) => !before.has(e.id)).map((e) => e.id),
          merged: events.filter((e) => before.has(e.id)).map((e) => e.id)
        }
      })

    /** The stored metadata of the document with this content hash, if it is stored. */
    const documentMeta = (contentHash: string): Effect.Effect<Option.Option<DocumentMeta>, StoreError> =>
      sql<DocumentRow>`SELECT * FROM documents WHERE content_hash = ${contentHash}`.pipe(
        Effect.map((rows) => (rows[0] === undefined ? Option.none() : Option.some(metaOfRow(rows[0])))),
        Effect.mapError(storeError("reading documents"))
      )

    const writeMeta = (contentHash: string, meta: DocumentMeta) => {
      const c = metaColumns(meta)
      return sql`UPDATE documents SET url = ${c.url}, title = ${c.title}, publisher = ${c.publisher}, published = ${c.published}, fetched_at = ${c.fetched_at} WHERE content_hash = ${contentHash}`
    }

    /** New metadata for stored bytes whose publication date is unchanged: nothing else to redo. */
    const updateDocumentMeta = (name: string, contentHash: string, meta: DocumentMeta): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      inWriteTransaction(writeMeta(contentHash, meta)).pipe(
        Effect.as({ name, status: "updated", mentions: 0, created: [], merged: [], updated: [] } as IngestedDocument),
        Effect.catchTag("SqlError", (e) => Effect.fail(storeError(`updating ${name}`)(e)))
      )

    /** The stored document parsed again with new metadata (a new publication date): see reresolve.ts. */
    const reresolveDocument = (d: ParsedDocument): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      inWriteTransaction(reresolve(sql, backend, repo, d, writeMeta(d.contentHash, d.meta))).pipe(
        Effect.map((updated) => ({ name: d.name, status: "updated", mentions: d.mentions.length, created: [], merged: [], updated }) as IngestedDocument),
        Effect.catchTag("SqlError", (e) => Effect.fail(storeError(`updating ${d.name}`)(e)))
      )

    /** What the last fetch of a URL answered (validators for a conditional request), if any. */
    const lastFetch = (url: string): Effect.Effect<Option.Option<FetchRecord>, StoreError> =>
      sql<{ url: string; content_hash: string; etag: string | null; last_modified: string | null; checked_at: string }>`SELECT * FROM fetches WHERE url = ${url}`.pipe(
        Effect.map((rows) => {
          const r = rows[0]
          return r === undefined ? Option.none() : Option.some({ url: r.url, contentHash: r.content_hash, etag: r.etag, lastModified: r.last_modified, checkedAt: r.checked_at })
        }),
        Effect.mapError(storeError("reading fetches"))
      )

    const recordFetch = (f: FetchRecord): Effect.Effect<void, StoreError | StoreBusy> =>
      inWriteTransaction(
        Effect.gen(function* () {
          yield* sql`DELETE FROM fetches WHERE url = ${f.url}`
          yield* sql`INSERT INTO fetches ${sql.insert({ url: f.url, content_hash: f.contentHash, etag: f.etag, last_modified: f.lastModified, checked_at: f.checkedAt })}`
        })
      ).pipe(Effect.asVoid, Effect.catchTag("SqlError", (e) => Effect.fail(storeError("recording a fetch")(e))))

    /** Is a document with this content hash stored? */
    const hasDocument = (contentHash: string): Effect.Effect<boolean, StoreError> =>
      sql`SELECT 1 AS x FROM documents WHERE content_hash = ${contentHash}`.pipe(
        Effect.map((rows) => rows.length > 0),
        Effect.mapError(storeError("reading documents"))
      )

    /**
     * Stores a document parsed elsewhere (the API parses in a worker thread) in one write transaction; a
     * document with the same bytes stored meanwhile is skipped.
     */
    const ingestParsedDocument = (d: ParsedDocument): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      inWriteTransaction(store(d)).pipe(
        Effect.map((r): IngestedDocument => (r === null ? skipped(d.name) : { name: d.name, status: "ingested", mentions: d.mentions.length, created: r.created, merged: r.merged })),
        Effect.catchTag("SqlError", (e) => Effect.fail(storeError(`storing ${d.name}`)(e)))
      )

    const parse = (input: DocumentInput, options: ParseOptions): Effect.Effect<ParsedDocument, DocumentRejected> =>
      parseDocument(input, options).pipe(
        Effect.provideService(Segmenter, seg),
        Effect.provideService(Knowledge, knowledge),
        Effect.mapError((e) => new DocumentRejected({ name: input.name, reason: e.reason }))
      )

    /** Parses and stores one document; a document the parser refuses is DocumentRejected. */
    const document = (input: DocumentInput, options: ParseOptions = {}): Effect.Effect<IngestedDocument, DocumentRejected | StoreError | StoreBusy> =>
      Effect.gen(function* () {
        const stored = yield* documentMeta(contentHashOf(input.bytes))
        if (Option.isNone(stored)) return yield* ingestParsedDocument(yield* parse(input, options))
        const meta = mergeMeta(stored.value, input.meta ?? {})
        if (sameMeta(meta, stored.value)) return skipped(input.name)
        if ((meta.published ?? "") === (stored.value.published ?? "")) return yield* updateDocumentMeta(input.name, contentHashOf(input.bytes), meta)
        // a new publication date may change the years of its mentions: parsed again, events rebuilt
        return yield* reresolveDocument(yield* parse({ ...input, meta }, options))
      })

    /** Parses and stores one document in one transaction; a stored document (same bytes) is skipped, a refused one is `failed`. */
    const ingestDocument = (input: DocumentInput, options: ParseOptions = {}): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      document(input, options).pipe(Effect.catchTag("DocumentRejected", (e) => Effect.succeed(rejected(e))))

    const ingestDocuments = (
      inputs: ReadonlyArray<DocumentInput>,
      options: ParseOptions = {},
      onProgress?: (done: number, last: IngestedDocument) => void
    ): Effect.Effect<ReadonlyArray<IngestedDocument>, StoreError | StoreBusy> =>
      Effect.gen(function* () {
        const out: Array<IngestedDocument> = []
        for (const input of inputs) {
          const r = yield* ingestDocument(input, options)
          out.push(r)
          onProgress?.(out.length, r)
        }
        return out
      })

    /** Bulk path for benchmarks and imports: events written as they are, no parsing or dedup. */
    const insertEvents = (events: ReadonlyArray<Event>): Effect.Effect<void, StoreError | StoreBusy> =>
      inWriteTransaction(repo.writeEvents(events)).pipe(Effect.asVoid, Effect.catchTag("SqlError", (e) => Effect.fail(storeError("inserting events")(e))))

    return { document, ingestDocument, ingestDocuments, ingestParsedDocument, reresolveDocument, updateDocumentMeta, insertEvents, documentMeta, hasDocument, lastFetch, recordFetch } as const
  })
}) {}
