/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { render } from "ink-testing-library"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { App } from "../src/App.tsx"
import { openBrowserData, type BrowserData } from "../src/data.ts"
import { displayWidth, fit, truncate } from "../src/width.ts"
import { seededDb } from "./helpers.ts"

const KEY = { down: "\u001B[B", up: "\u001B[A", enter: "\r", tab: "\t", escape: "\u001B", backspace: "\u007F" }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits until the frame satisfies `ok` (the store answers asynchronously). */
const until = async (frame: () => string | undefined, ok: (f: string) => boolean, ms = 5000): Promise<string> => {
  const start = Date.now()
  for (;;) {
    const f = frame() ?? ""
    if (ok(f)) return f
    if (Date.now() - start > ms) throw new Error(`timed out; last frame:\n${f}`)
    await sleep(30)
  }
}

let db: string
let data: BrowserData
const exportDir = mkdtempSync(join(tmpdir(), "dashiji-export-"))

beforeAll(async () => {
  db = await seededDb()
  data = openBrowserData(db)
})
afterAll(async () => {
  await data.close()
})

const open = (width = 80, height = 24) => render(<App data={data} exportDir={exportDir} width={width} height={height} />)
/** The first page is on screen and the input handler is attached. */
const ready = async (lastFrame: () => string | undefined) => {
  await until(lastFrame, (x) => /2020年2月（\d+）/.test(x) && x.includes("["))
  await sleep(150)
}
const type = async (stdin: { write: (s: string) => void }, s: string) => {
  for (const ch of s) {
    stdin.write(ch)
    await sleep(5)
  }
}

describe("terminal browser (ink-testing-library, real SQLite store from the seeds)", () => {
  it("opens on the busiest month and never draws a row wider than 80 columns", async () => {
    const { lastFrame, unmount } = open()
    const f = await until(lastFrame, (x) => /2020年2月（\d+）/.test(x) && x.includes("[调研]"))
    expect(f).toMatch(/›2020年2月/)
    expect(f).toContain("[调研]")
    for (const line of f.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80)
    unmount()
  })

  it("moves with arrows and j/k, opens with Enter, switches panes with Tab, and shows the detail", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write(KEY.enter) // months → events
    await sleep(50)
    const before = await until(lastFrame, (x) => x.includes("›2月1日"))
    stdin.write("j")
    await sleep(50)
    stdin.write(KEY.down)
    const moved = await until(lastFrame, (x) => x !== before && x.includes("›2月2日"))
    stdin.write("k")
    await until(lastFrame, (x) => x !== moved)
    stdin.write(KEY.enter) // events → detail
    const detail = await until(lastFrame, (x) => x.includes("详情"))
    expect(detail).toContain("日期：2020年2月")
    expect(detail).toMatch(/来源1：001_\S+ 第\d+行/)
    stdin.write(KEY.tab) // detail → months
    await until(lastFrame, (x) => x.includes("2020年2月（"))
    stdin.write(KEY.up)
    await until(lastFrame, (x) => x.includes("›2019年6月"))
    unmount()
  })

  it("full-text search with / finds the 2月24日 conference call, and its detail shows 王国生", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("/")
    await until(lastFrame, (x) => x.includes("搜索："))
    await type(stdin, "统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议")
    stdin.write(KEY.enter)
    const results = await until(lastFrame, (x) => x.includes("筛选 搜索") && x.includes("2月24日"))
    expect(results).toContain("[视频]")
    // walk down to the conference call itself
    for (let i = 0; i < 10 && !/›2月24日\s+\[视频\]/.test(lastFrame() ?? ""); i++) {
      stdin.write("j")
      await sleep(40)
    }
    stdin.write(KEY.enter)
    const detail = await until(lastFrame, (x) => x.includes("详情"))
    expect(detail).toContain("电视电话会议")
    expect(detail).toContain("王国生")
    stdin.write(KEY.escape)
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes("筛选"))
    unmount()
  })

  it("filters by person (p), place (l) and kind (t)", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("p")
    await type(stdin, "刘伟")
    stdin.write(KEY.enter)
    const byPerson = await until(lastFrame, (x) => x.includes("人物：刘伟") && !x.includes("加载中") && x.includes("省政协主席刘伟"))
    expect(byPerson).toContain("省政协主席刘伟")
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes("人物：刘伟"))
    stdin.write("l")
    await type(stdin, "信阳")
    stdin.write(KEY.enter)
    await until(lastFrame, (x) => x.includes("地点：信阳") && x.includes("信阳"))
    stdin.write(KEY.escape)
    await until(lastFrame, (x) => !x.includes("地点：信阳"))
    stdin.write("t")
    const byKind = await until(lastFrame, (x) => x.includes("类别：会议") && !x.includes("加载中") && /›\d+月\d+日/.test(x))
    const rows = byKind.split("\n").filter((l) => /^\s*›?\s*\d+月\d+日/.test(l.replace(/^.*?(?=[›\s]\d+月)/, "")))
    expect(rows.every((l) => !l.includes("[调研]"))).toBe(true)
    stdin.write("t")
    await until(lastFrame, (x) => x.includes("类别：视频"))
    unmount()
  })

  it("exports the month's Markdown report with e and shows the path", async () => {
    const { lastFrame, stdin, unmount } = open(100, 30)
    await ready(lastFrame)
    stdin.write("e")
    const f = await until(lastFrame, (x) => x.includes("已导出"))
    const path = join(exportDir, "dashiji-2020-02.md")
    expect(f).toContain("dashiji-2020-02.md")
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(path, "utf8")).toContain("# 2020年2月 大事记")
    unmount()
  })

  it("shows help with ? and quits with q", async () => {
    const { lastFrame, stdin, unmount } = open()
    await ready(lastFrame)
    stdin.write("?")
    await until(lastFrame, (x) => x.includes("按键") && x.includes("全文搜索"))
    stdin.write("x")
    await ready(lastFrame)
    stdin.write("q")
    await sleep(100)
    unmount()
    data = openBrowserData(db) // q closed the data; reopen for any later test
  })
})

describe("display width", () => {
  it("counts CJK as two columns and truncates without overflow", () => {
    expect(displayWidth("王国生abc")).toBe(9)
    expect(displayWidth(truncate("省委书记王国生到南阳市调研", 10))).toBeLessThanOrEqual(10)
    expect(displayWidth(fit("会议", 8))).toBe(8)
  })
})
