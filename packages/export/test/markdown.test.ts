import MarkdownIt from "markdown-it"
import { describe, expect, it } from "vitest"
import { monthlyReport } from "../src/markdown.ts"
import { sampleEvent } from "./fixtures.ts"

const md = new MarkdownIt({ html: false })

describe("monthly Markdown report", () => {
  const events = [
    sampleEvent(),
    sampleEvent({
      id: "ev_cccccccccccc",
      date: { start: "2020-02-07", end: "2020-02-08", precision: "day", year: { value: 2020, source: "context" } },
      title: "<script>alert(1)</script> 省长 | 到信阳检查",
      kind: "inspection",
      people: [{ name: "尹弘", titles: ["省长"], role: "lead" }],
      places: [{ name: "信阳", level: "city" }]
    }),
    sampleEvent({ id: "ev_dddddddddddd", date: { start: "2020-03-01", end: null, precision: "day", year: { value: 2020, source: "header" } } })
  ]
  const text = monthlyReport({ month: "2020-02", events, lineOf: (doc, off) => (doc === "a.txt" ? 1 + Math.floor(off / 10) : undefined) })

  it("has the Chinese title, summary, chart, chronicle by day, people index and numbered sources", () => {
    expect(text.startsWith("# 2020年2月 大事记\n")).toBe(true)
    expect(text).toContain("本月共记大事 2 件")
    expect(text).toContain("xychart-beta")
    expect(text).toMatch(/x-axis \[1, 2, .*, 29\]/)
    expect(text.indexOf("### 2月7日")).toBeLessThan(text.indexOf("### 2月18日"))
    expect(text).toContain("2月7日至8日")
    expect(text).toContain("注：年份据文中其他日期推断")
    expect(text).toContain("a.txt 第 2 行")
    expect(text).toContain("b.txt 字符 0–30，合并：高度相似 0.80")
    expect(text).not.toContain("2020年3月")
  })
  it("renders with a real Markdown renderer: headings, tables and the mermaid block; no raw HTML from the input", () => {
    const html = md.render(text)
    expect(html).toContain("<h1>2020年2月 大事记</h1>")
    expect(html).toContain("<table>")
    expect(html).toContain('<code class="language-mermaid">')
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;")
    // the | inside a title does not break the people-index table rows
    const rows = md.parse(text, {}).filter((t) => t.type === "tr_open").length
    expect(rows).toBeGreaterThan(3)
  })
  it("is deterministic: same events in any order give the same bytes", () => {
    expect(monthlyReport({ month: "2020-02", events: [...events].reverse(), lineOf: (doc, off) => (doc === "a.txt" ? 1 + Math.floor(off / 10) : undefined) })).toBe(text)
  })
})

describe("escaping user text", () => {
  it("keeps list, heading and HTML syntax in titles and summaries inert", () => {
    const e = sampleEvent({ title: "# 1. 标题 **粗体** [链接](http://x)", summary: "- 开头像列表 <img src=x onerror=alert(1)>" })
    const html = md.render(monthlyReport({ month: "2020-02", events: [e] }))
    expect(html).not.toContain("<strong>粗体</strong>")
    expect(html).not.toContain("<a href")
    expect(html).not.toContain("<img")
    expect(html).not.toMatch(/<li>开头像列表/)
  })
})
