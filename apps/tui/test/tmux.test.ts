import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Event } from "@dashiji/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openBrowserData } from "../src/data.ts"
import { isoDayLabel, leadPerson, monthLabel } from "../src/labels.ts"
import { computeLayout, type Focus, type View } from "../src/layout.ts"
import { displayWidth, NO_LINE_START } from "../src/width.ts"
import { repoRoot, storeFrom } from "./helpers.ts"

/**
 * The real `dashiji tui` in a real terminal: tmux on a private socket, at 80×24 and 160×48, on a store of the seeds
 * and a store of the development corpus (eval/corpus). What to expect on screen (people, days, titles, spans) is
 * read from the store; no name or sentence of the documents is written here. Without tmux these tests fail.
 */

const hasTmux = spawnSync("bash", [join(repoRoot, "apps/tui/test/ensure-tmux.sh")], { stdio: "inherit" }).status === 0
const socket = `dashiji-tui-${process.pid}`
// the `dashiji` command itself (pnpm dashiji): the launcher runs the bundle, rebuilt when a source changed
const bin = join(repoRoot, "apps/cli/bin/dashiji.mjs")
const tmux = (...args: Array<string>) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const BADGE = /\[(会议|视频|调研|会见|活动|发布|其他)\] /
// somewhere without documents: the browser finds the sources through DASHIJI_SOURCES only
const workdir = mkdtempSync(join(tmpdir(), "dashiji-tui-cwd-"))

