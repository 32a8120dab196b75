import MarkdownIt from "markdown-it"
import { describe, expect, it } from "vitest"
import { escapeMarkdown, linkLike } from "../src/escape.ts"
import { monthlyReport } from "../src/markdown.ts"
import { sampleEvent } from "./fixtures.ts"

// linkify: bare URLs, www. addresses and e-mail addresses become links, as GFM's autolinks do
const md = new MarkdownIt({ linkify: true })

describe("bare URLs in reports are code, not links", () => {
  const report = monthlyReport({
    month: "2020-02",
    events: [
      sampleEvent({
        title: "副省长林明远出席发布会，详见https://example.gov.cn/news/a_1.html。",
        summary: "材料见 www.example.org/docs 与 ftp://files.example.net/x.zip ，问询请发 office@example.gov.cn，图（https://x.example/a_(b)）。",
        people: [{ name: "林明远", pinyin: "Lín Míngyuǎn", titles: ["http://titles.example/副省长"], role: "lead" }],
        places: [{ name: "www.place.example", level: "city" }]
      })
    ]
  })
  const html = md.render(report)

  it("renders no link at all, and each address as code", () => {
    // no link but the people index's own, to days of the chronicle
    expect(html).not.toMatch(/<a href="(?!#)/)
    for (const code of ["https://example.gov.cn/news/a_1.html", "www.example.org/docs", "ftp://files.example.net/x.zip", "office@example.gov.cn", "https://x.example/a_(b)", "www.place.example"])
      expect(html).toContain(`<code>${code}</code>`)
    // the people index (a table) keeps its columns: the code span holds no cell separator
    expect(html).toMatch(/<td><code>http:\/\/titles\.example\/<\/code>副省长<\/td>|<code>http:\/\/titles\.example\/<\/code>副省长/)
  })

  it("ends an address where Chinese text, a closing parenthesis it did not open or final punctuation starts", () => {
    const cut = (t: string) => linkLike(t).map(([s, e]) => t.slice(s, e))
    expect(cut("详见https://example.gov.cn/a.html。会议")).toEqual(["https://example.gov.cn/a.html"])
    expect(cut("（见https://example.gov.cn/a）")).toEqual(["https://example.gov.cn/a"])
    expect(cut("(see https://example.gov.cn/a).")).toEqual(["https://example.gov.cn/a"])
    expect(cut("邮箱：a.b+c@example.gov.cn。")).toEqual(["a.b+c@example.gov.cn"])
    expect(cut("https://user@example.gov.cn/x")).toEqual(["https://user@example.gov.cn/x"])
    expect(cut("no address: a@b, @x.cn, www.")).toEqual([])
  })

  it("keeps the rest of the text escaped and the line's start inert", () => {
    expect(escapeMarkdown("# 标题 https://x.example/*a*")).toBe("\\# 标题 `https://x.example/*a`\\*")
    expect(escapeMarkdown("https://x.example 之后 **粗**")).toBe("`https://x.example` 之后 \\*\\*粗\\*\\*")
    expect(md.render(escapeMarkdown("1. http://x.example"))).not.toMatch(/<ol>|<a\b/)
  })

  it("finds addresses in time proportional to the text (hostile runs of @, www. and schemes)", () => {
    // four times the text takes about four times as long (sixteen if quadratic); the fastest of three runs
    const time = (s: string) => {
      let best = Number.POSITIVE_INFINITY
      for (let r = 0; r < 3; r++) {
        const t = performance.now()
        escapeMarkdown(s)
        best = Math.min(best, performance.now() - t)
      }
      return Math.max(best, 0.5)
    }
    const shapes: Array<(n: number) => string> = [
      (n) => "a@".repeat(n / 2),
      (n) => "@".repeat(n),
      (n) => "www.".repeat(n / 4),
      (n) => "http://".repeat(n / 7),
      (n) => `${"a".repeat(n)}@`,
      (n) => `https://${"(".repeat(n)}`
    ]
    for (const shape of shapes) {
      const small = time(shape(200_000))
      expect(time(shape(800_000)) / small, shape(12)).toBeLessThan(8)
    }
  })
})
