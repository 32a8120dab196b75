import { execFileSync, spawnSync } from "node:child_process"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { repoRoot, seededDb } from "./helpers.ts"

const session = `dashiji-test-${process.pid}`
const hasTmux = spawnSync("bash", [join(repoRoot, "apps/tui/test/ensure-tmux.sh")]).status === 0
if (!hasTmux) console.error("\n*** tmux is not available: the real-terminal TUI test is SKIPPED ***\n")

const tmux = (...args: Array<string>) => execFileSync("tmux", args, { encoding: "utf8" })
const screen = () => tmux("capture-pane", "-p", "-t", session)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const waitFor = async (ok: (s: string) => boolean, ms = 20_000): Promise<string> => {
  const start = Date.now()
  for (;;) {
    const s = screen()
    if (ok(s)) return s
    if (Date.now() - start > ms) throw new Error(`timed out waiting; screen:\n${s}`)
    await sleep(100)
  }
}

describe.skipIf(!hasTmux)("the real `dashiji tui` in a real terminal (tmux)", () => {
  beforeAll(async () => {
    const db = await seededDb()
    const cmd = `cd ${repoRoot} && NO_COLOR=1 ${join(repoRoot, "node_modules/.bin/tsx")} apps/cli/src/bin.ts tui --db ${db} 2>${db}.err; echo TUI-EXITED $?; cat ${db}.err; sleep 30`
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", cmd)
  })
  afterAll(() => {
    spawnSync("tmux", ["kill-session", "-t", session])
  })

  it("finds the 2月24日 电视电话会议 by full-text search and shows 王国生 in its detail", async () => {
    await waitFor((s) => s.includes("月份") && /2020年2月（\d+）/.test(s) && s.includes("[调研]"))
    await sleep(300)
    tmux("send-keys", "-t", session, "/")
    await waitFor((s) => s.includes("搜索："))
    tmux("send-keys", "-t", session, "-l", "电视电话会议")
    tmux("send-keys", "-t", session, "Enter")
    await waitFor((s) => s.includes("筛选 搜索“电视电话会议”") && s.includes("2月24日"))
    for (let i = 0; i < 30 && !/›2月24日\s+\[视频\]/.test(screen()); i++) {
      tmux("send-keys", "-t", session, "j")
      await sleep(150)
    }
    expect(screen()).toMatch(/›2月24日\s+\[视频\]/)
    tmux("send-keys", "-t", session, "Enter")
    const detail = await waitFor((s) => s.includes("详情"))
    expect(detail).toContain("电视电话会议")
    expect(detail).toContain("王国生")
    expect(detail).toContain("2020年2月24日")
    tmux("send-keys", "-t", session, "q")
    const after = await waitFor((s) => s.includes("TUI-EXITED"), 10_000)
    expect(after).toContain("TUI-EXITED 0")
  })
})
