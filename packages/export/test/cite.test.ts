import MarkdownIt from "markdown-it"
import { describe, expect, it } from "vitest"
import { eventsToCsv } from "../src/csv.ts"
import { monthlyReport } from "../src/markdown.ts"
import { sampleEvent } from "./fixtures.ts"

const md = new MarkdownIt({ linkify: true })
const meta = {
  "a.txt": { title: "省委召开党建工作座谈会", publisher: "某某日报", published: "2020-02-19", url: "https://news.example.org/2020/0219/a.html" }
} as Record<string, { title?: string; publisher?: string; published?: string; url?: string }>

describe("reports cite sources by title, publisher, date and link", () => {
  it("a note with metadata: the title links to the page, then publisher, date, and the file, line and span as a detail", () => {
    const report = monthlyReport({ month: "2020-02", events: [sampleEvent()], lineOf: () => 7, sourceOf: (d) => meta[d] })
    expect(report).toContain("[^1]: [《省委召开党建工作座谈会》](https://news.example.org/2020/0219/a.html)，某某日报，2020年2月19日发布（`a.txt` 第 7 行（字符 10–40））")
    // a document without metadata keeps the file citation
    expect(report).toContain("[^2]: `b.txt` 第 7 行（字符 0–30）；与首条来源合并")
    const html = md.render(report)
    expect(html).toContain('<a href="https://news.example.org/2020/0219/a.html">《省委召开党建工作座谈会》</a>')
    expect(html.match(/<a href="(?!#)/g)).toHaveLength(1)
  })

  it("without metadata the report is byte for byte what it was", () => {
    const events = [sampleEvent()]
    expect(monthlyReport({ month: "2020-02", events, sourceOf: () => undefined })).toBe(monthlyReport({ month: "2020-02", events }))
  })

  it("hostile metadata stays one link: markup in the title is escaped, the URL cannot break out, other schemes are no link", () => {
    const evil = {
      title: "标题](javascript:alert(1)) <script>x</script>",
      publisher: "*某网*",
      url: "https://example.org/a)[x](javascript:alert(2)"
    }
    const html = md.render(monthlyReport({ month: "2020-02", events: [sampleEvent()], sourceOf: (d) => (d === "a.txt" ? evil : { url: "javascript:alert(3)", publisher: "某站" }) }))
    expect(html).not.toMatch(/<script|href="javascript|<em>/)
    const hrefs = [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1])
    expect(hrefs).toEqual(["https://example.org/a%29%5Bx%5D%28javascript:alert%282%29"])
    expect(html).toContain("某站")
  })

  it("CSV: a last column cites each document when metadata is given", () => {
    const csv = eventsToCsv([sampleEvent()], { sourceOf: (d) => meta[d] })
    const [header, row] = csv.split("\r\n")
    expect(header!.endsWith(",documents,sources")).toBe(true)
    expect(row!.endsWith(",《省委召开党建工作座谈会》，某某日报，2020年2月19日 https://news.example.org/2020/0219/a.html；b.txt")).toBe(true)
    expect(eventsToCsv([sampleEvent()]).split("\r\n")[0]!.endsWith(",documents")).toBe(true)
  })

  it("names the encoding the document was read as, beside the file, with metadata or without", () => {
    const withEncoding = (d: string) => (d === "a.txt" ? { ...meta["a.txt"], encoding: "gb18030" } : { encoding: "big5" })
    const report = monthlyReport({ month: "2020-02", events: [sampleEvent()], lineOf: () => 7, sourceOf: withEncoding })
    expect(report).toContain("[^1]: [《省委召开党建工作座谈会》](https://news.example.org/2020/0219/a.html)，某某日报，2020年2月19日发布（`a.txt`，GB18030 编码，第 7 行（字符 10–40））")
    expect(report).toContain("[^2]: `b.txt`，Big5 编码，第 7 行（字符 0–30）；与首条来源合并")
  })
})
