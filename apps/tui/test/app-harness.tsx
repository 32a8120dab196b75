/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { render } from "ink-testing-library"
import { expect } from "vitest"
import { App } from "../src/App.tsx"
import { openBrowserData, type BrowserData } from "../src/data.ts"
import { monthLabel } from "../src/labels.ts"
import { displayWidth, NO_LINE_START } from "../src/width.ts"
import { repoRoot, seededDb } from "./helpers.ts"

/**
 * The App in ink-testing-library against a real SQLite store built from the seeds: the frames, keys and waits the
 * app tests share. Which person, place, word and day to look for is read from the store, never written here.
 */

export const KEY = { down: "\u001B[B", up: "\u001B[A", pageDown: "\u001B[6~", enter: "\r", tab: "\t", escape: "\u001B", backspace: "\u007F" }
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// eslint-disable-next-line no-control-regex
export const plain = (s: string | undefined): string => (s ?? "").replace(/\u001B\[[0-9;]*m/g, "")

export const until = async (frame: () => string | undefined, ok: (f: string) => boolean, ms = 8000): Promise<string> => {
  const start = Date.now()
  for (;;) {
    const f = plain(frame())
    if (ok(f)) return f
    if (Date.now() - start > ms) throw new Error(`timed out; last frame:\n${f}`)
    await sleep(30)
  }
}
export const expectFits = (frame: string, width: number, height: number) => {
  const lines = frame.split("\n")
  expect(lines.length, frame).toBeLessThanOrEqual(height)
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
}
/** The detail pane's heading (the key hints also say 详情). */
export const DETAIL = /详情 \d+-\d+\/\d+/
export const BADGE = /\[(会议|视频|调研|会见|活动|发布|其他)\]/
export const badgeRows = (frame: string): Array<string> => frame.split("\n").filter((l) => BADGE.test(l))
/** The selected event row (› then its date and badge), from the date on; "" when none. */
export const selectedRow = (frame: string): string => {
  for (const line of frame.split("\n")) {
    const m = /›([^\s›]+\s+\[(会议|视频|调研|会见|活动|发布|其他)\].*)$/.exec(line)
    if (m !== null) return m[1]!
  }
  return ""
}
/** The character at a display column of each line. */
export const charsAt = (frame: string, column: number): Array<string> =>
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
export const noBadStarts = (frame: string, columns: ReadonlyArray<number>) => {
  for (const c of columns) for (const ch of charsAt(frame, c)) expect(NO_LINE_START.has(ch), `column ${c}:\n${frame}`).toBe(false)
}

export const exportDir = mkdtempSync(join(tmpdir(), "dashiji-export-"))
export const sources = join(repoRoot, "seeds")

export interface Seeds {
  readonly db: string
  readonly data: BrowserData
  /** Every event of the store, in date order. */
  readonly all: ReadonlyArray<Event>
  /** The month with the most events (where the browser opens). */
  readonly busiest: string
}

/** A store of the seeds, opened as the browser opens it, with every event read back. */
export const loadSeeds = async (): Promise<Seeds> => {
  const db = await seededDb()
  const data = openBrowserData(db, { sources: [sources] })
  const items: Array<Event> = []
  let cursor: string | null = null
  do {
    const page = await data.events({ type: "filter", filter: {} }, cursor, 500)
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)
  const months = await data.months()
  return { db, data, all: items, busiest: months.reduce((a, b) => (b.count > a.count ? b : a)).month }
}

export const openApp = (data: BrowserData, width = 80, height = 24, pageSize?: number) => render(<App data={data} exportDir={exportDir} width={width} height={height} pageSize={pageSize} />)
/** Waits for the first frame: the busiest month with its rows. */
export const readyOn = async (busiest: string, lastFrame: () => string | undefined) => {
  await until(lastFrame, (x) => x.includes(`${monthLabel(busiest)}（`) && badgeRows(x).length > 0 && !x.includes("加载中"))
  await sleep(50)
}
export const type = async (stdin: { write: (s: string) => void }, s: string) => {
  for (const ch of s) {
    stdin.write(ch)
    await sleep(5)
  }
}
export const pressUntil = async (stdin: { write: (s: string) => void }, lastFrame: () => string | undefined, key: string, ok: (f: string) => boolean, max = 80) => {
  for (let i = 0; i < max && !ok(plain(lastFrame())); i++) {
    const before = lastFrame()
    stdin.write(key)
    // Ink draws at most 30 frames a second: wait for this key's frame before judging it
    for (let t = 0; t < 20 && lastFrame() === before; t++) await sleep(20)
  }
  return until(lastFrame, ok, 2000)
}
export const count = <T,>(xs: Iterable<T>): Map<T, number> => {
  const m = new Map<T, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}
/** An event no other event can be mistaken for by the start of its title (rows are found by it). */
export const uniqueIn = (all: ReadonlyArray<Event>, e: Event) => !all.some((x) => x.id !== e.id && x.title.slice(0, 8) === e.title.slice(0, 8))
export const top = <T,>(m: Map<T, number>): [T, number] => [...m].sort((a, b) => b[1] - a[1])[0]!
