import { Effect, Option } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, backends, parseAll, seedInputs, withStore } from "./helpers.ts"

const summary = (events: ReadonlyArray<{ id: string; sources: ReadonlyArray<{ document: string; span: readonly [number, number] }> }>) =>
  events.map((e) => `${e.id} ${e.sources.map((s) => `${s.document}@${s.span[0]}`).sort().join(",")}`).sort()

describe.each(backends)("the store (Ingest and EventQuery) on $name", ({ tempDb }) => {
  it("ingesting the seeds gives the same events as parsing them, and twice is the same as once", async () => {
    const db = await tempDb()
    const first = await withStore(db, (s) => s.ingestDocuments(seedInputs()))
    expect(first.every((r) => r.status === "ingested")).toBe(true)
    const once = await withStore(db, allEvents)
    const again = await withStore(db, (s) => s.ingestDocuments(seedInputs()))
    expect(again.every((r) => r.status === "skipped")).toBe(true)
    const twice = await withStore(db, allEvents)
    expect(summary(twice)).toEqual(summary(once))
    const parsed = await parseAll(seedInputs())
    expect(summary(once)).toEqual(summary(parsed.events))
  })

  it("ingesting the seeds in any order gives the same event ids and counts", async () => {
    const inputs = seedInputs()
    const orders = [inputs, [...inputs].reverse(), [inputs[3]!, inputs[0]!, inputs[4]!, inputs[2]!, inputs[1]!]]
    const results: Array<Array<string>> = []
    for (const order of orders) {
      const db = await tempDb()
      for (const doc of order) await withStore(db, (s) => s.ingestDocument(doc))
      results.push(summary(await withStore(db, allEvents)))
    }
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
  })

  it("reports created and merged events, and merges a later document into stored events", async () => {
    const db = await tempDb()
    const [a, b] = await withStore(db, (s) =>
      s.ingestDocuments([
        { name: "entry.txt", bytes: Buffer.from("3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产和粮食安全工作,审议通过了有关文件。", "utf8") },
        {
          name: "article.txt",
          bytes: Buffer.from(
            "3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产和粮食安全工作,审议通过了有关文件。会议指出,要坚持稳中求进,统筹发展和安全,扎实做好春季农业生产。会议要求,各地各部门要加强协调配合,抓好落实。",
            "utf8"
          )
        }
      ])
    )
    expect(a!.created).toHaveLength(1)
    expect(b!.created.length + b!.merged.length).toBe(1)
    const events = await withStore(db, allEvents)
    expect(events).toHaveLength(1)
    expect(events[0]!.sources.map((s) => s.document).sort()).toEqual(["article.txt", "entry.txt"])
  })

  it("answers queries: month, person, place, kind, full text (short and long), by id, aggregates, pagination", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.ingestDocuments(seedInputs()))
    await withStore(db, (s) =>
      Effect.gen(function* () {
        const feb = yield* s.listEvents({ month: "2020-02", limit: 500 })
        expect(feb.items.length).toBeGreaterThan(50)
        expect(feb.items.every((e) => e.date.start.startsWith("2020-02"))).toBe(true)
        const starts = feb.items.map((e) => e.date.start)
        expect([...starts].sort()).toEqual(starts)
        const person = yield* s.listEvents({ person: "尹弘", limit: 500 })
        expect(person.items.length).toBeGreaterThan(5)
        expect(person.items.every((e) => e.people.some((p) => p.name === "尹弘"))).toBe(true)
        const kind = yield* s.listEvents({ kind: "conference_call", limit: 500 })
        expect(kind.items.every((e) => e.kind === "conference_call")).toBe(true)
        const q = yield* s.listEvents({ q: "电视电话会议", limit: 500 })
        expect(q.items.length).toBeGreaterThan(0)
        expect(q.items.every((e) => `${e.title}${e.text}`.includes("电视电话会议"))).toBe(true)
        const short = yield* s.listEvents({ q: "郑", limit: 500 })
        expect(short.items.length).toBeGreaterThan(0)
        expect(short.items.every((e) => `${e.title}${e.text}`.includes("郑"))).toBe(true)
        const place = yield* s.listEvents({ place: "信阳", limit: 500 })
        expect(place.items.length).toBeGreaterThan(0)
        // pagination walks the same list without gaps or repeats
        const seen: Array<string> = []
        let cursor: string | undefined
        do {
          const page = yield* s.listEvents({ month: "2020-02", limit: 7, cursor })
          seen.push(...page.items.map((e) => e.id))
          cursor = page.nextCursor ?? undefined
        } while (cursor !== undefined)
        expect(seen).toEqual(feb.items.map((e) => e.id))
        const one = yield* s.getEvent(feb.items[0]!.id)
        expect(Option.getOrThrow(one)).toEqual(feb.items[0])
        expect(Option.isNone(yield* s.getEvent("ev_000000000000"))).toBe(true)
        const months = yield* s.months()
        expect(months.find((m) => m.month === "2020-02")?.count).toBe(feb.items.length)
        const people = yield* s.people()
        expect(people[0]!.count).toBeGreaterThanOrEqual(people[people.length - 1]!.count)
        expect(people.find((p) => p.name === "王国生")?.titles).toContain("省委书记")
        const timeline = yield* s.personTimeline("王国生")
        expect(timeline.length).toBeGreaterThan(10)
        const places = yield* s.places()
        expect(places.length).toBeGreaterThan(5)
      })
    )
  })

  it("rejects a malformed cursor and an out-of-range limit with typed errors", async () => {
    const db = await tempDb()
    const bad = await withStore(db, (s) => Effect.either(s.listEvents({ cursor: "nonsense" })))
    expect(bad._tag === "Left" && bad.left._tag).toBe("InvalidQuery")
    const big = await withStore(db, (s) => Effect.either(s.listEvents({ limit: 10_000 })))
    expect(big._tag === "Left" && big.left._tag).toBe("InvalidQuery")
  })

  it("keeps what is stored when a bad file comes in", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.ingestDocuments(seedInputs().slice(0, 2)))
    const before = await withStore(db, allEvents)
    const r = await withStore(db, (s) =>
      s.ingestDocuments([
        { name: "empty.txt", bytes: new Uint8Array() },
        { name: "nul.bin", bytes: new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0, 3]) }
      ])
    )
    expect(r.map((x) => x.status)).toEqual(["failed", "failed"])
    expect(r[0]!.reason).toMatch(/empty/)
    expect(summary(await withStore(db, allEvents))).toEqual(summary(before))
  })
})

