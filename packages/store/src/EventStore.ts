import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type * as Statement from "@effect/sql/Statement"
import {
  contentHashOf,
  bucketCap,
  type DocumentMeta,
  mergeMeta,
  rebuildEvent,
  sameMeta,
  OVER_CAP,
  dedupIncremental,
  type DocumentError,
  type DocumentInput,
  type Event,
  type ExtractedMention,
  fingerprintMention,
  Knowledge,
  lookupKeys,
  namePinyin,
  parseDocument,
  type ParseOptions,
  type ParsedDocument,
  Segmenter
} from "@dashiji/core"
import { Effect, Either, Option } from "effect"
import { InvalidQuery, type StoreBusy, StoreError } from "./errors.ts"
import { type EventFilter } from "./filter.ts"
import { backendOf } from "./backend.ts"
import { eventPage } from "./event-page.ts"
import { eventFromJson, eventToJson, mentionFromJson, mentionToJson, monthOf } from "./rows.ts"
import { type DocumentRow, metaColumns, metaOfRow, type FetchRecord } from "./document-rows.ts"
import { WriteLockConfig, writeTransaction } from "./transaction.ts"
import { aggregateDelta, applyAggregateDelta } from "./aggregates.ts"

const CHUNK = 400
/** Parsed stored mentions kept for the next documents (a few KB each). */
const PARSED_MENTIONS = 20_000
/** A full-text word or a person matching at least this many events walks the events in date order instead. */
const COMMON_TERM = 2000

export interface Page {
  readonly items: ReadonlyArray<Event>
  readonly nextCursor: string | null
}

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

export interface MonthCount {
  readonly month: string
  readonly count: number
}
export interface PersonCount {
  readonly name: string
  readonly pinyin: string
  readonly count: number
  readonly titles: ReadonlyArray<string>
}
export interface PlaceCount {
  readonly name: string
  readonly level: string
  readonly count: number
}

const chunks = <A>(xs: ReadonlyArray<A>, n = CHUNK): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n))
  return out
}

const storeError = (what: string) => (e: SqlError) => {
  // SqlError's own message is generic ("Failed to execute statement"); SQLite's says what went wrong
  const detail = e.cause instanceof Error && e.cause.message.length > 0 ? `${e.message}: ${e.cause.message}` : e.message
  return new StoreError({ reason: `${what}: ${detail}`, cause: e })
}

/**
 * The event store. Written on @effect/sql's SqlClient; the SQLite layer (layers.ts) supplies the client,
 * the FTS5 table and migrations. Ingest is per document and transactional: a crash leaves the store as
 * it was before that document, and re-running the same ingest skips what was committed.
 */
