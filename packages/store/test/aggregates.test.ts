import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { browseLayer, peopleSummary, placesSummary } from "../src/browse.ts"
import { eventFromJson } from "../src/rows.ts"
import { summaryJson } from "../src/summary.ts"
import { backends, bothServices, seedInputs, type Store } from "./helpers.ts"

/**
 * The counts behind /months, /people and /places (aggregates.ts) are kept by the ingest transaction; they
 * must equal what grouping the event tables gives after every kind of write: new events, events merged and
 * rewritten, a document re-dated (events rebuilt), and when a store made before them is migrated.
 */

const withSql = <A>(db: string, f: (sql: SqlClient.SqlClient, store: Store) => Effect.Effect<A, unknown>): Promise<A> =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(Effect.all([SqlClient.SqlClient, bothServices]), ([sql, store]) => f(sql, store))).pipe(Effect.provide(browseLayer(db))) as Effect.Effect<A, unknown, never>)

const sorted = <A>(rows: ReadonlyArray<A>) => rows.map((r) => JSON.stringify(r)).sort()

/** The counts as kept, and as grouping the event tables computes them. */
const keptAndComputed = (db: string) =>
  withSql(db, (sql) =>
    Effect.gen(function* () {
      const kept = {
        months: yield* sql<{ month: string; n: number }>`SELECT month, n FROM month_counts`,
        people: yield* sql<{ name: string; n: number }>`SELECT name, n FROM person_counts`,
        titles: yield* sql<{ name: string; title: string; n: number }>`SELECT name, title, n FROM person_titles`,
        places: yield* sql<{ name: string; n: number }>`SELECT name, n FROM place_counts`,
        levels: yield* sql<{ name: string; level: string; n: number }>`SELECT name, level, n FROM place_levels`
      }
      const titleRows = yield* sql<{ name: string; titles: string }>`SELECT name, titles FROM event_people`
      const titles = new Map<string, number>()
      for (const r of titleRows) for (const t of r.titles.split("、").filter((x) => x.length > 0)) titles.set(`${r.name}\t${t}`, (titles.get(`${r.name}\t${t}`) ?? 0) + 1)
      const computed = {
        months: yield* sql<{ month: string; n: number }>`SELECT month, COUNT(*) AS n FROM events GROUP BY month`,
        people: yield* sql<{ name: string; n: number }>`SELECT name, COUNT(DISTINCT event_id) AS n FROM event_people GROUP BY name`,
        titles: [...titles].map(([k, n]) => ({ name: k.split("\t")[0]!, title: k.split("\t")[1]!, n })),
        places: yield* sql<{ name: string; n: number }>`SELECT name, COUNT(DISTINCT event_id) AS n FROM event_places GROUP BY name`,
        levels: yield* sql<{ name: string; level: string; n: number }>`SELECT name, level, COUNT(*) AS n FROM event_places GROUP BY name, level`
      }
      const norm = (o: Record<string, ReadonlyArray<Record<string, unknown>>>) =>
        Object.fromEntries(Object.entries(o).map(([k, rows]) => [k, sorted(rows.map((r) => ({ ...r, n: Number(r["n"]) })))]))
      return { kept: norm(kept), computed: norm(computed) }
    })
  )

const doc = (name: string, text: string, published?: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, "utf8")), ...(published === undefined ? {} : { meta: { published } }) })

// made up: two reports of one meeting (they merge), one of another day, and a longer account that merges into the first
const short = doc("short.txt", "3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产工作。\n3月9日,省委书记周建国在青山市调研,深入青山县走访农户。")
const other = doc("other.txt", "4月15日,副省长陈立新到白河市检查防汛工作。")
const long = doc(
  "long.txt",
  "3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产工作,审议通过了有关文件。会议要求,各地要抓好落实。\n3月9日,省委书记周建国在青山市调研,深入青山县走访农户,察看春耕备耕情况。",
  "2024-03-20"
)

describe.each(backends)("aggregate counts on $name", ({ tempDb }) => {
  it("equal grouping the event tables after new, merged, rebuilt and re-dated events; the read answers come from them", async () => {
    const db = await tempDb()
    const steps = [[short], [other], [long], seedInputs().slice(0, 3), seedInputs().slice(3), [{ ...short, meta: { published: "2023-05-01" } }]]
    for (const step of steps) {
      const results = await withSql(db, (_, s) => s.ingestDocuments(step))
      expect(results.every((r) => r.status !== "failed")).toBe(true)
      const { kept, computed } = await keptAndComputed(db)
      expect(kept).toEqual(computed)
    }
    // the long account merged into the short one's events, and the re-dating moved them to 2023
    const { kept } = await keptAndComputed(db)
    expect(kept["months"]!.some((r) => r.startsWith('{"month":"2023-03"'))).toBe(true)
    const answers = await withSql(db, (_, s) => Effect.all({ people: s.people(100000), places: s.places(100000), months: s.months() }))
    expect(sorted(answers.people.map((p) => ({ name: p.name, n: p.count })))).toEqual(kept["people"])
    expect(sorted(answers.places.map((p) => ({ name: p.name, n: p.count })))).toEqual(kept["places"])
    expect(sorted(answers.months.map((m) => ({ month: m.month, n: m.count })))).toEqual(kept["months"])
    // the terminal browser's lists read them too
    const browse = await withSql(db, (sql) => Effect.all({ people: peopleSummary(), places: placesSummary() }).pipe(Effect.provideService(SqlClient.SqlClient, sql)))
    expect(sorted(browse.people.map((p) => ({ name: p.name, n: p.count })))).toEqual(kept["people"])
    expect(sorted(browse.places.map((p) => ({ name: p.name, n: p.count })))).toEqual(kept["places"])
    const li = answers.people.find((p) => p.name === "李华")
    expect(li?.titles).toContain("省长")
    expect(li?.count).toBe(1)
    // most frequent first
    expect(answers.people.every((p, i) => i === 0 || answers.people[i - 1]!.count >= p.count)).toBe(true)
  })

  it("a store made before the counts gets them filled when it is migrated", async () => {
    const db = await tempDb()
    await withSql(db, (_, s) => s.ingestDocuments([short, other, long, ...seedInputs()]))
    const before = await keptAndComputed(db)
    // back to the schema before migration 7 (later ones undone or run again): the next open must rebuild the counts from the event tables
    await withSql(db, (sql) =>
      Effect.gen(function* () {
        for (const t of ["month_counts", "person_counts", "person_titles", "place_counts", "place_levels"]) yield* sql.unsafe(`DROP TABLE ${t}`)
        yield* sql`ALTER TABLE events DROP COLUMN listing`
        yield* sql`DROP TABLE IF EXISTS events_grams`
        yield* sql`DELETE FROM effect_sql_migrations WHERE migration_id >= 7`
      })
    )
    const after = await keptAndComputed(db)
    expect(after.kept).toEqual(after.computed)
    expect(after.kept).toEqual(before.kept)
    // migration 9 filled every event's listing summary from its record
    const rows = await withSql(db, (sql) => sql<{ record: string; listing: string }>`SELECT record, listing FROM events`)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.filter((r) => r.listing !== summaryJson(eventFromJson(r.record)))).toEqual([])
  })
})
