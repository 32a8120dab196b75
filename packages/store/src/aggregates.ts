import type * as SqlClient from "@effect/sql/SqlClient"
import type { Event } from "@dashiji/core"
import { Effect } from "effect"
import { monthOf } from "./rows.ts"

/**
 * Counts kept beside the events (issue #23, "cheap reads"): `/months`, `/people` and `/places` read these
 * small tables instead of grouping every row of events, event_people and event_places (0.67 s for
 * /people on 100k events, so a request a second saturated the server). They are changed by the same
 * statements that write and delete events, in the same transaction, so they never disagree with them.
 *
 *   month_counts  (month, n)             events per month
 *   person_counts (name, pinyin, n)      events naming the person (an event naming someone twice counts once)
 *   person_titles (name, title, n)       person rows holding the title
 *   place_counts  (name, n)              events naming the place
 *   place_levels  (name, level, n)       place rows at that level (the list shows the smallest level)
 */

export interface AggregateDelta {
  readonly months: Map<string, number>
  readonly people: Map<string, { pinyin: string; n: number }>
  readonly titles: Map<string, Map<string, number>>
  readonly places: Map<string, number>
  readonly levels: Map<string, Map<string, number>>
}

const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by)
const bumpIn = (m: Map<string, Map<string, number>>, k: string, sub: string, by: number) => {
  const inner = m.get(k) ?? new Map<string, number>()
  m.set(k, bump(inner, sub, by))
}

/** What adding (`sign` 1) or removing (−1) these events changes in the counts. */
export const aggregateDelta = (events: ReadonlyArray<Event>, sign: 1 | -1): AggregateDelta => {
  const d: AggregateDelta = { months: new Map(), people: new Map(), titles: new Map(), places: new Map(), levels: new Map() }
  for (const e of events) {
    bump(d.months, monthOf(e), sign)
    for (const name of new Set(e.people.map((p) => p.name))) {
      const pinyin = e.people.find((p) => p.name === name && p.pinyin.length > 0)?.pinyin ?? ""
      const cur = d.people.get(name)
      d.people.set(name, { pinyin: cur !== undefined && cur.pinyin.length > 0 ? cur.pinyin : pinyin, n: (cur?.n ?? 0) + sign })
    }
    for (const p of e.people) for (const t of p.titles) bumpIn(d.titles, p.name, t, sign)
    for (const name of new Set(e.places.map((p) => p.name))) bump(d.places, name, sign)
    for (const p of e.places) bumpIn(d.levels, p.name, p.level, sign)
  }
  return d
}

const CHUNK = 300

const chunked = <A>(xs: ReadonlyArray<A>): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK))
  return out
}

const flat = (m: Map<string, Map<string, number>>, sub: string) =>
  [...m]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, inner]) => [...inner].filter(([, n]) => n !== 0).map(([k, n]) => ({ name, [sub]: k, n })))

/**
 * Entries in key order: writers at once (PostgreSQL) update shared count rows, and taking row locks in
 * one order everywhere keeps two of them from waiting on each other (a deadlock, retried, but wasted).
 */
const ordered = <V>(m: Map<string, V>): Array<[string, V]> => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/**
 * Applies a delta with portable upserts (INSERT … ON CONFLICT DO UPDATE: SQLite ≥ 3.24 and PostgreSQL);
 * rows whose count falls to zero are removed. Each statement names a key once (PostgreSQL refuses to
 * update one row twice in a statement), which the delta's maps guarantee.
 */
export const applyAggregateDelta = (sql: SqlClient.SqlClient, d: AggregateDelta) =>
  Effect.gen(function* () {
    const months = ordered(d.months).filter(([, n]) => n !== 0).map(([month, n]) => ({ month, n }))
    for (const ch of chunked(months)) yield* sql`INSERT INTO month_counts ${sql.insert(ch)} ON CONFLICT (month) DO UPDATE SET n = month_counts.n + excluded.n`
    const people = ordered(d.people).filter(([, v]) => v.n !== 0).map(([name, v]) => ({ name, pinyin: v.pinyin, n: v.n }))
    for (const ch of chunked(people))
      yield* sql`INSERT INTO person_counts ${sql.insert(ch)} ON CONFLICT (name) DO UPDATE SET n = person_counts.n + excluded.n, pinyin = CASE WHEN person_counts.pinyin = '' THEN excluded.pinyin ELSE person_counts.pinyin END`
    for (const ch of chunked(flat(d.titles, "title"))) yield* sql`INSERT INTO person_titles ${sql.insert(ch)} ON CONFLICT (name, title) DO UPDATE SET n = person_titles.n + excluded.n`
    const places = ordered(d.places).filter(([, n]) => n !== 0).map(([name, n]) => ({ name, n }))
    for (const ch of chunked(places)) yield* sql`INSERT INTO place_counts ${sql.insert(ch)} ON CONFLICT (name) DO UPDATE SET n = place_counts.n + excluded.n`
    for (const ch of chunked(flat(d.levels, "level"))) yield* sql`INSERT INTO place_levels ${sql.insert(ch)} ON CONFLICT (name, level) DO UPDATE SET n = place_levels.n + excluded.n`
    // only a removal can bring a count to zero
    const fell = (m: Map<string, number>) => [...m].filter(([, n]) => n < 0).map(([k]) => k)
    for (const ch of chunked(fell(d.months))) yield* sql`DELETE FROM month_counts WHERE month IN ${sql.in(ch)} AND n <= 0`
    const fellPeople = [...d.people].filter(([, v]) => v.n < 0).map(([k]) => k)
    for (const ch of chunked(fellPeople)) yield* sql`DELETE FROM person_counts WHERE name IN ${sql.in(ch)} AND n <= 0`
    const fellTitles = [...d.titles].filter(([, inner]) => [...inner.values()].some((n) => n < 0)).map(([k]) => k)
    for (const ch of chunked(fellTitles)) yield* sql`DELETE FROM person_titles WHERE name IN ${sql.in(ch)} AND n <= 0`
    for (const ch of chunked(fell(d.places))) yield* sql`DELETE FROM place_counts WHERE name IN ${sql.in(ch)} AND n <= 0`
    const fellLevels = [...d.levels].filter(([, inner]) => [...inner.values()].some((n) => n < 0)).map(([k]) => k)
    for (const ch of chunked(fellLevels)) yield* sql`DELETE FROM place_levels WHERE name IN ${sql.in(ch)} AND n <= 0`
  })