describe.each(backends)("full text on a large store ($name)", ({ tempDb }) => {
  it("a word or a person most events have gives every match once, in date order (the date-order plan)", async () => {
    const db = await tempDb()
    const parsed = await parseAll(seedInputs())
    const base = parsed.events.filter((e) => e.summary.includes("疫情"))
    expect(base.length).toBeGreaterThan(5)
    // 2,400 copies on spread dates: more than the threshold at which the date-order plan takes over
    const copies = Array.from({ length: 2400 }, (_, k) => {
      const e = base[k % base.length]!
      const start = `20${10 + (k % 15)}-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`
      return { ...e, id: `ev_${String(k).padStart(12, "0")}`, date: { ...e.date, start, end: null }, people: [...e.people, { name: "周建华", pinyin: "Zhōu Jiànhuá", titles: ["市长"], role: "lead" as const }] }
    })
    await withStore(db, (s) => s.insertEvents(copies))
    const datesAndIds = (events: ReadonlyArray<{ date: { start: string }; id: string }>) => events.map((e) => `${e.date.start} ${e.id}`)
    const pages = datesAndIds(await withStore(db, (s) => allEvents(s, { q: "疫情防控" })))
    // every copy holds the words somewhere in its record (title, summary or text)
    const expected = datesAndIds(copies.filter((e) => JSON.stringify(e).includes("疫情防控"))).sort()
    expect(pages.length).toBeGreaterThan(2000)
    expect(pages).toEqual(expected)
    // a person every copy names: the same plan, the same order
    const byPerson = datesAndIds(await withStore(db, (s) => allEvents(s, { person: "周建华" })))
    expect(byPerson).toEqual(datesAndIds(copies).sort())
  })
})
