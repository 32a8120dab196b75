import { slug } from "github-slugger"
import MarkdownIt from "markdown-it"
import anchor from "markdown-it-anchor"
import footnote from "markdown-it-footnote"
import { describe, expect, it } from "vitest"
import { codeSpan, escapeMarkdown } from "../src/escape.ts"
import { lineIndex, lineLookupFromTexts } from "../src/lines.ts"
import { monthlyReport } from "../src/markdown.ts"
import { sampleEvent } from "./fixtures.ts"

const md = new MarkdownIt({ html: false })
// The tags our own Markdown can produce; anything else in the HTML came from the input.
const ownTags = new Set(["h1", "h2", "h3", "p", "strong", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "pre", "code"])
const tagsIn = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()))

const lineOf = (doc: string, off: number) => (doc === "a.txt" ? 1 + Math.floor(off / 10) : undefined)

describe("monthly Markdown report", () => {
  const events = [
    sampleEvent(),
    sampleEvent({
      id: "ev_cccccccccccc",
      date: { start: "2020-02-07", end: "2020-02-08", precision: "day", year: { value: 2020, source: "context" } },
      title: "<script>alert(1)</script> 省长 | 到信阳检查",
      kind: "inspection",
      people: [{ name: "尹弘", pinyin: "Yǐn Hóng", titles: ["省长|代省长"], role: "lead" }],
      places: [{ name: "信阳", level: "city" }],
      warnings: ["year-inferred", "spam-removed"]
    }),
    sampleEvent({
      id: "ev_eeeeeeeeeeee",
      date: { start: "2020-02", end: null, precision: "month", year: { value: 2020, source: "officeholder" } },
      title: "本月全省开展爱国卫生运动",
      people: [],
      places: [{ name: "信阳市", level: "city" }],
      sources: [{ document: "c.txt", span: [5, 9], format: "plain" }],
      merged: []
    }),
    sampleEvent({ id: "ev_dddddddddddd", date: { start: "2020-03-01", end: null, precision: "day", year: { value: 2020, source: "header" } } })
  ]
  const text = monthlyReport({ month: "2020-02", events, lineOf })
  const html = md.render(text)

  it("has the Chinese title, a summary and the kind table", () => {
    expect(text.startsWith("# 2020年2月 大事记\n\n本月共记大事 3 件，分布在 3 天，依据 3 份文件整理，其中 2 件由多处报道合并而成；2 件的年份系推断")).toBe(true)
    expect(text).toContain("| 会议 | 2 |\n| 调研检查 | 1 |")
    // everyone here has one event: nobody is "most active"
    expect(text).not.toContain("最活跃人物")
    // 信阳 and 信阳市 are one place, shown by its full name and counted once per event
    expect(text).toContain("**到访地点**：信阳市（2 件）、郑州市（1 件）")
    expect(text).not.toContain("2020年3月")
  })
  it("charts every day of the month, a multi-day event on each of its days", () => {
    expect(text).toMatch(/x-axis "日" \["1", "2", .*, "29"\]/)
    expect(text).toContain("  bar [0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]")
    expect(text).toContain('y-axis "件数" 0 --> 1')
  })
  it("writes the chronicle by day, month-only events last, with year reasons and warnings", () => {
    const order = ["### 2月7日", "**2月7日至8日 ", "### 2月18日", "**2月18日 王国生主持召开党建工作座谈会**（会议）[^3][^4]", "### 本月（具体日期不详）", "**2月 本月全省开展爱国卫生运动**"].map((s) => text.indexOf(s))
    expect(order.every((p) => p >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(text).toContain("- 注：年份据文中其他日期推断；原文夹杂的广告文字已删除")
    expect(text).toContain("- 注：年份据任职信息推断")
    expect(text).toContain("- 人物：省委书记王国生（主持）")
  })
  it("numbers source notes with document and line (a line range when the span crosses lines), else the span", () => {
    expect(text).toContain("\n\n[^3]: `a.txt` 第 2–4 行（字符 10–40）\n\n")
    expect(text).toContain("\n\n[^4]: `b.txt` 字符 0–30；与首条来源合并：高度相似，相似度 0.80\n\n")
    expect(text).toContain("\n\n[^5]: `c.txt` 字符 5–9\n")
  })
  it("links each note reference to its note and back (GFM footnotes), each index date to its day (GitHub's heading anchors)", () => {
    const gfm = new MarkdownIt({ html: false }).use(footnote).use(anchor, { slugify: (s: string) => slug(s) })
    const page = gfm.render(text)
    const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)))
    const hrefs = [...page.matchAll(/ href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!))
    expect(hrefs.length).toBeGreaterThan(10)
    for (const h of hrefs) expect(ids.has(h), h).toBe(true)
    // five notes, each referenced from its entry, each with a link back
    expect(hrefs.filter((h) => /^fn\d+$/.test(h))).toEqual(["fn1", "fn2", "fn3", "fn4", "fn5"])
    expect(hrefs.filter((h) => /^fnref\d+$/.test(h))).toEqual(["fnref1", "fnref2", "fnref3", "fnref4", "fnref5"])
    // a month-only entry is linked too, to the heading GitHub names without its parentheses
    const undated = monthlyReport({ month: "2020-02", events: [sampleEvent({ date: { start: "2020-02", end: null, precision: "month", year: { value: 2020, source: "text" } } })] })
    expect(undated).toContain("[日期不详](#本月具体日期不详)")
    expect(gfm.render(undated)).toContain('<h3 id="本月具体日期不详" tabindex="-1">本月（具体日期不详）</h3>')
  })
  it("reports the undated events (month XXXX, as the store files them) under 日期不详, with no daily chart", () => {
    const report = monthlyReport({ month: "XXXX", events: [sampleEvent({ date: { start: "XXXX", end: null, precision: "year", year: { value: null, source: "none" } } })] })
    expect(report.split("\n")[0]).toBe("# 日期不详 大事记")
    expect(report).toContain("共记日期不详的大事 1 件，")
    expect(report).not.toContain("每日活动")
    expect(report).not.toContain("NaN")
  })
  it("indexes people with their titles and days", () => {
    // each date links to its day in the chronicle
    expect(text).toContain("| 王国生（Wáng Guóshēng） | 省委书记 | [2月18日](#2月18日) |")
    expect(text).toContain("| 尹弘（Yǐn Hóng） | 省长\\|代省长 | [2月7日至8日](#2月7日) |")
  })
  it("renders with markdown-it: headings, tables, the mermaid block; no raw HTML from the input", () => {
    expect(html).toContain("<h1>2020年2月 大事记</h1>")
    expect(html).toContain("<h2>人物索引</h2>")
    expect(html).toContain("<h3>2月7日</h3>")
    expect(html).toContain('<pre><code class="language-mermaid">xychart-beta')
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 省长 | 到信阳检查")
    expect([...tagsIn(html)].filter((t) => !ownTags.has(t) && t !== "a")).toEqual([])
    // the only links are the people index's, to days of the chronicle
    expect([...html.matchAll(/<a href="([^"]*)"/g)].every((m) => m[1]!.startsWith("#"))).toBe(true)
    // every row of both tables keeps its columns: the | in a title cell did not split it
    const tokens = md.parse(text, {})
    let cells = 0
    const widths: Array<number> = []
    for (const t of tokens) {
      if (t.type === "tr_open") cells = 0
      if (t.type === "td_open" || t.type === "th_open") cells++
      if (t.type === "tr_close") widths.push(cells)
    }
    expect(widths).toEqual([2, 2, 2, 3, 3, 3])
  })
  it("is deterministic: same events in any order give the same bytes", () => {
    expect(monthlyReport({ month: "2020-02", events: [...events].reverse(), lineOf })).toBe(text)
    expect(monthlyReport({ month: "2020-02", events: [events[2]!, events[0]!, events[3]!, events[1]!], lineOf })).toBe(text)
  })
  it("says so when the month is empty, and still renders a valid chart", () => {
    const empty = monthlyReport({ month: "2021-02", events })
    expect(empty).toContain("本月无大事记录。")
    expect(empty).toContain("  bar [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]")
    expect(empty).toContain("本月无人物记录。")
  })
  it("reports a month of unknown year (XXXX-MM)", () => {
    const e = sampleEvent({ id: "ev_ffffffffffff", date: { start: "XXXX-12-03", end: null, precision: "day", year: { value: null, source: "none" } } })
    const r = monthlyReport({ month: "XXXX-12", events: [e] })
    expect(r.startsWith("# 年份不详的12月 大事记")).toBe(true)
    expect(r).toContain("### 12月3日")
    expect(r).toContain("- 注：年份不详")
  })
})

