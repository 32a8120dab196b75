import type * as SqlClient from "@effect/sql/SqlClient"
import { bucketCap, type Event, type ExtractedMention, OVER_CAP } from "@dashiji/core"
import { Effect } from "effect"
import type { Backend } from "./backend.ts"
import { aggregateDelta, applyAggregateDelta } from "./aggregates.ts"
import { eventFromJson, eventToJson, mentionFromJson, monthOf } from "./rows.ts"
import { summaryJson } from "./summary.ts"

export const CHUNK = 400
/** Parsed stored mentions kept for the next documents (a few KB each). */
const PARSED_MENTIONS = 20_000

export const chunks = <A>(xs: ReadonlyArray<A>, n = CHUNK): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n))
  return out
}

/** A stored event as the deduplicator needs it: all of its mentions. */
export interface StoredGroup {
  readonly eventId: string
  readonly mentions: Array<ExtractedMention>
}

/**
 * The rows behind events and mentions, written and read for the ingest use case (ingest.ts): no parsing,
 * no dedup, no transactions — the caller holds one. `tokens` gives an event's full-text words.
 */
/** What a search looks in: the title, then the text. */
const searchText = (e: Event): string => `${e.title}\n${e.text}`

export const makeRepository = (sql: SqlClient.SqlClient, backend: Backend, tokens: (e: Event) => ReadonlyArray<string>) => {
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

  const deleteEvents = (ids: ReadonlyArray<string>) =>
    Effect.forEach(chunks(ids), (ch) =>
      Effect.gen(function* () {
        // the counts lose what these events held (read before they go)
        const gone = yield* sql<{ record: string }>`SELECT record FROM events WHERE id IN ${sql.in(ch)}`
        yield* applyAggregateDelta(sql, aggregateDelta(gone.map((r) => eventFromJson(r.record)), -1))
        yield* Effect.all(
          [
            // the FTS rows first: on SQLite they are found through their events' rowids
            backend.unindexEvents(ch),
            sql`DELETE FROM events WHERE id IN ${sql.in(ch)}`,
            sql`DELETE FROM event_people WHERE event_id IN ${sql.in(ch)}`,
            sql`DELETE FROM event_places WHERE event_id IN ${sql.in(ch)}`,
            sql`DELETE FROM event_orgs WHERE event_id IN ${sql.in(ch)}`,
            sql`DELETE FROM merges WHERE event_id IN ${sql.in(ch)}`
          ],
          { concurrency: 1 }
        )
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
            search_text: searchText(e),
            record: eventToJson(e),
            listing: summaryJson(e)
          }))
        )}`
        yield* backend.indexEvents(ch.map((e) => ({ id: e.id, tokens: tokens(e), text: searchText(e) })))
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

  /** The stored mentions filed under each key, or OVER_CAP past the key's cap (dedupIncremental's postings). */
  const postingsOf = (keys: ReadonlyArray<string>) =>
    Effect.gen(function* () {
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
      return postings
    })

  /** The events holding any of these mentions. */
  const eventsOfMentions = (mentionKeys: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      const eventIds = new Set<string>()
      for (const ch of chunks(mentionKeys)) {
        const rows = yield* sql<{ event_id: string }>`SELECT DISTINCT event_id FROM mentions WHERE key IN ${sql.in(ch)}`
        rows.forEach((r) => eventIds.add(r.event_id))
      }
      return [...eventIds]
    })

  /** Each event's mentions (in key order), for the events that have any. */
  const groupsOf = (eventIds: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      const groups = new Map<string, StoredGroup>()
      for (const ch of chunks(eventIds)) {
        const rows = yield* sql<{ key: string; event_id: string; record: string }>`SELECT key, event_id, record FROM mentions WHERE event_id IN ${sql.in(ch)} ORDER BY key`
        for (const r of rows) {
          const g = groups.get(r.event_id) ?? { eventId: r.event_id, mentions: [] }
          g.mentions.push(storedMention(r.key, r.record))
          groups.set(r.event_id, g)
        }
      }
      return groups
    })

  /** Files each mention's lookup keys. */
  const fileKeys = (rows: ReadonlyArray<{ readonly mentionKey: string; readonly keys: ReadonlyArray<string> }>) =>
    Effect.forEach(chunks(rows.flatMap((r) => r.keys.map((k) => ({ lookup_key: k, mention_key: r.mentionKey })))), (kc) => sql`INSERT INTO mention_keys ${sql.insert(kc)}`, { discard: true })

  return { deleteEvents, writeEvents, postingsOf, eventsOfMentions, groupsOf, fileKeys }
}

export type Repository = ReturnType<typeof makeRepository>