/** Runs `dashiji tui` in a detached tmux session; the shell marks the screen before and reports the exit code after. */
const launch = (name: string, db: string, sources: string, width: number, height: number, env = "") => {
  const session = `${name}-${width}x${height}`
  const clean = `env -i PATH=${JSON.stringify(process.env["PATH"] ?? "/usr/bin:/bin")} HOME=${JSON.stringify(process.env["HOME"] ?? "/tmp")} LANG=C.UTF-8 TERM=xterm-256color DASHIJI_SOURCES=${JSON.stringify(sources)}`
  const err = join(workdir, `${session}.err`)
  const cmd = `cd ${workdir} && echo BEFORE-TUI && ${clean} ${env} ${process.execPath} ${bin} tui --db ${db} 2>${err}; echo TUI-EXITED $?; cat ${err}; sleep 120`
  tmux("new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), cmd)
  // OSC 52 from the program fills tmux's paste buffer
  tmux("set-option", "-s", "set-clipboard", "on")
  const screen = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", session).replace(/\n$/, "")
  const keys = (...k: Array<string>) => tmux("send-keys", "-t", session, ...k)
  const text = (s: string) => tmux("send-keys", "-t", session, "-l", s)
  const waitFor = async (what: string, ok: (s: string) => boolean, ms = 30_000): Promise<string> => {
    const start = Date.now()
    for (;;) {
      const s = screen()
      if (ok(s)) return s
      if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}; screen:\n${s}`)
      await sleep(80)
    }
  }
  return { session, screen, keys, text, waitFor }
}

/** Every line within the width, exactly the terminal's height. */
const expectFits = (s: string, width: number, height: number) => {
  const lines = s.split("\n")
  expect(lines.length, s).toBe(height)
  for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(width)
}
/** The character at a display column of each line. */
const charsAt = (s: string, column: number): Array<string> =>
  s.split("\n").map((line) => {
    let w = 0
    for (const ch of line) {
      if (w === column) return ch
      w += displayWidth(ch)
      if (w > column) return ""
    }
    return ""
  })
/** No pane's line starts with closing punctuation (，。）…): checked at the columns where the panes begin. */
const expectKinsoku = (s: string, width: number, height: number, view: View, focus: Focus) => {
  const l = computeLayout(width, height, view, focus, "year")
  // the source view's text starts after its one-column gutter
  const columns = [...new Set([l.nav?.x, l.events?.x, l.detail?.x, l.source === undefined ? undefined : l.source.x + 1].filter((x): x is number => x !== undefined))]
  for (const c of columns) for (const ch of charsAt(s, c)) expect(NO_LINE_START.has(ch), `a line starts with ${ch} at column ${c}:\n${s}`).toBe(false)
}
/** Event rows on screen, from the title on (title, then the lead person), in screen order. */
const titlesShown = (s: string): Array<string> =>
  s
    .split("\n")
    .filter((l) => BADGE.test(l))
    .map((l) => l.split(BADGE)[2]!)
const norm = (title: string) => title.replace(/[\r\n\t]/g, " ")
/** The row shows the event's title: whole, or its start cut with …. */
const showsTitle = (row: string | undefined, e: Event) => {
  if (row === undefined) return false
  if (wholeTitle(row, e)) return true
  const cut = row.indexOf("…")
  return cut > 0 && norm(e.title).startsWith(row.slice(0, cut))
}
const wholeTitle = (row: string, e: Event) => row.startsWith(norm(e.title)) && !row.slice(norm(e.title).length).startsWith("…")
/** Text drawn in reverse video below the top line (the span in the source view). */
const reversed = (escaped: string): string => {
  let out = ""
  for (const line of escaped.split("\n").slice(3)) {
    let inverse = false
    // eslint-disable-next-line no-control-regex
    for (const part of line.split(/(\u001B\[[0-9;]*m)/)) {
      // eslint-disable-next-line no-control-regex
      const sgr = /^\u001B\[([0-9;]*)m$/.exec(part)
      if (sgr !== null) {
        for (const p of sgr[1]!.split(";")) {
          if (p === "7") inverse = true
          else if (p === "27" || p === "0" || p === "") inverse = false
        }
      } else if (inverse) out += part
    }
  }
  return out.replace(/\s+/g, "")
}

interface Expected {
  busiest: string
  monthRows: ReadonlyArray<Event>
  person: { name: string; count: number; events: ReadonlyArray<Event> }
  merged: { name: string; short: string } | undefined
  day: { day: string; events: ReadonlyArray<Event> }
  source: { event: Event; raw: string }
}

/** What the screens should show, read from the store through the browser's own queries. */
const expectations = async (db: string, sources: string): Promise<Expected> => {
  const data = openBrowserData(db)
  try {
    const months = await data.months()
    const busiest = months.reduce((a, b) => (b.count > a.count ? b : a)).month
    const monthRows = (await data.events({ type: "filter", filter: { month: busiest } }, null, 200)).items
    const top = (await data.people())[0]!
    const personEvents = (await data.events({ type: "filter", filter: { person: top.name } }, null, 200)).items
    const group = (await data.places()).find((g) => g.names.length > 1)
    const all: Array<Event> = []
    let cursor: string | null = null
    do {
      const page = await data.events({ type: "filter", filter: {} }, cursor, 500)
      all.push(...page.items)
      cursor = page.nextCursor
    } while (cursor !== null)
    const perDay = new Map<string, number>()
    for (const e of all) if (/^\d{4}-\d{2}-\d{2}$/.test(e.date.start)) perDay.set(e.date.start, (perDay.get(e.date.start) ?? 0) + 1)
    const day = [...perDay].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
    const dayEvents = (await data.events({ type: "day", day }, null, 200)).items
    const first = dayEvents[0]!
    return {
      busiest,
      monthRows,
      person: { name: top.name, count: top.count, events: personEvents },
      merged: group === undefined ? undefined : { name: group.name, short: group.names.find((n) => n !== group.name)! },
      day: { day, events: dayEvents },
      source: { event: first, raw: readFileSync(join(sources, first.sources[0]!.document), "utf8") }
    }
  } finally {
    await data.close()
  }
}

const stores = [
  { name: "seeds", folder: join(repoRoot, "seeds") },
  { name: "corpus", folder: join(repoRoot, "eval/corpus/raw") }
] as const
const dbs = new Map<string, string>()
const expected = new Map<string, Expected>()

beforeAll(async () => {
  if (!hasTmux) throw new Error("tmux is required for the terminal tests and could not be installed (apt-get install tmux)")
  // a stale bundle is rebuilt by the first run: not inside a timed wait
  spawnSync(process.execPath, [bin, "--help"], { stdio: "ignore" })
  for (const s of stores) {
    const db = await storeFrom(s.folder, `${s.name}.db`)
    dbs.set(s.name, db)
    expected.set(s.name, await expectations(db, s.folder))
  }
}, 300_000)
afterAll(() => {
  spawnSync("tmux", ["-L", socket, "kill-server"])
})

describe("the real `dashiji tui` in a real terminal (tmux)", () => {
  it("tmux is installed (these tests fail rather than skip without it)", () => {
    expect(hasTmux).toBe(true)
  })

  for (const store of stores)
    for (const [width, height] of [
      [80, 24],
      [160, 48]
    ] as const)
      it(`${store.name} store at ${width}×${height}: months, a person's timeline, places, a day from the calendar, the source at its span, the screen restored on quit`, async () => {
        const x = expected.get(store.name)!
        const t = launch(store.name, dbs.get(store.name)!, store.folder, width, height)
        const check = (s: string, view: View, focus: Focus) => {
          expectFits(s, width, height)
          expectKinsoku(s, width, height, view, focus)
        }

        // months: the busiest month's events, titles as wide as the terminal allows
        let s = await t.waitFor("the month list", (v) => v.includes(`${monthLabel(x.busiest)}（${x.monthRows.length}）`) && titlesShown(v).length > 0 && !v.includes("加载中"))
        check(s, "months", "nav")
        const rows = titlesShown(s)
        rows.forEach((shown, i) => expect(showsTitle(shown, x.monthRows[i]!), `${shown} / ${x.monthRows[i]?.title}`).toBe(true))
        if (width >= 160) {
          // the list stands over the detail at full width: every title up to 100 columns is whole, and so is the lead person
          rows.forEach((row, i) => {
            const e = x.monthRows[i]!
            if (displayWidth(e.title) <= 100) expect(wholeTitle(row, e), `${row} / ${e.title}`).toBe(true)
            const lead = leadPerson(e)
            if (lead.length > 0 && displayWidth(lead) <= 24) expect(row).toContain(lead)
          })
          // and the titles are long enough for that to mean something (an 80-column list cuts them near 40)
          expect(Math.max(...x.monthRows.slice(0, rows.length).map((e) => displayWidth(e.title)))).toBeGreaterThan(40)
        }
        // the mouse wheel over the list moves its selection by three
        const events = computeLayout(width, height, "months", "nav", "year").events!
        if (x.monthRows.length >= 4) {
          t.text(`\u001B[<65;${events.x + 6};${events.y + 4}M`)
          await t.waitFor("the wheel", (v) => v.includes(`（${x.monthRows.length}） 4/${x.monthRows.length}`))
        }

        // people: the most frequent person's timeline, their events in date order
        t.keys("2")
        s = await t.waitFor("the person's timeline", (v) => v.includes(`人物 ${x.person.name}（${x.person.events.length}）`) && titlesShown(v).length > 0 && !v.includes("加载中"))
        check(s, "people", "nav")
        expect(s).toMatch(new RegExp(`›${x.person.name}\\s+${x.person.count} `))
        const theirs = titlesShown(s)
        expect(theirs.length).toBe(Math.min(x.person.events.length, computeLayout(width, height, "people", "nav", "year").events!.h - 1))
        theirs.forEach((shown, i) => expect(showsTitle(shown, x.person.events[i]!), `${shown} / ${x.person.events[i]?.title}`).toBe(true))

        // places: a place written two ways is one row
        t.keys("3")
        s = await t.waitFor("the places", (v) => /地点 \(\d+\)/.test(v) && titlesShown(v).length > 0 && !v.includes("加载中"))
        check(s, "places", "nav")
        if (x.merged !== undefined) {
          const m = x.merged
          // typing a name narrows the list to it
          t.text(m.name)
          // one row names the place, with its other spelling beside it as far as the column allows
          s = await t.waitFor("the merged place", (v) => v.includes(`›${m.name}（${width >= 160 ? m.short : ""}`) && v.includes(`地点 ${m.name}（`))
          expect(s.split("\n").filter((l) => new RegExp(`^[ ›]${m.short}\\s`).test(l))).toEqual([])
          t.keys("Enter") // closes the narrowing prompt
        }

        // the calendar: jump to the busiest day, its events below
        t.keys("4")
        await t.waitFor("the calendar", (v) => v.includes("时间线") && v.includes("12月"))
        t.keys(":")
        t.text(x.day.day)
        t.keys("Enter")
        const heading = `${isoDayLabel(x.day.day)}（${x.day.events.length}）`
        s = await t.waitFor("the day's events", (v) => v.includes(heading) && titlesShown(v).length > 0 && !v.includes("加载中"))
        check(s, "timeline", "nav")
        titlesShown(s).forEach((shown, i) => expect(showsTitle(shown, x.day.events[i]!), `${shown} / ${x.day.events[i]?.title}`).toBe(true))
        t.keys("Enter") // the day's list
        t.keys("Enter") // the first event's detail
        s = await t.waitFor("the detail", (v) => /详情 \d+-\d+\/\d+/.test(v))
        check(s, "timeline", "detail")

        // the source view: the raw document at the span, highlighted; y copies the id to the clipboard (tmux's buffer)
        t.keys("o")
        const src = x.source.event.sources[0]!
        const line = x.source.raw.slice(0, src.span[0]).split("\n").length
        s = await t.waitFor("the source view", (v) => v.includes(`原文 1/`) && v.includes(`${src.document} 第${line}行 [${src.span[0]}–${src.span[1]}]`))
        check(s, "timeline", "source")
        expect(s.split("\n").filter((l) => l.startsWith("▌")).length).toBeGreaterThan(0) // the gutter marks the span's lines
        const marked = reversed(t.screen(true))
        const spanText = x.source.raw.slice(src.span[0], src.span[1]).replace(/\s+/g, "")
        expect(marked.length).toBeGreaterThan(0)
        expect(spanText.startsWith(marked.slice(0, Math.min(12, marked.length))), `${marked} / ${spanText}`).toBe(true)
        t.keys("y")
        await t.waitFor("the copy", (v) => v.includes(`已复制 ${x.source.event.id}`))
        expect(tmux("show-buffer").trim()).toBe(x.source.event.id)

        // q: the program exits 0 and the terminal shows what it showed before (alternate screen)
        t.keys("q")
        s = await t.waitFor("the exit", (v) => v.includes("TUI-EXITED"), 15_000)
        expect(s).toContain("TUI-EXITED 0")
        expect(s).toContain("BEFORE-TUI")
        expect(s).not.toContain("dashiji 大事记")
        expect(s).not.toMatch(BADGE)
      }, 180_000)

  it("NO_COLOR: no colour escapes on the real screen; in CI the month list is printed and the program exits 0", async () => {
    const db = dbs.get("seeds")!
    const folder = stores[0].folder
    const t = launch("nocolor", db, folder, 100, 30, "NO_COLOR=1")
    await t.waitFor("the browser", (v) => BADGE.test(v) && !v.includes("加载中"))
    // eslint-disable-next-line no-control-regex
    expect(t.screen(true)).not.toMatch(/\u001B\[[0-9;]*(3[0-7]|9[0-7]|38;[0-9;]+)m/)
    t.keys("q")
    expect(await t.waitFor("the exit", (v) => v.includes("TUI-EXITED"))).toContain("TUI-EXITED 0")
    const ci = launch("ci", db, folder, 100, 30, "CI=true")
    const s = await ci.waitFor("the exit", (v) => v.includes("TUI-EXITED"))
    expect(s).toContain("TUI-EXITED 0")
    expect(s).toMatch(/dashiji 大事记 — \d+ 件事件/)
  }, 120_000)
})