export class EventStore extends Effect.Service<EventStore>()("dashiji/EventStore", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const seg = yield* Segmenter
    const knowledge = yield* Knowledge
    // read once here: the store's path and lock wait belong to the layer, not to each caller's context
    const lockConfig = yield* WriteLockConfig
    const backend = backendOf(sql)
    const inWriteTransaction = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      writeTransaction(effect).pipe(Effect.provideService(SqlClient.SqlClient, sql), Effect.provideService(WriteLockConfig, lockConfig))

    /**
     * Stored mentions as parsed before, by key: the events a new document reaches are read back whole
     * for every document that reaches them, and parsing their records and fingerprinting them again was
     * most of dedup's time (#20). A hit must have the very record stored now (another writer may have
     * rewritten it); the oldest entries go first past the bound.
     */
    const parsedMentions = new Map<string, { readonly record: string; readonly mention: ExtractedMention }>()
    const storedMention = (key: string, record: string): ExtractedMention => {
      const hit = parsedMentions.get(key)
      if (hit !== undefined && hit.record === record) return hit.mention
      const mention = mentionFromJson(record)
      parsedMentions.delete(key)
      parsedMentions.set(key, { record, mention })
      if (parsedMentions.size > PARSED_MENTIONS) parsedMentions.delete(parsedMentions.keys().next().value!)
      return mention
    }

    const searchTokens = (e: Event): ReadonlyArray<string> => {
      const words = seg.cutForSearch(`${e.title} ${e.text} ${e.people.map((p) => p.name).join(" ")}`)
      return words.filter((w) => /[\p{L}\p{N}]/u.test(w))
    }

    const deleteEvents = (ids: ReadonlyArray<string>) =>
      Effect.forEach(chunks(ids), (ch) =>
        Effect.gen(function* () {
          // the counts lose what these events held (read before they go)
          const gone = yield* sql<{ record: string }>`SELECT record FROM events WHERE id IN ${sql.in(ch)}`
          yield* applyAggregateDelta(sql, aggregateDelta(gone.map((r) => eventFromJson(r.record)), -1))
          yield* Effect.all([
          // the FTS rows first: on SQLite they are found through their events' rowids
          backend.unindexEvents(ch),
          sql`DELETE FROM events WHERE id IN ${sql.in(ch)}`,
          sql`DELETE FROM event_people WHERE event_id IN ${sql.in(ch)}`,
          sql`DELETE FROM event_places WHERE event_id IN ${sql.in(ch)}`,
          sql`DELETE FROM event_orgs WHERE event_id IN ${sql.in(ch)}`,
          sql`DELETE FROM merges WHERE event_id IN ${sql.in(ch)}`
          ], { concurrency: 1 })
        })
      )

    const writeEvents = (events: ReadonlyArray<Event>) =>
      Effect.forEach(chunks(events, 100), (ch) =>
        Effect.gen(function* () {
          yield* sql`INSERT INTO events ${sql.insert(
            ch.map((e) => ({
              id: e.id,
              date_start: e.date.start,
              date_end: e.date.end,
              month: monthOf(e),
              kind: e.kind,
              title: e.title,
              search_text: `${e.title}\n${e.text}`,
              record: eventToJson(e)
            }))
          )}`
          yield* backend.indexEvents(ch.map((e) => ({ id: e.id, tokens: searchTokens(e) })))
          const people = ch.flatMap((e) => e.people.map((p) => ({ event_id: e.id, name: p.name, pinyin: p.pinyin, titles: p.titles.join("、"), role: p.role, date_start: e.date.start })))
          if (people.length > 0) yield* sql`INSERT INTO event_people ${sql.insert(people)}`
          const places = ch.flatMap((e) => e.places.map((p) => ({ event_id: e.id, name: p.name, level: p.level })))
          if (places.length > 0) yield* sql`INSERT INTO event_places ${sql.insert(places)}`
          const orgs = ch.flatMap((e) => e.organizations.map((name) => ({ event_id: e.id, name })))
          if (orgs.length > 0) yield* sql`INSERT INTO event_orgs ${sql.insert(orgs)}`
          const merges = ch.flatMap((e) =>
            e.merged.map((m) => ({ event_id: e.id, document: m.document, span_start: m.span[0], span_end: m.span[1], method: m.method, score: m.score }))
          )
          if (merges.length > 0) yield* sql`INSERT INTO merges ${sql.insert(merges)}`
        })
      ).pipe(
        // the counts once for the whole batch: a name in many chunks is one upsert, not one per chunk
        Effect.zipRight(applyAggregateDelta(sql, aggregateDelta(events, 1)))
      )

    /** Stored events that share a lookup key with the new mentions (as whole events), and the postings. */
    const affected = (fresh: ReadonlyArray<ExtractedMention>, keysOf: (m: ExtractedMention) => ReadonlyArray<string>) =>
      Effect.gen(function* () {
        const keys = [...new Set(fresh.flatMap(keysOf))]
        const postings = new Map<string, Array<string> | typeof OVER_CAP>()
        for (const ch of chunks(keys)) {
          // counted first: a key filed under more mentions than its cap proposes nothing, and on
          // repetitive collections such keys held almost all the rows a plain lookup brought back
          const counts = yield* sql<{ lookup_key: string; n: number }>`SELECT lookup_key, COUNT(*) AS n FROM mention_keys WHERE lookup_key IN ${sql.in(ch)} GROUP BY lookup_key`
          const within: Array<string> = []
          for (const r of counts) {
            if (Number(r.n) > bucketCap(r.lookup_key)) postings.set(r.lookup_key, OVER_CAP)
            else within.push(r.lookup_key)
          }
          for (const wc of chunks(within)) {
            const rows = yield* sql<{ lookup_key: string; mention_key: string }>`SELECT lookup_key, mention_key FROM mention_keys WHERE lookup_key IN ${sql.in(wc)}`
            for (const r of rows) {
              const list = postings.get(r.lookup_key)
              if (Array.isArray(list)) list.push(r.mention_key)
              else postings.set(r.lookup_key, [r.mention_key])
            }
          }
        }
        const candidates = new Set<string>()
        // a key shared by more stored mentions than the dedup bucket cap is boilerplate, not evidence
        for (const list of postings.values()) if (list !== OVER_CAP) list.forEach((k) => candidates.add(k))
        const eventIds = new Set<string>()
        for (const ch of chunks([...candidates])) {
          const rows = yield* sql<{ event_id: string }>`SELECT DISTINCT event_id FROM mentions WHERE key IN ${sql.in(ch)}`
          rows.forEach((r) => eventIds.add(r.event_id))
        }
        // whole events, mentions only: the deduplicator recomputes their merge reasons from the cluster
        const groups = new Map<string, { eventId: string; mentions: Array<ExtractedMention> }>()
        for (const ch of chunks([...eventIds])) {
          const rows = yield* sql<{ key: string; event_id: string; record: string }>`SELECT key, event_id, record FROM mentions WHERE event_id IN ${sql.in(ch)} ORDER BY key`
          for (const r of rows) {
            const g = groups.get(r.event_id) ?? { eventId: r.event_id, mentions: [] }
            g.mentions.push(storedMention(r.key, r.record))
            groups.set(r.event_id, g)
          }
        }
        return { groups: [...groups.values()], postings }
      })

    /**
     * `affected`, with every event it reaches locked (PostgreSQL): an event can be reached through another
     * document's different key, so its id is locked too and the neighbourhood read again, until what was
     * read is all locked (a writer that rewrote a locked event has committed; one that would now must wait).
     */
    const lockedNeighbourhood = (fresh: ReadonlyArray<ExtractedMention>, keysOf: (m: ExtractedMention) => ReadonlyArray<string>) =>
      Effect.gen(function* () {
        const locked = new Set<string>()
        for (;;) {
          const found = yield* affected(fresh, keysOf)
          if (!backend.concurrentWriters) return found
          const more = found.groups.map((g) => g.eventId).filter((id) => !locked.has(id))
          if (more.length === 0) return found
          yield* backend.lock(more.map((id) => `event:${id}`))
          more.forEach((id) => locked.add(id))
        }
      })

    const ingestParsed = (name: string, contentHash: string, format: string, encoding: string, size: number, text: string, fresh: ReadonlyArray<ExtractedMention>, meta: DocumentMeta) =>
      Effect.gen(function* () {
        // each mention's lookup keys made once (locks, postings, filing): ~250 strings a mention
        const keyCache = new Map<ExtractedMention, ReadonlyArray<string>>()
        const keysOf = (m: ExtractedMention): ReadonlyArray<string> => {
          let keys = keyCache.get(m)
          if (keys === undefined) keyCache.set(m, (keys = [...new Set(lookupKeys(fingerprintMention(m)))]))
          return keys
        }
        // writers at once (PostgreSQL): this document and its lookup keys locked before anything is read,
        // so a writer sharing a key waits, then reads what the other committed (READ COMMITTED)
        yield* backend.lock([`doc:${contentHash}`, ...fresh.flatMap((m) => keysOf(m).map((k) => `key:${k}`))])
        // another process may have stored the same bytes while this one parsed them
        const stored = yield* sql`SELECT 1 AS x FROM documents WHERE content_hash = ${contentHash}`
        if (stored.length > 0) return null
        const { groups, postings } = yield* lockedNeighbourhood(fresh, keysOf)
        const { events, replaced } = dedupIncremental(groups, fresh, postings)
        const before = new Set(replaced)
        yield* deleteEvents(replaced)
        yield* writeEvents(events)
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
        for (const ch of chunks(newRows, 100)) {
          yield* sql`INSERT INTO mentions ${sql.insert(
            ch.map((m) => ({ key: m.key, event_id: idOf(m), content_hash: contentHash, document: m.document, span_start: m.span[0], span_end: m.span[1], record: mentionToJson(m) }))
          )}`
          const keyRows = ch.flatMap((m) => keysOf(m).map((k) => ({ lookup_key: k, mention_key: m.key })))
          for (const kc of chunks(keyRows)) yield* sql`INSERT INTO mention_keys ${sql.insert(kc)}`
        }
        const starts = [0]
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
        yield* sql`INSERT INTO documents ${sql.insert({ content_hash: contentHash, name, format, encoding, size, mentions: fresh.length, ingested_at: new Date().toISOString(), line_starts: JSON.stringify(starts), ...metaColumns(meta) })}`
        return {
          created: events.filter((e) => !before.has(e.id)).map((e) => e.id),
          merged: events.filter((e) => before.has(e.id)).map((e) => e.id)
        }
      })

    const skipped = (name: string): IngestedDocument => ({ name, status: "skipped", reason: "already stored (same content)", mentions: 0, created: [], merged: [] })

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

    /**
     * The stored document parsed again with new metadata (a new publication date): its mentions' records
     * are replaced (same spans, so the same keys) and every event holding one is rebuilt from its
     * members. Which mentions belong together is kept as clustering made it; ids stay.
     */
    const reresolveDocument = (d: ParsedDocument): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      inWriteTransaction(
        Effect.gen(function* () {
          // writers at once (PostgreSQL): the document and every event holding its mentions locked, read again until stable
          yield* backend.lock([`doc:${d.contentHash}`])
          const locked = new Set<string>()
          let storedRows: ReadonlyArray<{ key: string; event_id: string; document: string }>
          for (;;) {
            storedRows = yield* sql<{ key: string; event_id: string; document: string }>`SELECT key, event_id, document FROM mentions WHERE content_hash = ${d.contentHash}`
            const more = backend.concurrentWriters ? [...new Set(storedRows.map((r) => r.event_id))].filter((id) => !locked.has(id)) : []
            if (more.length === 0) break
            yield* backend.lock(more.map((id) => `event:${id}`))
            more.forEach((id) => locked.add(id))
          }
          yield* writeMeta(d.contentHash, d.meta)
          const eventOfKey = new Map(storedRows.map((r) => [r.key, r.event_id]))
          // the bytes may come back under another name: the reports keep the name they were stored under
          const nameOfKey = new Map(storedRows.map((r) => [r.key, r.document]))
          const changed = d.mentions.filter((m) => eventOfKey.has(m.key)).map((m) => ({ ...m, document: nameOfKey.get(m.key)! }))
          for (const m of changed) {
            yield* sql`UPDATE mentions SET record = ${mentionToJson(m)} WHERE key = ${m.key}`
            yield* sql`DELETE FROM mention_keys WHERE mention_key = ${m.key}`
            const keyRows = [...new Set(lookupKeys(fingerprintMention(m)))].map((k) => ({ lookup_key: k, mention_key: m.key }))
            for (const kc of chunks(keyRows)) yield* sql`INSERT INTO mention_keys ${sql.insert(kc)}`
          }
          const ids = [...new Set(changed.map((m) => eventOfKey.get(m.key)!))].sort()
          const rebuilt: Array<Event> = []
          const renamed: Array<readonly [string, string]> = []
          for (const ch of chunks(ids)) {
            const rows = yield* sql<{ event_id: string; record: string }>`SELECT event_id, record FROM mentions WHERE event_id IN ${sql.in(ch)} ORDER BY key`
            const byEvent = new Map<string, Array<ExtractedMention>>()
            for (const r of rows) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), mentionFromJson(r.record)])
            for (const id of ch) {
              const members = byEvent.get(id)
              if (members === undefined || members.length === 0) continue
              const e = rebuildEvent(members)
              rebuilt.push(e)
              if (e.id !== id) renamed.push([id, e.id])
            }
          }
          yield* deleteEvents(ids)
          yield* writeEvents(rebuilt)
          // an id is the smallest member key's, so it stays; kept right should that ever change
          for (const [from, to] of renamed) yield* sql`UPDATE mentions SET event_id = ${to} WHERE event_id = ${from}`
          return rebuilt.map((e) => e.id)
        })
      ).pipe(
        Effect.map((updated) => ({ name: d.name, status: "updated", mentions: d.mentions.length, created: [], merged: [], updated }) as IngestedDocument),
        Effect.catchTag("SqlError", (e) => Effect.fail(storeError(`updating ${d.name}`)(e)))
      )

    /** Documents by name with their metadata (for citing sources). */
    const documentsMeta = (names: ReadonlyArray<string>): Effect.Effect<ReadonlyMap<string, DocumentMeta>, StoreError> =>
      Effect.gen(function* () {
        const out = new Map<string, DocumentMeta>()
        for (const ch of chunks([...new Set(names)])) {
          const rows = yield* sql<DocumentRow>`SELECT * FROM documents WHERE name IN ${sql.in(ch)} ORDER BY ingested_at`.pipe(Effect.mapError(storeError("reading documents")))
          // a name stored twice (two versions): the later one speaks for it
          for (const r of rows) out.set(r.name, metaOfRow(r))
        }
        return out
      })

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
      Effect.gen(function* () {
        // BEGIN IMMEDIATE: concurrent writers (another `dashiji ingest`, the API) wait their turn
        const r = yield* inWriteTransaction(ingestParsed(d.name, d.contentHash, d.format, d.encoding, d.size, d.text, d.mentions, d.meta)).pipe(
          Effect.catchTag("SqlError", (e) => Effect.fail(storeError(`storing ${d.name}`)(e)))
        )
        if (r === null) return skipped(d.name)
        return { name: d.name, status: "ingested", mentions: d.mentions.length, created: r.created, merged: r.merged } as IngestedDocument
      })

    /** Parses and stores one document in one transaction; a stored document (same bytes) is skipped. */
    const ingestDocument = (input: DocumentInput, options: ParseOptions = {}): Effect.Effect<IngestedDocument, StoreError | StoreBusy> =>
      Effect.gen(function* () {
        const stored = yield* documentMeta(contentHashOf(input.bytes))
        if (Option.isSome(stored)) {
          const meta = mergeMeta(stored.value, input.meta ?? {})
          if (sameMeta(meta, stored.value)) return skipped(input.name)
          if ((meta.published ?? "") === (stored.value.published ?? "")) return yield* updateDocumentMeta(input.name, contentHashOf(input.bytes), meta)
          // a new publication date may change the years of its mentions: parsed again, events rebuilt
          const again = yield* Effect.either(parseDocument({ ...input, meta }, options).pipe(Effect.provideService(Segmenter, seg), Effect.provideService(Knowledge, knowledge)))
          if (Either.isLeft(again)) return { name: input.name, status: "failed", reason: again.left.reason, mentions: 0, created: [], merged: [] } as IngestedDocument
          return yield* reresolveDocument(again.right)
        }
        const parsed = yield* Effect.either(parseDocument(input, options).pipe(Effect.provideService(Segmenter, seg), Effect.provideService(Knowledge, knowledge)))
        if (Either.isLeft(parsed)) {
          const e: DocumentError = parsed.left
          return { name: input.name, status: "failed", reason: e.reason, mentions: 0, created: [], merged: [] } as IngestedDocument
        }
        return yield* ingestParsedDocument(parsed.right)
      })

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

    /** Does the subquery match at least COMMON_TERM rows? (Counted no further than that.) */
    const common = (subquery: Statement.Fragment) =>
      sql<{ n: number }>`SELECT COUNT(*) AS n FROM (${subquery} LIMIT ${COMMON_TERM}) AS t`.pipe(
        Effect.map((r) => Number(r[0]?.n ?? 0) >= COMMON_TERM),
        Effect.mapError(storeError("querying events"))
      )

    /** Events matching a filter, by date then id, one page at a time. */
    const listEvents = (filter: EventFilter): Effect.Effect<Page, StoreError | InvalidQuery> =>
      Effect.gen(function* () {
        const limit = filter.limit ?? 50
        if (limit < 1 || limit > 500) return yield* new InvalidQuery({ reason: "limit must be between 1 and 500" })
        const conds: Array<Statement.Fragment> = []
        if (filter.month !== undefined) conds.push(sql`e.month = ${filter.month}`)
        if (filter.from !== undefined) conds.push(sql`e.date_start >= ${filter.from}`)
        if (filter.to !== undefined) conds.push(sql`substr(e.date_start, 1, ${filter.to.length}) <= ${filter.to}`)
        if (filter.kind !== undefined) conds.push(sql`e.kind = ${filter.kind}`)
        if (filter.person !== undefined) conds.push(sql`e.id IN (SELECT event_id FROM event_people WHERE name = ${filter.person})`)
        if (filter.place !== undefined) conds.push(sql`e.id IN (SELECT event_id FROM event_places WHERE name = ${filter.place} OR name LIKE ${`${filter.place}%`})`)
        if (filter.org !== undefined) conds.push(sql`e.id IN (SELECT event_id FROM event_orgs WHERE name = ${filter.org})`)
        // which index leads: a word most events contain is best found by walking the events in date order
        // and stopping at a full page; a rarer one by collecting its matches first
        let byDate = false
        const onlyDates = filter.month === undefined && filter.kind === undefined && filter.place === undefined && filter.org === undefined
        if (filter.q !== undefined) {
          const q = filter.q.trim()
          // nothing to look up in the word index (q=*, q=%_\): a scan of every event's text, refused
          if (!/[\p{L}\p{N}]/u.test(q))
            return yield* new InvalidQuery({ reason: `q: search for words or numbers; "${[...q].slice(0, 20).join("")}" has neither (* % _ are not wildcards)` })
          // one or two characters: a substring test, which no word index serves; jieba is not asked (its
          // dictionary loads on first use, a second and more: the terminal browser's first short search waited for it)
          const short = [...q].length <= 2
          const tokens = short ? [] : seg.cutForSearch(q).filter((w) => /[\p{L}\p{N}]/u.test(w))
          // the word index narrows the candidates; the substring test keeps only real occurrences of the query
          const like = backend.contains(q)
          if (short || tokens.length === 0) conds.push(like)
          else {
            const unique = [...new Set(tokens)]
            conds.push(backend.matchesAll(unique), like)
            if (onlyDates && filter.person === undefined) byDate = yield* common(backend.matchRows(unique))
          }
        }
        // the same for a person most events name, when nothing else narrows the events
        if (onlyDates && filter.person !== undefined && filter.q === undefined) byDate = yield* common(sql`SELECT 1 FROM event_people WHERE name = ${filter.person}`)
        return yield* eventPage(sql, conds, { byDate, cursor: filter.cursor, limit })
      })

    const getEvent = (id: string): Effect.Effect<Option.Option<Event>, StoreError> =>
      sql<{ record: string }>`SELECT record FROM events WHERE id = ${id}`.pipe(
        Effect.map((rows) => (rows[0] === undefined ? Option.none() : Option.some(eventFromJson(rows[0].record)))),
        Effect.mapError(storeError("reading an event"))
      )

    const months = (): Effect.Effect<ReadonlyArray<MonthCount>, StoreError> =>
      sql<{ month: string; count: number }>`SELECT month, n AS count FROM month_counts WHERE n > 0 ORDER BY month`.pipe(
        Effect.map((rows) => rows.map((r) => ({ month: r.month, count: Number(r.count) }))),
        Effect.mapError(storeError("counting months"))
      )

    // read from the counts kept by writeEvents/deleteEvents (aggregates.ts), not by grouping every row
    const people = (limit = 500): Effect.Effect<ReadonlyArray<PersonCount>, StoreError> =>
      Effect.gen(function* () {
        const rows = yield* sql<{ name: string; pinyin: string; count: number }>`SELECT name, pinyin, n AS count FROM person_counts WHERE n > 0 ORDER BY n DESC, ${backend.byteOrder("name")} LIMIT ${limit}`
        const titles = new Map<string, Array<string>>()
        for (const ch of chunks(rows.map((r) => r.name)))
          for (const t of yield* sql<{ name: string; title: string }>`SELECT name, title FROM person_titles WHERE name IN ${sql.in(ch)} AND n > 0 ORDER BY name, n DESC, ${backend.byteOrder("title")}`)
            titles.set(t.name, [...(titles.get(t.name) ?? []), t.title])
        return rows.map((r) => ({ name: r.name, pinyin: r.pinyin.length === 0 ? namePinyin(r.name) : r.pinyin, count: Number(r.count), titles: titles.get(r.name) ?? [] }))
      }).pipe(Effect.mapError(storeError("counting people")))

    const personTimeline = (name: string, limit = 500): Effect.Effect<ReadonlyArray<Event>, StoreError> =>
      sql<{ record: string }>`SELECT e.record FROM events e WHERE e.id IN (SELECT event_id FROM event_people WHERE name = ${name}) ORDER BY e.date_start, e.id LIMIT ${limit}`.pipe(
        Effect.map((rows) => rows.map((r) => eventFromJson(r.record))),
        Effect.mapError(storeError("reading a timeline"))
      )

    const places = (limit = 500): Effect.Effect<ReadonlyArray<PlaceCount>, StoreError> =>
      Effect.gen(function* () {
        const rows = yield* sql<{ name: string; count: number }>`SELECT name, n AS count FROM place_counts WHERE n > 0 ORDER BY n DESC, ${backend.byteOrder("name")} LIMIT ${limit}`
        const level = new Map<string, string>()
        for (const ch of chunks(rows.map((r) => r.name)))
          for (const l of yield* sql<{ name: string; level: string }>`SELECT name, MIN(level) AS level FROM place_levels WHERE name IN ${sql.in(ch)} AND n > 0 GROUP BY name`) level.set(l.name, l.level)
        return rows.map((r) => ({ name: r.name, level: level.get(r.name) ?? "", count: Number(r.count) }))
      }).pipe(Effect.mapError(storeError("counting places")))

    /** Raw text positions → line numbers for source notes (documents are not stored; mentions carry spans). */
    const documentNames = (): Effect.Effect<ReadonlyArray<{ name: string; contentHash: string; format: string }>, StoreError> =>
      sql<{ name: string; content_hash: string; format: string }>`SELECT name, content_hash, format FROM documents ORDER BY name`.pipe(
        Effect.map((rows) => rows.map((r) => ({ name: r.name, contentHash: r.content_hash, format: r.format }))),
        Effect.mapError(storeError("listing documents"))
      )

    /** (document name, raw offset) → 1-based line, for source notes; loads line starts of the named documents. */
    const lineLookup = (names: ReadonlyArray<string>): Effect.Effect<(document: string, offset: number) => number | undefined, StoreError> =>
      Effect.gen(function* () {
        const starts = new Map<string, Array<number>>()
        for (const ch of chunks([...new Set(names)])) {
          const rows = yield* sql<{ name: string; line_starts: string }>`SELECT name, line_starts FROM documents WHERE name IN ${sql.in(ch)}`.pipe(
            Effect.mapError(storeError("reading line starts"))
          )
          for (const r of rows) starts.set(r.name, JSON.parse(r.line_starts) as Array<number>)
        }
        return (document: string, offset: number) => {
          const s = starts.get(document)
          if (s === undefined) return undefined
          let lo = 0
          let hi = s.length - 1
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1
            if (s[mid]! <= offset) lo = mid
            else hi = mid - 1
          }
          return lo + 1
        }
      })

    /** Bulk path for benchmarks and imports: events written as they are, no parsing or dedup. */
    const insertEvents = (events: ReadonlyArray<Event>): Effect.Effect<void, StoreError | StoreBusy> =>
      inWriteTransaction(writeEvents(events)).pipe(Effect.asVoid, Effect.catchTag("SqlError", (e) => Effect.fail(storeError("inserting events")(e))))

    const count = (): Effect.Effect<number, StoreError> =>
      sql<{ n: number }>`SELECT COUNT(*) AS n FROM events`.pipe(
        Effect.map((r) => Number(r[0]?.n ?? 0)),
        Effect.mapError(storeError("counting events"))
      )

    return { ingestDocument, ingestParsedDocument, hasDocument, documentMeta, updateDocumentMeta, reresolveDocument, documentsMeta, lastFetch, recordFetch, ingestDocuments, listEvents, getEvent, months, people, personTimeline, places, documentNames, lineLookup, insertEvents, count } as const
  })
}) {}