describe("escaping user text", () => {
  const render = (over: Parameters<typeof sampleEvent>[0]) => md.render(monthlyReport({ month: "2020-02", events: [sampleEvent(over)] }))

  it("keeps emphasis, links, images, list and heading syntax in titles and summaries inert", () => {
    const html = render({ title: "# 1. 标题 **粗体** [链接](http://x) ![图](http://y)", summary: "- 开头像列表 <img src=x onerror=alert(1)>" })
    expect(html).not.toContain("<strong>粗体</strong>")
    expect(html).not.toMatch(/<a href="(?!#)/)
    expect(html).not.toContain("<img")
    // the link's syntax shows as text, its address as code (a bare URL would become a live link)
    expect(html).toContain("[链接](<code>http://x</code>)")
    expect(html).not.toMatch(/<li>开头像列表/)
  })
  it("does not let a summary open a heading, a numbered list, a code block or a thematic break", () => {
    for (const summary of ["## 假标题", "1. 假列表", "2) 假列表", "        缩进的代码", "---", "===", "> 引用", "```js", "<!-- 注释 -->", "| a | b |"]) {
      expect(md.render(escapeMarkdown(summary)).startsWith("<p>"), summary).toBe(true)
      const html = render({ summary })
      expect(html.match(/<h2>/g), summary).toHaveLength(5)
      expect(html.match(/<ol>/g), summary).toBeNull()
      expect(html.match(/<pre>/g), summary).toHaveLength(1)
      expect(html, summary).not.toMatch(/<hr|<blockquote|<!--/)
    }
  })
  it("writes HTML specials as entities and keeps the text readable", () => {
    expect(escapeMarkdown("A&B <b>粗</b>")).toBe("A&amp;B &lt;b&gt;粗&lt;/b&gt;")
    expect(md.renderInline(escapeMarkdown("王*国*生_x_ `code` ~~删~~ \\ a|b"))).toBe("王*国*生_x_ `code` ~~删~~ \\ a|b")
    expect(escapeMarkdown("  第一行\r\n第二行　　第三行 ")).toBe("第一行 第二行 第三行")
  })
  it("shows document names verbatim in code spans, whatever backticks they hold", () => {
    for (const name of ["000_a.txt", "a`b.txt", "`x`", "<script>.txt"]) {
      const html = md.renderInline(codeSpan(name))
      const decoded = html.replace(/^<code>|<\/code>$/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
      expect(decoded, name).toBe(name)
    }
  })
})

describe("line numbers", () => {
  it("counts lines from 1 at \\n (CRLF too), offsets past a newline on the next line", () => {
    const at = lineIndex("甲\r\n乙\n\n丙")
    expect([0, 1, 2, 3, 4, 5, 6].map(at)).toEqual([1, 1, 1, 2, 2, 3, 4])
    const lookup = lineLookupFromTexts(new Map([["a.txt", "x\ny"]]))
    expect(lookup("a.txt", 2)).toBe(2)
    expect(lookup("other.txt", 2)).toBeUndefined()
  })
})
