import { execFileSync, spawnSync } from "node:child_process"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { displayWidth } from "../src/width.ts"
import { repoRoot, seededDb } from "./helpers.ts"

const hasTmux = spawnSync("bash", [join(repoRoot, "apps/tui/test/ensure-tmux.sh")], { stdio: "inherit" }).status === 0
if (!hasTmux) console.error("\n*** tmux is not available and could not be installed: the real-terminal TUI tests are SKIPPED ***\n")

const tsx = join(repoRoot, "node_modules/.bin/tsx")
const tmux = (...args: Array<string>) => execFileSync("tmux", args, { encoding: "utf8" })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const sessions: Array<string> = []

/**
 * Runs the real `dashiji tui` in a detached tmux session of a fixed size. The shell reports the exit code and
 * stays a while, so the test can read it. The program gets a clean
 * environment (env -i): CI machines export CI and CI_* variables, under which Ink draws nothing, and the test wants
 * the browser, not the CI month list.
 */
const launch = (name: string, db: string, env: string, width = 100, height = 30) => {
  const session = `dashiji-${name}-${process.pid}`
  sessions.push(session)
  const clean = `env -i PATH=${JSON.stringify(process.env["PATH"] ?? "/usr/bin:/bin")} HOME=${JSON.stringify(process.env["HOME"] ?? "/tmp")} LANG=C.UTF-8 TERM=xterm-256color`
  const cmd = `cd ${repoRoot} && ${clean} ${env} ${tsx} apps/cli/src/bin.ts tui --db ${db} 2>${db}.${name}.err; echo TUI-EXITED $?; cat ${db}.${name}.err; sleep 60`
  tmux("new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), cmd)
  const screen = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", session)
  const keys = (...k: Array<string>) => tmux("send-keys", "-t", session, ...k)
  const waitFor = async (ok: (s: string) => boolean, ms = 30_000): Promise<string> => {
    const start = Date.now()
    for (;;) {
      const s = screen()
      if (ok(s)) return s
      if (Date.now() - start > ms) throw new Error(`timed out waiting; screen:\n${s}`)
      await sleep(100)
    }
  }
  return { session, screen, keys, waitFor }
}
/** The browser is up: months listed and the first page of events on screen. */
const browsing = (s: string) => s.includes("月份") && /\d{4}年\d+月（\d+）/.test(s) && /\[(会议|视频|调研|会见|活动|发布|其他)\]/.test(s) && !s.includes("加载中")
// eslint-disable-next-line no-control-regex
const colour = /\u001B\[[0-9;]*(3[0-7]|9[0-7]|38;[0-9;]+)m/

let db: string
beforeAll(async () => {
  if (hasTmux) db = await seededDb()
})
afterAll(() => {
  for (const s of sessions) spawnSync("tmux", ["kill-session", "-t", s])
})

describe.skipIf(!hasTmux)("the real `dashiji tui` in a real terminal (tmux)", () => {
  it("finds the 2月24日 电视电话会议 by full-text search, shows 王国生 in its detail, refits to 80×24, exits 0 on q", async () => {
    const t = launch("search", db, "NO_COLOR=1")
    await t.waitFor(browsing)
    await sleep(300)
    t.keys("/")
    await t.waitFor((s) => s.includes("搜索："))
    t.keys("-l", "电视电话会议")
    t.keys("Enter")
    await t.waitFor((s) => s.includes("筛选 搜索“电视电话会议”") && s.includes("2月24日") && !s.includes("加载中"))
    for (let i = 0; i < 30 && !/›2月24日\s+\[视频\]/.test(t.screen()); i++) {
      t.keys("j")
      await sleep(150)
    }
    expect(t.screen()).toMatch(/›2月24日\s+\[视频\]/)
    t.keys("Enter")
    const detail = await t.waitFor((s) => s.includes("详情") && s.includes("王国生"))
    expect(detail).toContain("电视电话会议")
    expect(detail).toContain("2020年2月24日")
    // NO_COLOR: no colour escapes on the real screen
    expect(t.screen(true)).not.toMatch(colour)

    // a smaller terminal: the layout is redrawn to fit, heading on top and key line at the bottom
    tmux("resize-window", "-t", t.session, "-x", "80", "-y", "24")
    const small = await t.waitFor((s) => {
      const lines = s.replace(/\n$/, "").split("\n")
      return lines.length === 24 && lines[0]!.startsWith("dashiji 大事记") && /详情 \d+-\d+\/\d+/.test(lines[1] ?? "") && lines.every((l) => displayWidth(l) <= 80)
    })
    expect(small).toContain("王国生")

    t.keys("q")
    const after = await t.waitFor((s) => s.includes("TUI-EXITED"), 10_000)
    expect(after).toContain("TUI-EXITED 0")
  })

  it("uses colour when NO_COLOR is not set", async () => {
    const t = launch("colour", db, "TERM=xterm-256color")
    await t.waitFor(browsing)
    expect(t.screen(true)).toMatch(colour)
    t.keys("q")
    expect(await t.waitFor((s) => s.includes("TUI-EXITED"), 10_000)).toContain("TUI-EXITED 0")
  })

  it("in CI, even on a terminal, prints the month list and exits 0 instead of waiting for keys", async () => {
    const t = launch("ci", db, "CI=true")
    const s = await t.waitFor((x) => x.includes("TUI-EXITED"))
    expect(s).toContain("TUI-EXITED 0")
    expect(s).toMatch(/dashiji 大事记 — \d+ 件事件/)
    expect(s).toMatch(/2020年2月\s+\d+/)
  })
})
