/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { render } from "ink-testing-library"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { App } from "../src/App.tsx"
import { openBrowserData, type BrowserData } from "../src/data.ts"
import { kindBadge, kinds, methodLabel, monthLabel, roleLabel, yearReason } from "../src/labels.ts"
import { displayWidth } from "../src/width.ts"
import { repoRoot, seededDb } from "./helpers.ts"

const KEY = {
  down: "\u001B[B",
  up: "\u001B[A",
  pageDown: "\u001B[6~",
  enter: "\r",
  tab: "\t",
  shiftTab: "\u001B[Z",
  escape: "\u001B",
  backspace: "\u007F"
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// eslint-disable-next-line no-control-regex
const plain = (s: string | undefined): string => (s ?? "").replace(/\u001B\[[0-9;]*m/g, "")

/** Waits until the frame (escapes removed) satisfies `ok`: the store answers asynchronously. */
const until = async (frame: () => string | undefined, ok: (f: string) => boolean, ms = 5000): Promise<string> => {
  const start = Date.now()
  for (;;) {
    const f = plain(frame())
    if (ok(f)) return f
    if (Date.now() - start > ms) throw new Error(`timed out; last frame:\n${f}`)
    await sleep(30)
  }
}
/** Every line within `width` columns and the whole frame within `height` lines: nothing wraps. */
const expectFits = (frame: string, width: number, height: number) => {
  const lines = frame.split("\n")
  expect(lines.length, frame).toBeLessThanOrEqual(height)
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
}
/** The frame right of the months pane (22 columns and a gap). */
const rightPane = (frame: string): string =>
  frame
    .split("\n")
    .map((line) => {
      let w = 0
      let i = 0
      const chars = [...line]
      while (i < chars.length && w < 23) w += displayWidth(chars[i++]!)
      return chars.slice(i).join("")
    })
    .join("\n")
/** Rows of the event list (right of the months): they carry a kind badge. */
const badgeRows = (frame: string): Array<string> =>
  rightPane(frame)
    .split("\n")
    .filter((l) => /\[(会议|视频|调研|会见|活动|发布|其他)\]/.test(l))

let db: string
let data: BrowserData
let all: ReadonlyArray<Event>
let busiest: string
const exportDir = mkdtempSync(join(tmpdir(), "dashiji-export-"))

beforeAll(async () => {
  db = await seededDb()
  data = openBrowserData(db)
  const items: Array<Event> = []
  let cursor: string | undefined
  do {
    const page = await data.events({ limit: 500, cursor })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
  all = items
  const months = await data.months()
  busiest = months.reduce((a, b) => (b.count > a.count ? b : a)).month
})
afterAll(async () => {
  await data.close()
})

const open = (width = 80, height = 24, pageSize?: number) => render(<App data={data} exportDir={exportDir} width={width} height={height} pageSize={pageSize} />)
/** The first page is on screen and the input handler is attached. */
const ready = async (lastFrame: () => string | undefined) => {
  await until(lastFrame, (x) => x.includes(`${monthLabel(busiest)}（`) && badgeRows(x).length > 0 && !x.includes("加载中"))
  await sleep(100)
}
const type = async (stdin: { write: (s: string) => void }, s: string) => {
  for (const ch of s) {
    stdin.write(ch)
    await sleep(5)
  }
}
/** Presses `key` until the frame satisfies `ok`. */
const pressUntil = async (stdin: { write: (s: string) => void }, lastFrame: () => string | undefined, key: string, ok: (f: string) => boolean, max = 80) => {
  for (let i = 0; i < max && !ok(plain(lastFrame())); i++) {
    stdin.write(key)
    await sleep(30)
  }
  return until(lastFrame, ok, 2000)
}

describe("terminal browser (ink-testing-library, real SQLite store from the seeds)", () => {
  it("opens on the busiest month; months show counts and activity bars", async () => {
    const { lastFrame, unmount } = open()
    const f = await until(lastFrame, (x) => badgeRows(x).length > 0 && !x.includes("加载中"))
    const months = await data.months()
    expect(f).toMatch(new RegExp(`›${monthLabel(busiest)}\\s+${months.find((m) => m.month === busiest)!.count} ▇▇▇▇▇`))
    for (const m of months.slice(0, 10)) expect(f).toMatch(new RegExp(`${monthLabel(m.month)}\\s+${m.count} ▇`))
    const single = months.find((m) => m.count === 1)
    if (single !== undefined) expect(f).toMatch(new RegExp(`${monthLabel(single.month)}\\s+1 ▇(?!▇)`))
    // a row: date, kind badge, title, lead person
    const first = all.find((e) => e.date.start.startsWith(busiest))!
    expect(badgeRows(f)[0]).toContain(`[${kindBadge[first.kind]}]`)
    expect(badgeRows(f)[0]).toContain(first.title.slice(0, 4))
    unmount()
  })

  it("at 80×24 every screen fits without wrapping: list, detail, help, prompt", async () => {
    const { lastFrame, stdin, unmount } = open(80, 24)
    await ready(lastFrame)
    expectFits(plain(lastFrame()), 80, 24)
    stdin.write(KEY.enter)
    stdin.write(KEY.enter)
    const detail = await until(lastFrame, (x) => x.includes("详情"))
    expectFits(detail, 80, 24)
    // scroll through the whole detail
    for (let i = 0; i < 40; i++) {
      stdin.write("j")
      await sleep(10)
      expectFits(plain(lastFrame()), 80, 24)
    }
    stdin.write("?")
    expectFits(await until(lastFrame, (x) => x.includes("按键")), 80, 24)
    stdin.write("x")
    stdin.write("/")
    await type(stdin, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十")
    expectFits(await until(lastFrame, (x) => x.includes("搜索：")), 80, 24)
    unmount()
  })

  it("moves with arrows and j/k, opens with Enter, switches panes with Tab and Shift-Tab, goes back with Esc", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    const month = all.filter((e) => e.date.start.startsWith(busiest))
    stdin.write(KEY.enter) // months → events
    await until(lastFrame, (x) => x.includes(` 1/${month.length}`))
    stdin.write("j")
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`))
    stdin.write(KEY.down)
    await until(lastFrame, (x) => x.includes(` 3/${month.length}`))
    stdin.write("k")
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`))
    stdin.write(KEY.up)
    await until(lastFrame, (x) => x.includes(` 1/${month.length}`))
    stdin.write("j")
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`))
    stdin.write(KEY.enter) // events → detail of the second event
    const detail = await until(lastFrame, (x) => x.includes("详情"))
    expect(detail).toContain(month[1]!.title.slice(0, 6))
    stdin.write(KEY.escape) // detail → events, selection kept
    await until(lastFrame, (x) => x.includes(` 2/${month.length}`) && !x.includes("详情"))
    stdin.write(KEY.tab) // events → detail
    await until(lastFrame, (x) => x.includes("详情"))
    stdin.write(KEY.tab) // detail → months
    await until(lastFrame, (x) => !x.includes("详情"))
    stdin.write(KEY.shiftTab) // months → detail (backwards)
    await until(lastFrame, (x) => x.includes("详情"))
    stdin.write(KEY.shiftTab) // detail → events
    await until(lastFrame, (x) => !x.includes("详情"))
    stdin.write(KEY.shiftTab) // events → months
    await sleep(50)
    // in the months pane the arrows choose the month
    const months = await data.months()
    const prev = months[months.findIndex((m) => m.month === busiest) - 1]!
    stdin.write(KEY.up)
    await until(lastFrame, (x) => x.includes(`›${monthLabel(prev.month)}`) && x.includes(`${monthLabel(prev.month)}（${prev.count}）`) && badgeRows(x).length === Math.min(prev.count, 26))
    unmount()
  })

  it("full-text search with / finds the 2月24日 conference call; its detail shows 王国生, highlighted", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("/")
    await until(lastFrame, (x) => x.includes("搜索："))
    await type(stdin, "统筹推进")
    stdin.write(KEY.backspace)
    stdin.write(KEY.backspace)
    await type(stdin, "推进新冠肺炎")
    await until(lastFrame, (x) => x.includes("搜索：统筹推进新冠肺炎"))
    stdin.write(KEY.enter)
    const results = await until(lastFrame, (x) => x.includes("筛选 搜索“统筹推进新冠肺炎”") && !x.includes("加载中"))
    // every hit holds the words; the list is exactly what the store finds
    const expected = all.filter((e) => `${e.title} ${e.text}`.includes("统筹推进新冠肺炎"))
    expect(badgeRows(results).length).toBe(Math.min(expected.length, 26))
    expect(results).toContain("2月24日")
    await pressUntil(stdin, lastFrame, "j", (x) => /›2月24日\s+\[视频\]/.test(x))
    stdin.write(KEY.enter)
    const detail = await until(lastFrame, (x) => x.includes("详情"))
    expect(detail).toContain("电视电话会议")
    expect(detail).toContain("王国生")
    // the name is emphasised (bold and coloured) where it appears in the detail
    // eslint-disable-next-line no-control-regex
    expect(lastFrame()).toMatch(/(\u001B\[(1|32)m){2}王国生/)
    stdin.write(KEY.escape) // back to the results
    await until(lastFrame, (x) => !x.includes("详情") && x.includes("筛选"))
    stdin.write(KEY.escape) // clears the search
    await until(lastFrame, (x) => !x.includes("筛选") && x.includes(`${monthLabel(busiest)}（`))
    unmount()
  })

  it("the detail shows titles, roles, places, sources with document and line, merge reasons and the year's reason", async () => {
    const merged = all.find((e) => e.merged.length > 0 && e.people.some((p) => p.titles.length > 0) && e.places.length > 0) ?? all.find((e) => e.merged.length > 0)!
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("/")
    await type(stdin, merged.title)
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes("筛选 搜索") && badgeRows(x).length > 0 && !x.includes("加载中"))
    await pressUntil(stdin, lastFrame, "j", (x) => badgeRows(x).some((r) => r.startsWith("›") && r.includes(merged.title.slice(0, 6))))
    stdin.write(KEY.enter)
    let seen = rightPane(await until(lastFrame, (x) => x.includes("详情")))
    for (let i = 0; i < 60 && !seen.includes("合并理由"); i++) {
      stdin.write("j")
      await sleep(20)
      seen += `\n${rightPane(plain(lastFrame()))}`
    }
    const text = seen.replace(/\s+/g, "")
    expect(text).toContain(`（${yearReason[merged.date.year.source]}）`)
    const person = merged.people[0]!
    expect(text).toContain(`${person.titles.join("、")}${person.name}（${roleLabel[person.role]}）`)
    for (const p of merged.places.slice(0, 2)) expect(text).toContain(p.name)
    const source = merged.sources[0]!
    const raw = readFileSync(join(repoRoot, "seeds", source.document), "utf8")
    const line = raw.slice(0, source.span[0]).split("\n").length
    expect(text).toContain(`来源1：${source.document}第${line}行[${source.span[0]}–${source.span[1]}]主要来源`)
    const m = merged.merged[0]!
    expect(text).toContain(`合并理由：${methodLabel[m.method]}${m.score.toFixed(2)}`)
    unmount()
  })

  it("p filters by person, l by place, t cycles through kinds and back", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    // the most frequent lead: a name the store knows
    const counts = new Map<string, number>()
    for (const e of all) for (const p of e.people) counts.set(p.name, (counts.get(p.name) ?? 0) + 1)
    const [person, personCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    stdin.write("p")
    await until(lastFrame, (x) => x.includes("人物："))
    await type(stdin, person)
    stdin.write(KEY.enter)
    const byPerson = await until(lastFrame, (x) => x.includes(`人物：${person}（`) && !x.includes("加载中"))
    expect(byPerson).toContain(`（${personCount}）`)
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes(`人物：${person}`))

    const place = all.flatMap((e) => e.places.map((p) => p.name)).find((n) => n.length >= 2)!
    stdin.write("l")
    await type(stdin, place)
    stdin.write(KEY.enter)
    const byPlace = await until(lastFrame, (x) => x.includes(`地点：${place}（`) && !x.includes("加载中"))
    const placeCount = all.filter((e) => e.places.some((p) => p.name === place || p.name.startsWith(place))).length
    expect(byPlace).toContain(`（${placeCount}）`)
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes(`地点：${place}`))

    for (const kind of kinds) {
      stdin.write("t")
      const f = await until(lastFrame, (x) => x.includes(`类别：${kindBadge[kind]}（`) && !x.includes("加载中"))
      const n = all.filter((e) => e.kind === kind).length
      expect(f).toContain(`（${n}）`)
      expect(badgeRows(f).every((r) => r.includes(`[${kindBadge[kind]}]`)), f).toBe(true)
    }
    stdin.write("t") // past the last kind: all events of the month again
    await until(lastFrame, (x) => !x.includes("筛选") && x.includes(`${monthLabel(busiest)}（`))
    unmount()
  })

  it("loads one page at a time and fetches the next when the selection reaches the end", async () => {
    const month = all.filter((e) => e.date.start.startsWith(busiest))
    expect(month.length).toBeGreaterThan(40) // the seeds' busiest month spans several pages of 20
    const { lastFrame, stdin, unmount } = open(100, 30, 20)
    await ready(lastFrame)
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes(` 1/${month.length}`))
    const last = await pressUntil(stdin, lastFrame, KEY.pageDown, (x) => x.includes(` ${month.length}/${month.length}`), 40)
    const selected = badgeRows(last).find((r) => r.startsWith("›"))!
    expect(selected).toContain(month[month.length - 1]!.title.slice(0, 6))
    unmount()
  })

  it("e exports the month's Markdown report to a file and shows the path", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("e")
    const f = await until(lastFrame, (x) => x.includes("已导出"))
    const path = join(exportDir, `dashiji-${busiest}.md`)
    expect(f.replace(/\s+/g, "")).toContain(path)
    expect(existsSync(path)).toBe(true)
    const md = readFileSync(path, "utf8")
    expect(md).toContain(`# ${monthLabel(busiest)} 大事记`)
    for (const e of all.filter((x) => x.date.start.startsWith(busiest)).slice(0, 5)) expect(md).toContain(e.title.slice(0, 6))
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
    stdin.write("/")
    await type(stdin, "q") // q inside a prompt is text, not quit
    await until(lastFrame, (x) => x.includes("搜索：q"))
    expect(closed).toBe(0)
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes("搜索："))
    stdin.write("q")
    await sleep(100)
    expect(closed).toBe(1)
    unmount()
  })

  it("follows terminal resizes and, on a wide terminal, shows the detail beside the list", async () => {
    const { lastFrame, stdout, unmount } = render(<App data={data} exportDir={exportDir} />)
    await ready(lastFrame)
    const before = plain(lastFrame())
    expect(Math.max(...before.split("\n").map(displayWidth))).toBe(100) // ink-testing-library's terminal is 100 wide
    Object.defineProperty(stdout, "columns", { value: 80, configurable: true })
    Object.defineProperty(stdout, "rows", { value: 24, configurable: true })
    stdout.emit("resize")
    const after = await until(lastFrame, (x) => Math.max(...x.split("\n").map(displayWidth)) <= 80)
    expectFits(after, 80, 24)
    unmount()

    const wide = open(160, 40)
    await ready(wide.lastFrame)
    const f = plain(wide.lastFrame())
    expect(f).toContain("详情")
    expect(badgeRows(f).length).toBeGreaterThan(10)
    expectFits(f, 160, 40)
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
      await sleep(50)
      stdin.write(KEY.enter)
      await until(lastFrame, (x) => x.includes("详情"))
      const f = lastFrame() ?? ""
      expect(f).not.toMatch(colour)
      // eslint-disable-next-line no-control-regex
      expect(f).toMatch(/\u001B\[1m/) // still bold where it matters
      unmount()
    } finally {
      delete process.env["NO_COLOR"]
    }
  })

  it("an empty store says how to fill it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dashiji-empty-"))
    const empty = openBrowserData(join(dir, "empty.db"))
    const { lastFrame, unmount } = render(<App data={empty} exportDir={dir} width={80} height={24} />)
    const f = await until(lastFrame, (x) => x.includes("库中还没有事件"))
    expect(f).toContain("dashiji ingest")
    unmount()
    await empty.close()
  })
})
