import type { Event } from "@dashiji/core"
import { monthlyChronicle } from "@dashiji/export"
import { describe, expect, it } from "vitest"
import { EventPage } from "../src/web/pages/event.tsx"
import { MonthPage } from "../src/web/pages/month.tsx"
import { PersonPage } from "../src/web/pages/person.tsx"
import { SearchPage } from "../src/web/pages/search.tsx"
import { SourcePage } from "../src/web/pages/source.tsx"

/** Every string from the store reaches the page escaped: a hostile record renders as text, never as markup. */

const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`
const event: Event = {
  id: "ev_00000000abcd",
  date: { start: "2021-03-02", end: null, precision: "day", year: { value: 2021, source: "header" } },
  title: `标题${hostile}`,
  summary: `摘要${hostile}`,
  text: `全文${hostile}`,
  kind: "meeting",
  people: [{ name: `钟海岚${hostile}`, pinyin: `Zhōng${hostile}`, titles: [`书记${hostile}`], role: "lead" }],
  places: [{ name: `青川市${hostile}`, level: "city" }],
  organizations: [`省委${hostile}`],
  reporters: [`记者${hostile}`],
  sources: [{ document: `a${hostile}.txt`, span: [0, 10], format: "plain" }],
  merged: [],
  // warnings are closed codes (the schema refuses others), said in fixed words
  warnings: ["date-conflict"]
}

const pages = (): Array<[string, string]> => [
  ["month", String(MonthPage({ chronicle: monthlyChronicle({ month: "2021-03", events: [event] }) }))],
  ["event", String(EventPage({ event, sources: [{ document: event.sources[0]!.document, span: [0, 10], firstLine: 3, why: "主要来源", around: { before: { span: [0, 0], text: hostile, eventId: event.id }, mention: { span: [0, 10], text: hostile, eventId: event.id }, after: null } }] }))],
  ["search", String(SearchPage({ q: hostile, events: [event], next: hostile }))],
  ["person", String(PersonPage({ name: hostile, pinyin: hostile, titles: [hostile], roles: ["主持"], events: [event] }))]
]

describe("reader pages escape what they show", () => {
  it.each(pages())("%s page: no markup from the record, the text shown as it is", (_, html) => {
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(html).not.toContain("<script")
    expect(html).not.toContain("<img")
    // quotes escaped in text and attributes alike, so no attribute can be closed and another opened
    expect(html).not.toContain(`"'&`)
    expect(html).toContain("&quot;&#39;&amp;")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    // a quote cannot close an attribute: hrefs carry the name percent-encoded
    expect(html).not.toMatch(/href="[^"]*<[^"]*"/)
  })

  it("links a person and a place by their names, encoded", () => {
    const html = pages()[0]![1]
    // encodeURIComponent keeps ' as it is; the attribute escapes it
    const attr = (s: string) => encodeURIComponent(s).replaceAll("'", "&#39;")
    expect(html).toContain(`href="/person/${attr(event.people[0]!.name)}"`)
    expect(html).toContain(`href="/place/${attr(event.places[0]!.name)}"`)
  })

  it("links the month page within itself: note numbers to their notes and back to the entry, index days to their day", () => {
    const other: Event = { ...event, id: "ev_00000000abce", date: { start: "2021-03", end: null, precision: "month", year: { value: 2021, source: "text" } } }
    const html = String(MonthPage({ chronicle: monthlyChronicle({ month: "2021-03", events: [event, other] }) }))
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!))
    const hrefs = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!)
    for (const h of hrefs) expect(ids.has(h), h).toBe(true)
    expect(hrefs.filter((h) => h.startsWith("note-"))).toEqual(["note-1", "note-2"])
    expect(hrefs.filter((h) => h.startsWith("ev_"))).toEqual([event.id, other.id])
    expect(hrefs).toContain("d-3月2日")
    expect(hrefs).toContain("d-本月（具体日期不详）")
  })

  it("names the encoding a document was read as where it is cited: the month's notes, the event's sources, the source page", () => {
    const meta = { title: "某页", encoding: "gb18030" }
    const month = String(MonthPage({ chronicle: monthlyChronicle({ month: "2021-03", events: [event], sourceOf: () => meta }) }))
    expect(month).toMatch(/<\/code><\/a>，GB18030 编码，字符 0–10/)
    const around = { before: null, mention: null, after: null }
    const view = { document: "a.txt", span: [0, 10] as const, firstLine: 3, why: "主要来源", around, meta }
    expect(String(EventPage({ event, sources: [view] }))).toMatch(/<\/code><\/a>，GB18030 编码，第 3 行/)
    expect(String(SourcePage({ view, events: [] }))).toContain("<dt>编码</dt><dd>GB18030</dd>")
    // without an encoding, the file as before
    expect(String(MonthPage({ chronicle: monthlyChronicle({ month: "2021-03", events: [event] }) }))).toMatch(/<\/code><\/a> 字符 0–10/)
  })

  it("sets the event page as the report sets it: Chinese punctuation, roles fitting the kind, no job titles among organisations, one form per place", () => {
    const inspection: Event = {
      ...event,
      title: "书记钟海岚到青川市调研,察看春耕(备耕)",
      summary: "钟海岚强调:要抓紧春耕",
      kind: "inspection",
      people: [{ name: "钟海岚", pinyin: "Zhōng Hǎilán", titles: ["书记"], role: "lead" }],
      places: [{ name: "青川", level: "city" }, { name: "青川市", level: "city" }],
      organizations: ["省委", "副省长"],
      text: "书记钟海岚到青川市调研,察看春耕(备耕)"
    }
    const html = String(EventPage({ event: inspection, sources: [] }))
    expect(html).toContain("<h1>书记钟海岚到青川市调研，察看春耕（备耕）</h1>")
    expect(html).toContain("<p>钟海岚强调：要抓紧春耕</p>")
    expect(html).toContain("<td>带队</td>")
    expect(html).not.toContain("主持")
    expect(html).toContain("<dt>单位</dt><dd>省委</dd>")
    expect(html.match(/href="\/place\//g)).toHaveLength(1)
    // the full text is the record's, as the page wrote it
    expect(html).toContain("<p>书记钟海岚到青川市调研,察看春耕(备耕)</p>")
  })
})
