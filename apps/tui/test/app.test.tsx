/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { render } from "ink-testing-library"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { App, osc52 } from "../src/App.tsx"
import { openBrowserData, type BrowserData } from "../src/data.ts"
import { roleFor } from "@dashiji/export"
import { eventDateLabel, kindBadge, monthLabel, yearReason } from "../src/labels.ts"
import { dedupePlaces } from "../src/places.ts"
import { displayWidth, NO_LINE_START } from "../src/width.ts"
import { repoRoot, seededDb } from "./helpers.ts"

/**
 * The App in ink-testing-library against a real SQLite store built from the seeds. Which person, place, word and
 * day to look for is read from the store, never written here.
 */

const KEY = { down: "\u001B[B", up: "\u001B[A", pageDown: "\u001B[6~", enter: "\r", tab: "\t", escape: "\u001B", backspace: "\u007F" }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// eslint-disable-next-line no-control-regex
const plain = (s: string | undefined): string => (s ?? "").replace(/\u001B\[[0-9;]*m/g, "")

const until = async (frame: () => string | undefined, ok: (f: string) => boolean, ms = 8000): Promise<string> => {
  const start = Date.now()
  for (;;) {
    const f = plain(frame())
    if (ok(f)) return f
    if (Date.now() - start > ms) throw new Error(`timed out; last frame:\n${f}`)
    await sleep(30)
  }
}
const expectFits = (frame: string, width: number, height: number) => {
  const lines = frame.split("\n")
  expect(lines.length, frame).toBeLessThanOrEqual(height)
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
}
/** The detail pane's heading (the key hints also say 详情). */
const DETAIL = /详情 \d+-\d+\/\d+/
const BADGE = /\[(会议|视频|调研|会见|活动|发布|其他)\]/
const badgeRows = (frame: string): Array<string> => frame.split("\n").filter((l) => BADGE.test(l))
/** The selected event row (› then its date and badge), from the date on; "" when none. */
const selectedRow = (frame: string): string => {
  for (const line of frame.split("\n")) {
    const m = /›([^\s›]+\s+\[(会议|视频|调研|会见|活动|发布|其他)\].*)$/.exec(line)
    if (m !== null) return m[1]!
  }
  return ""
}
/** The character at a display column of each line. */
const charsAt = (frame: string, column: number): Array<string> =>
  frame.split("\n").map((line) => {
    let w = 0
    for (const ch of line) {
      if (w === column) return ch
      w += displayWidth(ch)
      if (w > column) return ""
    }
    return ""
  })
/** No line of a pane (at the columns where panes begin) starts with closing punctuation. */
const noBadStarts = (frame: string, columns: ReadonlyArray<number>) => {
  for (const c of columns) for (const ch of charsAt(frame, c)) expect(NO_LINE_START.has(ch), `column ${c}:\n${frame}`).toBe(false)
}

let db: string
let data: BrowserData
let all: ReadonlyArray<Event>
let busiest: string
const exportDir = mkdtempSync(join(tmpdir(), "dashiji-export-"))
const sources = join(repoRoot, "seeds")

beforeAll(async () => {
  db = await seededDb()
  data = openBrowserData(db, { sources: [sources] })
  const items: Array<Event> = []
  let cursor: string | null = null
  do {
    const page = await data.events({ type: "filter", filter: {} }, cursor, 500)
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)
  all = items
  const months = await data.months()
  busiest = months.reduce((a, b) => (b.count > a.count ? b : a)).month
})
afterAll(async () => {
  await data.close()
})

const open = (width = 80, height = 24, pageSize?: number) => render(<App data={data} exportDir={exportDir} width={width} height={height} pageSize={pageSize} />)
const ready = async (lastFrame: () => string | undefined) => {
  await until(lastFrame, (x) => x.includes(`${monthLabel(busiest)}（`) && badgeRows(x).length > 0 && !x.includes("加载中"))
  await sleep(50)
}
const type = async (stdin: { write: (s: string) => void }, s: string) => {
  for (const ch of s) {
    stdin.write(ch)
    await sleep(5)
  }
}
const pressUntil = async (stdin: { write: (s: string) => void }, lastFrame: () => string | undefined, key: string, ok: (f: string) => boolean, max = 80) => {
  for (let i = 0; i < max && !ok(plain(lastFrame())); i++) {
    const before = lastFrame()
    stdin.write(key)
    // Ink draws at most 30 frames a second: wait for this key's frame before judging it
    for (let t = 0; t < 20 && lastFrame() === before; t++) await sleep(20)
  }
  return until(lastFrame, ok, 2000)
}
const count = <T,>(xs: Iterable<T>): Map<T, number> => {
  const m = new Map<T, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}
/** An event no other event can be mistaken for by the start of its title (rows are found by it). */
const unique = (e: Event) => !all.some((x) => x.id !== e.id && x.title.slice(0, 8) === e.title.slice(0, 8))
const top = <T,>(m: Map<T, number>): [T, number] => [...m].sort((a, b) => b[1] - a[1])[0]!

describe("terminal browser (ink-testing-library, real SQLite store from the seeds)", () => {
  it("opens on the busiest month; months show counts and activity bars; rows show date, kind, title, lead person", async () => {
    const { lastFrame, unmount } = open()
    const f = await until(lastFrame, (x) => badgeRows(x).length > 0 && !x.includes("加载中"))
    const months = await data.months()
    expect(f).toMatch(new RegExp(`›${monthLabel(busiest)}\\s+${months.find((m) => m.month === busiest)!.count} ▇▇▇▇▇`))
    for (const m of months.filter((x) => /^\d/.test(x.month)).slice(0, 10)) expect(f).toMatch(new RegExp(`${monthLabel(m.month)}\\s+${m.count} ▇`))
    const first = all.find((e) => e.date.start.startsWith(busiest))!
    expect(badgeRows(f)[0]).toContain(`[${kindBadge[first.kind]}]`)
    expect(badgeRows(f)[0]).toContain(first.title.slice(0, 4))
    unmount()
  })

  it("at 80×24 every view fits without wrapping: months, people, places, timeline, detail, source, help, prompts", async () => {
    const { lastFrame, stdin, unmount } = open(80, 24)
    await ready(lastFrame)
    // panes begin at column 0 and, beside the 22-column months list, at 23
    const fits = async (ok: (f: string) => boolean, columns: ReadonlyArray<number> = [0, 23]) => {
      const f = await until(lastFrame, ok)
      expectFits(f, 80, 24)
      noBadStarts(f, columns)
      return f
    }
    await fits(() => true)
    stdin.write("2")
    await fits((x) => /人物 \(\d+\)/.test(x) && badgeRows(x).length > 0, [0])
    stdin.write("3")
    await fits((x) => /地点 \(\d+\)/.test(x) && badgeRows(x).length > 0, [0])
    stdin.write("4")
    await fits((x) => x.includes("时间线") && x.includes("12月"), [0])
    stdin.write("1")
    await ready(lastFrame)
    stdin.write(KEY.enter)
    stdin.write(KEY.enter)
    await fits((x) => DETAIL.test(x))
    for (let i = 0; i < 30; i++) {
      stdin.write("j")
      await sleep(5)
    }
    await fits((x) => DETAIL.test(x))
    stdin.write("o")
    await fits((x) => x.includes("原文 1/") && x.includes(sources), [1]) // after the gutter that marks the span
    stdin.write(KEY.escape)
    await sleep(100) // a lone Esc is held briefly in case it starts a sequence
    stdin.write("?")
    await fits((x) => x.includes("按键"))
    stdin.write("x")
    stdin.write("/")
    await type(stdin, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十")
    await fits((x) => x.includes("搜索："))
    unmount()
  })

  it("moves with arrows and j/k, opens with Enter, goes back with Esc; the heading counts the position", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    const month = all.filter((e) => e.date.start.startsWith(busiest))
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes(` 1/${month.length}`))
    stdin.write("j")
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`))
    stdin.write(KEY.down)
    await until(lastFrame, (x) => x.includes(` 3/${month.length}`))
    stdin.write("k")
    stdin.write(KEY.up)
    await until(lastFrame, (x) => x.includes(` 1/${month.length}`))
    stdin.write("G")
    await until(lastFrame, (x) => x.includes(` ${month.length}/${month.length}`))
    stdin.write("g")
    stdin.write("j")
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`))
    stdin.write(KEY.enter)
    const detail = await until(lastFrame, (x) => DETAIL.test(x))
    expect(detail).toContain(month[1]!.title.slice(0, 6))
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`) && !DETAIL.test(x))
    unmount()
  })

  it("full-text search with / lists exactly the events holding the words, with years when they span months", async () => {
    // a four-character word from a title that several months share, found in the store, not written here
    const words = count(all.flatMap((e) => [...new Set([...e.title].map((_, i) => e.title.slice(i, i + 4)).filter((w) => w.length === 4 && /^\p{Script=Han}+$/u.test(w)))]))
    const word = [...words].filter(([w, n]) => n >= 3 && new Set(all.filter((e) => `${e.title} ${e.text}`.includes(w)).map((e) => e.date.start.slice(0, 7))).size > 1).sort((a, b) => b[1] - a[1])[0]![0]
    const expected = all.filter((e) => `${e.title} ${e.text}`.includes(word))
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("/")
    await type(stdin, `${word}x`)
    stdin.write(KEY.backspace)
    stdin.write(KEY.enter)
    const results = await until(lastFrame, (x) => x.includes(`筛选 搜索“${word}”（${expected.length}）`) && !x.includes("加载中"))
    expect(badgeRows(results).length).toBe(Math.min(expected.length, 27))
    // the list spans months, so each date carries its year
    expect(results).toContain(eventDateLabel(expected[0]!, true))
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes("筛选") && x.includes(`${monthLabel(busiest)}（`))
    unmount()
  })

  it("people view: everyone with counts; the most frequent person's timeline lists all their events, dated with years", async () => {
    const [person, n] = top(count(all.flatMap((e) => [...new Set(e.people.map((p) => p.name))])))
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("2")
    const f = await until(lastFrame, (x) => x.includes(`人物 ${person}（${n}）`) && !x.includes("加载中"))
    expect(f).toMatch(new RegExp(`›${person}\\s+${n} `))
    const theirs = all.filter((e) => e.people.some((p) => p.name === person))
    expect(badgeRows(f)[0]).toContain(eventDateLabel(theirs[0]!, new Set(theirs.map((e) => e.date.start.slice(0, 7))).size > 1))
    // narrowing: the second person's first character
    const people = await data.people()
    const other = people.find((p) => p.name !== person && !p.name.startsWith(person[0]!))!
    stdin.write(other.name)
    await until(lastFrame, (x) => x.includes(`含“${other.name}”`) && x.includes(`人物 ${other.name}（${other.count}）`))
    unmount()
  })

  it("places view: a place written two ways is one row, and its list has the events of both", async () => {
    const groups = await data.places()
    const merged = groups.find((g) => g.names.length > 1)!
    const events = all.filter((e) => e.places.some((p) => merged.names.includes(p.name)))
    expect(merged.count).toBe(events.length)
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("3")
    await until(lastFrame, (x) => /地点 \(\d+\)/.test(x) && !x.includes("加载中"))
    await pressUntil(stdin, lastFrame, "j", (x) => x.includes(`地点 ${merged.name}（${events.length}）`))
    const f = plain(lastFrame())
    const shortName = merged.names.find((n) => n !== merged.name)!
    expect(f).toContain(`${merged.name}（${shortName}）`)
    // in the detail, the place is named once
    stdin.write(KEY.enter)
    stdin.write(KEY.enter)
    const d = await until(lastFrame, (x) => DETAIL.test(x))
    const line = d.split("\n").find((l) => l.includes("地点："))
    if (line !== undefined) expect(line.split("、").filter((p) => p.trim() === shortName)).toHaveLength(0)
    unmount()
  })

  it("timeline: the calendar opens on the day being read; Enter on the busiest day lists its events", async () => {
    const days = count(all.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date.start) && e.date.end === null).map((e) => e.date.start))
    const [day, n] = top(days)
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write(":")
    await type(stdin, day)
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes(`›${eventDateLabel(all.find((e) => e.date.start === day)!, false)}`))
    stdin.write("4")
    const [y, m, d] = day.split("-").map(Number)
    const f = await until(lastFrame, (x) => x.includes(`时间线 ${y}年`) && x.includes(`${y}年${m}月${d}日（`) && !x.includes("加载中"))
    expect(f).toMatch(new RegExp(`${y}年${m}月${d}日（\\d+）`))
    const listed = Number(new RegExp(`${y}年${m}月${d}日（(\\d+)）`).exec(f)![1])
    expect(listed).toBeGreaterThanOrEqual(n) // ranges that cover the day count too
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => badgeRows(x).length >= Math.min(n, 5))
    unmount()
  })

  it("the source view shows the raw document at the span, highlighted, and n steps to the next source with its merge reason", async () => {
    const merged = all.find((e) => e.sources.length > 1 && e.merged.length > 0 && unique(e))!
    const { lastFrame, stdin, unmount } = open(120, 30)
    await ready(lastFrame)
    stdin.write(":")
    await type(stdin, merged.date.start)
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => selectedRow(x).startsWith(eventDateLabel(merged, false)))
    await pressUntil(stdin, lastFrame, "j", (x) => selectedRow(x).includes(merged.title.slice(0, 8)))
    stdin.write(KEY.enter)
    stdin.write("o")
    const raw = readFileSync(join(sources, merged.sources[0]!.document), "utf8")
    const line = raw.slice(0, merged.sources[0]!.span[0]).split("\n").length
    const f = await until(lastFrame, (x) => x.includes(`原文 1/`) && x.includes(`第${line}行`) && x.includes("主要来源"))
    // the highlighted run is the span's text
    // eslint-disable-next-line no-control-regex
    const body = (lastFrame() ?? "").split("\n").slice(3).join("\n") // below the tabs and the source's two headings
    const marked = [...body.matchAll(/\u001B\[7m(?:\u001B\[[0-9;]*m)*([^\u001B]+)/g)].map((x) => x[1]!).join("")
    const spanText = raw.slice(...merged.sources[0]!.span).replace(/\s+/g, "")
    expect(marked.length).toBeGreaterThan(0)
    expect(spanText).toContain(marked.replace(/\s+/g, "").slice(0, 10))
    expect(f).toContain(join(sources, merged.sources[0]!.document))
    stdin.write("n")
    const second = await until(lastFrame, (x) => x.includes("原文 2/"))
    expect(second).toContain("合并理由：")
    unmount()
  })

  it("the detail shows titles, roles, places once, sources with document and line, merge reasons and the year's reason", async () => {
    const merged = all.find((e) => e.merged.length > 0 && e.people.some((p) => p.titles.length > 0) && e.places.length > 0 && unique(e)) ?? all.find((e) => e.merged.length > 0 && unique(e))!
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("/")
    await type(stdin, merged.title)
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes("筛选 搜索") && badgeRows(x).length > 0 && !x.includes("加载中"))
    await pressUntil(stdin, lastFrame, "j", (x) => selectedRow(x).includes(merged.title.slice(0, 8)))
    stdin.write(KEY.enter)
    let seen = await until(lastFrame, (x) => DETAIL.test(x))
    for (let i = 0; i < 60 && !seen.includes("合并理由"); i++) {
      stdin.write("j")
      await sleep(20)
      seen += `\n${plain(lastFrame())}`
    }
    const text = seen.replace(/\s+/g, "")
    expect(text).toContain(`（${yearReason[merged.date.year.source]}）`)
    const person = merged.people[0]!
    expect(text).toContain(`${person.titles.join("、")}${person.name}（${roleFor(merged.kind, person.role)}）`)
    for (const p of dedupePlaces(merged.places).slice(0, 2)) expect(text).toContain(p.name)
    const source = merged.sources[0]!
    const raw = readFileSync(join(sources, source.document), "utf8")
    const line = raw.slice(0, source.span[0]).split("\n").length
    expect(text).toContain(`来源1：${source.document}第${line}行[${source.span[0]}–${source.span[1]}]主要来源`)
    expect(text).toContain("合并理由：")
    unmount()
  })

  it("s sorts the list (newest first), y copies the id with OSC 52, e exports the list as CSV and Markdown and the month's report", async () => {
    const month = all.filter((e) => e.date.start.startsWith(busiest))
    const { lastFrame, stdin, stdout, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write(KEY.enter)
    stdin.write("s")
    await until(lastFrame, (x) => x.includes("↕日期（晚→早）"))
    stdin.write("g") // the sort keeps the selected event; g goes to the top
    await until(lastFrame, (x) => selectedRow(x) !== "" && badgeRows(x)[0]!.includes(selectedRow(x)))
    const newest = [...month].sort((a, b) => b.date.start.localeCompare(a.date.start) || b.id.localeCompare(a.id))[0]!
    expect(badgeRows(plain(lastFrame()))[0]).toContain(newest.title.slice(0, 6))
    stdin.write("y")
    await until(lastFrame, (x) => x.includes(`已复制 ${newest.id}`))
    expect(stdout.frames.some((f) => f.includes(osc52(newest.id)))).toBe(true)
    stdin.write("e")
    await until(lastFrame, (x) => x.includes("c CSV"))
    stdin.write("c")
    const csv = await until(lastFrame, (x) => x.includes("已导出 CSV"))
    const csvPath = /已导出 CSV：(\S+)/.exec(csv.replace(/\n/g, ""))![1]!
    const rows = readFileSync(csvPath, "utf8").trim().split("\r\n")
    expect(rows).toHaveLength(month.length + 1)
    expect(rows[1]).toContain(newest.id) // in the order shown
    stdin.write("e")
    stdin.write("m")
    const md = await until(lastFrame, (x) => x.includes("已导出 Markdown"))
    const mdPath = /已导出 Markdown：(\S+)/.exec(md.replace(/\n/g, ""))![1]!
    expect(readFileSync(mdPath, "utf8")).toContain(`| ${eventDateLabel(newest, true)} |`)
    stdin.write("e")
    stdin.write("r")
    await until(lastFrame, (x) => x.includes("已导出"))
    const report = join(exportDir, `dashiji-${busiest}.md`)
    expect(existsSync(report)).toBe(true)
    expect(readFileSync(report, "utf8")).toContain(`# ${monthLabel(busiest)} 大事记`)
    unmount()
  })

  it("? shows help, any key returns, q closes the store and quits", async () => {
    let closed = 0
    const spy: BrowserData = { ...data, close: () => ((closed += 1), Promise.resolve()) }
    const { lastFrame, stdin, unmount } = render(<App data={spy} exportDir={exportDir} width={80} height={24} />)
    await ready(lastFrame)
    stdin.write("?")
    await until(lastFrame, (x) => x.includes("按键") && x.includes("全文搜索"))
    stdin.write("x")
    await ready(lastFrame)
    stdin.write("q")
    await sleep(100)
    expect(closed).toBe(1)
    unmount()
  })

  it("follows terminal resizes; at 160×40 titles use the width and the detail stands below the list", async () => {
    const { lastFrame, stdout, unmount } = render(<App data={data} exportDir={exportDir} />)
    await ready(lastFrame)
    Object.defineProperty(stdout, "columns", { value: 80, configurable: true })
    Object.defineProperty(stdout, "rows", { value: 24, configurable: true })
    stdout.emit("resize")
    const after = await until(lastFrame, (x) => Math.max(...x.split("\n").map(displayWidth)) <= 80)
    expectFits(after, 80, 24)
    unmount()

    const wide = open(160, 40)
    await ready(wide.lastFrame)
    const f = plain(wide.lastFrame())
    expect(f).toMatch(DETAIL)
    expectFits(f, 160, 40)
    const longest = all.filter((e) => e.date.start.startsWith(busiest)).sort((a, b) => displayWidth(b.title) - displayWidth(a.title))[0]!
    const visible = badgeRows(f).map((r) => r.replace(/^.*?\] /, ""))
    // titles get far more than the 80-column layout could give them (there, about 40 columns)
    expect(Math.max(...visible.map((t) => displayWidth(t.trimEnd())))).toBeGreaterThan(Math.min(70, displayWidth(longest.title)))
    wide.unmount()
  })

  it("respects NO_COLOR: emphasis without colours", async () => {
    // eslint-disable-next-line no-control-regex
    const colour = /\u001B\[(3[0-7]|9[0-7]|38;)/
    const coloured = open(100, 30)
    await ready(coloured.lastFrame)
    expect(coloured.lastFrame()).toMatch(colour)
    coloured.unmount()
    process.env["NO_COLOR"] = "1"
    try {
      const { lastFrame, stdin, unmount } = open(100, 30)
      await ready(lastFrame)
      stdin.write(KEY.enter)
      stdin.write(KEY.enter)
      await until(lastFrame, (x) => DETAIL.test(x))
      const f = lastFrame() ?? ""
      expect(f).not.toMatch(colour)
      // eslint-disable-next-line no-control-regex
      expect(f).toMatch(/\u001B\[1m/)
      unmount()
    } finally {
      delete process.env["NO_COLOR"]
    }
  })

  it("an empty store says how to fill it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dashiji-empty-"))
    const empty = openBrowserData(join(dir, "empty.db"))
    const { lastFrame, unmount } = render(<App data={empty} exportDir={dir} width={80} height={24} />)
    const f = await until(lastFrame, (x) => x.includes("库中还没有事件") || x.includes("没有月份"))
    expect(f).toContain("没有")
    unmount()
    await empty.close()
  })
})
