import { createHash } from "node:crypto"
import { Option } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, backends, withStore } from "./helpers.ts"

// made-up reports: nothing in the text says which year
const entry = "3月2日，省长李华主持召开省政府常务会议，研究部署春耕生产和粮食安全工作，审议通过了有关文件。\n3月4日，李华到某某县调研春季农业生产，察看小麦长势。\n"
const bytes = Buffer.from(entry, "utf8")

const years = (events: ReadonlyArray<{ id: string; date: { start: string; year: { source: string } } }>) =>
  events.map((e) => `${e.id} ${e.date.start} ${e.date.year.source}`).sort()

describe.each(backends)("document metadata in the store ($name)", ({ tempDb }) => {
  it("stores the given metadata; its publication date justifies the years", async () => {
    const db = await tempDb()
    const [r] = await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes, meta: { url: "http://127.0.0.1/a", title: "某某省大事记", publisher: "某某省人民政府", published: "2021-03-05" } }]))
    expect(r!.status).toBe("ingested")
    const events = await withStore(db, allEvents)
    expect(events.map((e) => e.date.start).sort()).toEqual(["2021-03-02", "2021-03-04"])
    expect(events.every((e) => e.date.year.source === "published")).toBe(true)
    const meta = await withStore(db, (s) => s.documentsMeta(["a.txt"]))
    // with the encoding its bytes were read as, for citing
    expect(meta.get("a.txt")).toEqual({ url: "http://127.0.0.1/a", title: "某某省大事记", publisher: "某某省人民政府", published: "2021-03-05", encoding: "utf-8" })
  })

  it("without metadata the year stays unknown", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes }]))
    const events = await withStore(db, allEvents)
    expect(events.every((e) => e.date.start.startsWith("XXXX"))).toBe(true)
  })

  it("the same bytes with new metadata update it and re-resolve the years, idempotently, without new events", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes }]))
    const before = await withStore(db, allEvents)
    // a title alone: metadata updated, events untouched
    const [t] = await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes, meta: { title: "某某省大事记" } }]))
    expect(t!.status).toBe("updated")
    expect(years(await withStore(db, allEvents))).toEqual(years(before))
    // a publication date: the same events (ids), now dated
    const [p] = await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes, meta: { published: "2022-04-01" } }]))
    expect(p!.status).toBe("updated")
    expect(p!.updated).toHaveLength(before.length)
    const after = await withStore(db, allEvents)
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort())
    expect(after.map((e) => e.date.start).sort()).toEqual(["2022-03-02", "2022-03-04"])
    expect(await withStore(db, (s) => s.listEvents({ month: "2022-03" }))).toMatchObject({ items: { length: 2 } })
    expect((await withStore(db, (s) => s.listEvents({ month: "XXXX-03" }))).items).toHaveLength(0)
    // the title given before is kept beside the new date
    const meta = await withStore(db, (s) => s.documentMeta(createHash("sha256").update(bytes).digest("hex")))
    expect(Option.getOrThrow(meta)).toEqual({ title: "某某省大事记", published: "2022-04-01", encoding: "utf-8" })
    // again: nothing to do
    const [again] = await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes, meta: { published: "2022-04-01" } }]))
    expect(again!.status).toBe("skipped")
    expect(years(await withStore(db, allEvents))).toEqual(years(after))
  })

  it("the same bytes under another name with a new date re-date the events under the name they were stored with", async () => {
    const db = await tempDb()
    await withStore(db, (s) => s.ingestDocuments([{ name: "a.txt", bytes }]))
    const [r] = await withStore(db, (s) => s.ingestDocuments([{ name: "copy-of-a.txt", bytes, meta: { published: "2020-03-05" } }]))
    expect(r!.status).toBe("updated")
    const events = await withStore(db, allEvents)
    expect(events.map((e) => e.date.start).sort()).toEqual(["2020-03-02", "2020-03-04"])
    expect(events.flatMap((e) => e.sources.map((x) => x.document))).toEqual(["a.txt", "a.txt"])
  })

  it("a date the text prints wins over the metadata's", async () => {
    const db = await tempDb()
    const dated = Buffer.from(`来源：某某省人民政府 时间：2019-03-08\n${entry}`, "utf8")
    await withStore(db, (s) => s.ingestDocuments([{ name: "b.txt", bytes: dated, meta: { published: "2022-04-01" } }]))
    const events = await withStore(db, allEvents)
    expect(events.map((e) => e.date.start.slice(0, 4))).toEqual(["2019", "2019"])
  })

  it("reads a page's own metadata from its markup; given metadata wins field by field", async () => {
    const db = await tempDb()
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>李华主持召开省政府常务会议 - 某某省人民政府</title>
<meta property="og:site_name" content="某某省人民政府"><meta property="article:published_time" content="2023-03-06T09:30:00+08:00">
<link rel="canonical" href="http://127.0.0.1/news/1.html"></head><body><p>${entry.split("\n")[0]}</p></body></html>`
    await withStore(db, (s) => s.ingestDocuments([{ name: "c.html", bytes: Buffer.from(html, "utf8"), meta: { fetchedAt: "2026-01-01T00:00:00.000Z" } }]))
    const meta = await withStore(db, (s) => s.documentsMeta(["c.html"]))
    expect(meta.get("c.html")).toEqual({
      title: "李华主持召开省政府常务会议 - 某某省人民政府",
      publisher: "某某省人民政府",
      published: "2023-03-06",
      url: "http://127.0.0.1/news/1.html",
      fetchedAt: "2026-01-01T00:00:00.000Z",
      encoding: "utf-8"
    })
    const events = await withStore(db, allEvents)
    expect(events.map((e) => e.date.start)).toEqual(["2023-03-02"])
  })
})
