/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { BrowserData } from "../src/data.ts"
import { eventDateLabel, kindBadge, monthLabel } from "../src/labels.ts"
import { badgeRows, count, DETAIL, expectFits, KEY, loadSeeds, noBadStarts, openApp, plain, pressUntil, readyOn, selectedRow, sleep, sources, top, type, uniqueIn, until } from "./app-harness.tsx"

/** The browser's views on the seeds store: months, people, places, timeline, source; every view fitting 80×24. */

let data: BrowserData
let all: ReadonlyArray<Event>
let busiest: string
beforeAll(async () => void ({ data, all, busiest } = await loadSeeds()))
afterAll(() => data.close())
const open = (width?: number, height?: number, pageSize?: number) => openApp(data, width, height, pageSize)
const ready = (lastFrame: () => string | undefined) => readyOn(busiest, lastFrame)
const unique = (e: Event) => uniqueIn(all, e)

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

})
