import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dashijiAsync, repoRoot, tempDir } from "./helpers.ts"
import { startSite, type TestSite } from "./fetch-server.ts"

const dashiji = dashijiAsync

let site: TestSite
/** A loopback port nothing listens on (one just closed). */
let closedPort = 0
beforeAll(async () => {
  site = await startSite()
  const probe = createServer()
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise<void>((r) => probe.close(() => r()))
})
afterAll(async () => {
  await site?.close()
})

const polite = ["--delay", "0", "--retries", "1"]
const documents = async (db: string) => {
  const r = await dashiji(["documents", "--db", db, "--format", "jsonl", "--fields", "name,title,publisher,published,url,content_hash,encoding"])
  expect(r.status, r.stderr).toBe(0)
  return r.stdout.trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, string>)
}
const events = async (db: string) => {
  const r = await dashiji(["events", "--db", db, "--all", "--format", "jsonl"])
  expect(r.status, r.stderr).toBe(0)
  return r.stdout.trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as { id: string; title: string; text: string; date: { start: string; year: { source: string } }; sources: Array<{ document: string }> })
}

describe("dashiji fetch against a site on loopback", () => {
  it("fetches pages, a list and a feed with their metadata; the same run again is answered 304 and changes nothing", async () => {
    const dir = tempDir()
    const db = join(dir, "s.db")
    const list = join(dir, "urls.txt")
    writeFileSync(list, `# made-up pages and two documents of the development corpus\n${site.base}/news/1.html\n\n${site.base}/news/2.html\n${site.base}/corpus/news-001.txt\n${site.base}/corpus/chronicle-001.txt\n`)
    const save = join(dir, "saved")
    const args = ["fetch", "--list", list, "--feed", `${site.base}/feed.xml`, "--save", save, "--db", db, ...polite]
    const first = await dashiji(args)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stderr).toBe("")
    const m = /^6 pages fetched, (\d+) events stored(?: \(\d+ merged into stored events\))?; (\d+) events in .*s\.db \(new store\)\n$/.exec(first.stdout)
    expect(m, first.stdout).not.toBeNull()
    const host = site.base.slice("http://".length).replace(":", "_")
    const docs = await documents(db)
    const byName = new Map(docs.map((d) => [d.name, d]))
    // the page's own markup, the feed's title and date, the URL of each
    expect(byName.get(`${host}/news/1.html`)).toMatchObject({ title: "省长李华主持召开省政府常务会议 - 某某省人民政府", publisher: "某某省人民政府", published: "2021-03-03", url: `${site.base}/news/1.html` })
    expect(byName.get(`${host}/news/3.html`)).toMatchObject({ title: "某某市召开防汛工作会议", published: "2021-04-09", url: `${site.base}/news/3.html` })
    expect(byName.get(`${host}/news/4.html`)).toMatchObject({ title: "某某市举行植树活动 & 义务劳动", published: "2021-04-10" })
    const stored = await events(db)
    const on = (name: string) => stored.filter((e) => e.sources.some((s) => s.document === `${host}/${name}`))
    // publication dates justify the years
    expect(on("news/1.html").map((e) => `${e.date.start} ${e.date.year.source}`)).toEqual(["2021-03-02 published"])
    expect(on("news/3.html").map((e) => e.date.start)).toEqual(["2021-04-08"])
    // the report cites the fetched page by its title, publisher, date and link
    const report = await dashiji(["report", "2021-03", "--db", db])
    expect(report.stdout).toContain(`[《省长李华主持召开省政府常务会议 - 某某省人民政府》](${site.base}/news/1.html)，某某省人民政府，2021年3月3日发布（\`${host}/news/1.html\``)
    // a GBK page declared only by its header reads as Chinese
    expect(on("news/2.html").map((e) => e.text).join("")).toContain("副省长周明到某某县调研")
    // and is stored with the encoding it was read as (the header's); a UTF-8 page is cited with its own
    expect(byName.get(`${host}/news/2.html`)!.encoding).toBe("gb18030")
    expect(byName.get(`${host}/news/1.html`)!.encoding).toBe("utf-8")
    expect(report.stdout).toContain(`\`${host}/news/1.html\`，UTF-8 编码，第 `)
    // the corpus documents give what ingesting the files gives
    const direct = join(dir, "direct.db")
    const ing = await dashiji(["ingest", join(repoRoot, "eval/corpus/raw/news-001.txt"), join(repoRoot, "eval/corpus/raw/chronicle-001.txt"), "--db", direct])
    expect(ing.status, ing.stderr).toBe(0)
    const fromCorpus = [...on("corpus/news-001.txt"), ...on("corpus/chronicle-001.txt")]
    const key = (e: { id: string; date: { start: string }; title: string }) => `${e.id} ${e.date.start} ${e.title}`
    expect([...new Set(fromCorpus.map(key))].sort()).toEqual((await events(direct)).map(key).sort())
    expect(fromCorpus.length).toBeGreaterThan(3)

    // twice: every page answered 304 (conditional), nothing stored, the store as it was
    const before = { docs, events: stored }
    const again = await dashiji(args)
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toMatch(new RegExp(`^6 pages fetched \\(6 unchanged\\), 0 events stored; ${m![2]} events in `))
    expect(site.hits.get("/news/1.html")!.map((h) => `${h.conditional} ${h.status}`)).toEqual(["false 200", "true 304"])
    expect(await documents(db)).toEqual(before.docs)
    expect(await events(db)).toEqual(before.events)

    // --save kept bytes and sidecars: ingesting them gives the same events and metadata
    expect(existsSync(join(save, host, "news/1.html.meta.json"))).toBe(true)
    expect(JSON.parse(readFileSync(join(save, host, "news/3.html.meta.json"), "utf8"))).toMatchObject({ url: `${site.base}/news/3.html`, title: "某某市召开防汛工作会议", published: "2021-04-09" })
    const reparsed = join(dir, "reparsed.db")
    const re = await dashiji(["ingest", save, "--db", reparsed])
    expect(re.status, re.stderr).toBe(0)
    expect((await events(reparsed)).map(key).sort()).toEqual(stored.map(key).sort())
    expect((await documents(reparsed)).map((d) => [d.title, d.published, d.url]).sort()).toEqual(docs.map((d) => [d.title, d.published, d.url]).sort())
  }, 120_000)

  it("new content at a URL is a new version: stored beside the old one, both kept", async () => {
    const dir = tempDir()
    const db = join(dir, "s.db")
    site.version = 1
    const first = await dashiji(["fetch", `${site.base}/changing.html`, "--db", db, ...polite])
    expect(first.stdout, first.stderr).toMatch(/^1 page fetched, 1 event stored; /)
    site.version = 2
    const second = await dashiji(["fetch", `${site.base}/changing.html`, "--db", db, ...polite])
    // the longer page holds the old event's report too: merged into it, and one event more
    expect(second.stdout, second.stderr).toMatch(/^1 page fetched \(1 new version\), 1 event stored \(1 merged into stored events\); 2 events in /)
    const docs = await documents(db)
    expect(docs).toHaveLength(2)
    expect(docs.every((d) => d.url === `${site.base}/changing.html`)).toBe(true)
    const third = await dashiji(["fetch", `${site.base}/changing.html`, "--db", db, ...polite])
    expect(third.stdout).toMatch(/^1 page fetched \(1 unchanged\), 0 events stored; 2 events in /)
  }, 60_000)

  it("each bad case fails with its typed error on one line; the good pages and what was stored stay", async () => {
    const dir = tempDir()
    const db = join(dir, "s.db")
    const kept = await dashiji(["fetch", `${site.base}/news/4.html`, "--db", db, ...polite])
    expect(kept.status).toBe(0)
    const before = await events(db)
    const bad = ["missing.html", "error.html", "loop-a", "image.png", "binary.html", "endless.html", "silent.html", "private/secret.html"].map((p) => `${site.base}/${p}`)
    const r = await dashiji(["fetch", ...bad, `http://127.0.0.1:${closedPort}/nothing.html`, `${site.base}/flaky.html`, "--feed", `${site.base}/not-a-feed.xml`, "--timeout", "1500", "--max-bytes", "65536", "--db", db, ...polite])
    expect(r.status).toBe(1)
    const lines = r.stderr.trim().split("\n")
    const reason = (url: string) => lines.find((l) => l.startsWith(`dashiji fetch: ${url}: `)) ?? `(no line for ${url})`
    expect(reason(`${site.base}/missing.html`)).toMatch(/HTTP 404.*\(HttpStatus\)$/)
    expect(reason(`${site.base}/error.html`)).toMatch(/HTTP 500.*\(HttpStatus\)$/)
    expect(reason(`${site.base}/loop-a`)).toMatch(/redirect loop.*\(TooManyRedirects\)$/)
    expect(reason(`${site.base}/image.png`)).toMatch(/binary content: image\/png \(BinaryContent\)$/)
    expect(reason(`${site.base}/binary.html`)).toMatch(/binary content.*\(BinaryContent\)$/)
    expect(reason(`${site.base}/endless.html`)).toMatch(/65536 byte limit.*\(TooLarge\)$/)
    expect(reason(`${site.base}/silent.html`)).toMatch(/within 1500 ms \(FetchTimeout\)$/)
    expect(reason(`${site.base}/private/secret.html`)).toMatch(/robots\.txt .* disallows \/private\/secret\.html \(DisallowedByRobots\)$/)
    expect(reason(`http://127.0.0.1:${closedPort}/nothing.html`)).toMatch(new RegExp(`cannot reach 127\\.0\\.0\\.1:${closedPort}: ECONNREFUSED.*\\(HostUnreachable\\)$`))
    expect(reason(`${site.base}/not-a-feed.xml`)).toMatch(/not a feed.*\(NotAFeed\)$/)
    expect(lines).toHaveLength(10)
    expect(r.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/)
    expect(r.stdout).toMatch(/^10 pages fetched \(9 failed, 1 feed failed\), 1 event stored; 2 events in /)
    // robots.txt kept the private page unasked; a 500 was tried again once; the flaky page on its retry
    expect(site.hits.get("/private/secret.html")).toBeUndefined()
    expect(site.hits.get("/error.html")).toHaveLength(2)
    expect(site.hits.get("/flaky.html")!.map((h) => h.status)).toEqual([503, 200])
    const after = await events(db)
    expect(after.filter((e) => before.some((b) => b.id === e.id))).toEqual(before)
    expect((await documents(db)).map((d) => d.url).sort()).toEqual([`${site.base}/flaky.html`, `${site.base}/news/4.html`])
  }, 120_000)

  it("fetch without a URL, a list or a feed is a usage error", async () => {
    const r = await dashiji(["fetch", "--db", join(tempDir(), "s.db")])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/missing URL/)
  })
})
