import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { type Event, type ExtractedMention, fingerprintMention, lookupKeys, type ParsedDocument, rebuildEvent } from "@dashiji/core"
import { Effect } from "effect"
import type { Backend } from "./backend.ts"
import { chunks, type Repository } from "./repository.ts"
import { mentionFromJson, mentionToJson } from "./rows.ts"

/**
 * The stored document parsed again with new metadata (a new publication date): its mentions' records are
 * replaced (same spans, so the same keys) and every event holding one is rebuilt from its members. Which
 * mentions belong together is kept as clustering made it; ids stay. `writeMeta` runs once the document and
 * its events are locked. Returns the ids of the rebuilt events. Runs inside the caller's write transaction.
 */
export const reresolve = (
  sql: SqlClient.SqlClient,
  backend: Backend,
  repo: Repository,
  d: ParsedDocument,
  writeMeta: Effect.Effect<unknown, SqlError>
): Effect.Effect<ReadonlyArray<string>, SqlError> =>
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
    yield* writeMeta
    const eventOfKey = new Map(storedRows.map((r) => [r.key, r.event_id]))
    // the bytes may come back under another name: the reports keep the name they were stored under
    const nameOfKey = new Map(storedRows.map((r) => [r.key, r.document]))
    const changed = d.mentions.filter((m) => eventOfKey.has(m.key)).map((m) => ({ ...m, document: nameOfKey.get(m.key)! }))
    for (const m of changed) {
      yield* sql`UPDATE mentions SET record = ${mentionToJson(m)} WHERE key = ${m.key}`
      yield* sql`DELETE FROM mention_keys WHERE mention_key = ${m.key}`
      yield* repo.fileKeys([{ mentionKey: m.key, keys: [...new Set(lookupKeys(fingerprintMention(m)))] }])
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
    yield* repo.deleteEvents(ids)
    yield* repo.writeEvents(rebuilt)
    // an id is the smallest member key's, so it stays; kept right should that ever change
    for (const [from, to] of renamed) yield* sql`UPDATE mentions SET event_id = ${to} WHERE event_id = ${from}`
    return rebuilt.map((e) => e.id)
  })
