/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { roleFor } from "@dashiji/export"
import { render } from "ink-testing-library"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { App, osc52 } from "../src/App.tsx"
import { type BrowserData, openBrowserData } from "../src/data.ts"
import { eventDateLabel, monthLabel, yearSourceLabel } from "../src/labels.ts"
import { dedupePlaces } from "../src/places.ts"
import { displayWidth } from "../src/width.ts"
import { badgeRows, DETAIL, expectFits, exportDir, KEY, loadSeeds, openApp, plain, pressUntil, readyOn, selectedRow, sleep, sources, type, uniqueIn, until } from "./app-harness.tsx"

/** The browser's keys on the seeds store: detail, sort, copy, export, help, quit, resizes, NO_COLOR, an empty store. */

let data: BrowserData
let all: ReadonlyArray<Event>
let busiest: string
beforeAll(async () => void ({ data, all, busiest } = await loadSeeds()))
afterAll(() => data.close())
const open = (width?: number, height?: number, pageSize?: number) => openApp(data, width, height, pageSize)
const ready = (lastFrame: () => string | undefined) => readyOn(busiest, lastFrame)
const unique = (e: Event) => uniqueIn(all, e)

describe("terminal browser (ink-testing-library, real SQLite store from the seeds)", () => {
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
    expect(text).toContain(`（${yearSourceLabel[merged.date.year.source]}）`)
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
    // the report's own message (the Markdown export's 已导出 is still on screen until it comes)
    await until(lastFrame, (x) => x.includes("报告："))
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
