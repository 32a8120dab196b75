import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { parseFeed } from "../src/fetch/feed.ts"
import { documentNameOf } from "../src/fetch/names.ts"
import { parseRobots, patternMatches } from "../src/fetch/robots.ts"

const bytes = (s: string) => new TextEncoder().encode(s)

describe("robots.txt", () => {
  const robots = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open.html
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: dashiji
User-agent: otherbot
Disallow: /drafts
`
  it("our own group wins over *; longest rule wins, Allow on a tie; * and $ in paths", () => {
    const mine = parseRobots(robots, "dashiji/0.1")
    expect(mine.allows("/drafts/a.html")).toBe(false)
    expect(mine.allows("/private/x.html")).toBe(true)
    const any = parseRobots(robots, "somebot")
    expect(any.allows("/private/x.html")).toBe(false)
    expect(any.allows("/private/open.html")).toBe(true)
    expect(any.allows("/files/a.pdf")).toBe(false)
    expect(any.allows("/files/a.pdf?x=1")).toBe(true)
    expect(any.allows("/robots.txt")).toBe(true)
    expect(any.crawlDelay).toBe(2)
    expect(mine.crawlDelay).toBeNull()
  })
  it("patterns", () => {
    expect(patternMatches("/a*b$", "/axxb")).toBe(true)
    expect(patternMatches("/a*b$", "/axxbc")).toBe(false)
    expect(patternMatches("/a*b", "/axxbc")).toBe(true)
    expect(patternMatches("/", "/anything")).toBe(true)
  })
})

describe("feeds", () => {
  it("Atom: the alternate link, resolved against the feed; title and date", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">某市召开会议</title>
<link rel="self" href="/self"/><link rel="alternate" href="news/a.html"/><published>2022-01-05T10:00:00+08:00</published></entry></feed>`
    const r = parseFeed("http://127.0.0.1:9/feeds/atom.xml", bytes(atom))
    expect(Either.getOrThrow(r)).toEqual([{ url: "http://127.0.0.1:9/feeds/news/a.html", title: "某市召开会议", published: "2022-01-05" }])
  })
  it("RSS 1.0 (RDF) items with dc:date; an item without a link is skipped", () => {
    const rdf = `<rdf:RDF><item><title>甲</title><link>http://127.0.0.1/a</link><dc:date>2020-02-03</dc:date></item><item><title>无链接</title></item></rdf:RDF>`
    expect(Either.getOrThrow(parseFeed("http://127.0.0.1/rss", bytes(rdf)))).toEqual([{ url: "http://127.0.0.1/a", title: "甲", published: "2020-02-03" }])
  })
  it("HTML, JSON and binary are not feeds", () => {
    for (const body of ["<!DOCTYPE html><html><body><rss></body></html>", '{"items": []}', "\u0089PNG\r\n\u001a\n\u0000\u0000"])
      expect(Either.isLeft(parseFeed("http://127.0.0.1/x", bytes(body)))).toBe(true)
  })
})

describe("document names for URLs", () => {
  it("host and path as folders, index.html for a folder, the query kept, no way out of the folder", () => {
    expect(documentNameOf("https://www.example.gov.cn/2020/0203/a.html")).toBe("www.example.gov.cn/2020/0203/a.html")
    expect(documentNameOf("http://127.0.0.1:8080/news/")).toBe("127.0.0.1_8080/news/index.html")
    expect(documentNameOf("http://127.0.0.1/list.jsp?id=5&p=2")).toBe("127.0.0.1/list.jsp_q_id_5_p_2")
    expect(documentNameOf("http://127.0.0.1/a/%2e%2e/%2e%2e/etc/passwd")).toBe("127.0.0.1/etc/passwd")
    expect(documentNameOf("http://127.0.0.1/%E6%96%B0%E9%97%BB/1.html")).toBe("127.0.0.1/新闻/1.html")
  })
})

describe("the scheduler", () => {
  it("keeps one request per host at a time, spaced by the delay, in order, and several hosts at once", async () => {
    const { Scheduler } = await import("../src/fetch/polite.ts")
    const s = new Scheduler({ delayMs: 30, concurrency: 4, perHost: 1 })
    const log: Array<string> = []
    let inA = 0
    let maxA = 0
    const task = (host: string, i: number) =>
      s.run(host, async () => {
        if (host === "a") maxA = Math.max(maxA, ++inA)
        log.push(`${host}${i}@${Date.now()}`)
        await new Promise((r) => setTimeout(r, 5))
        if (host === "a") inA--
      })
    await Promise.all([...Array.from({ length: 4 }, (_, i) => task("a", i)), ...Array.from({ length: 2 }, (_, i) => task("b", i))])
    expect(maxA).toBe(1)
    const a = log.filter((l) => l.startsWith("a"))
    expect(a.map((l) => l.split("@")[0])).toEqual(["a0", "a1", "a2", "a3"])
    const times = a.map((l) => Number(l.split("@")[1]))
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(29)
    // b did not wait for a's line
    expect(log.findIndex((l) => l.startsWith("b0"))).toBeLessThan(2)
  })
})
