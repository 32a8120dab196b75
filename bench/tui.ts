import { PassThrough } from "node:stream"
import { App, openBrowserData } from "@dashiji/tui"
import { render } from "ink"
import { createElement } from "react"
import { TUI_SCRIPT } from "./tui-script.ts"

/** An event row on screen: a kind badge such as [会议] or [调研]. */
const EVENT_ROW = /\[(会议|视频|调研|会见|活动|发布|其他)\]/

/**
 * Time to first frame, in process: from opening the store and calling render() to the first frame that
 * shows event rows (not merely a non-empty frame: the heading alone would come before any query answered).
 * Spawning node + tsx is not included; it is the same for every store size.
 */
export async function benchTuiFirstFrame(dbPath: string): Promise<{ firstFrameMs: number }> {
  const stdout = Object.assign(new PassThrough(), { columns: 100, rows: 30, isTTY: true })
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined, ref: () => undefined, unref: () => undefined })
  let output = ""
  const t = performance.now()
  const seen = new Promise<number>((resolve) => {
    stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8")
      if (EVENT_ROW.test(output)) resolve(performance.now() - t)
    })
  })
  const data = openBrowserData(dbPath)
  const app = render(createElement(App, { data, exportDir: "/tmp", width: 100, height: 30 }), {
    stdout: stdout as never,
    stdin: stdin as never,
    patchConsole: false,
    exitOnCtrlC: false
  })
  let timer: NodeJS.Timeout | undefined
  const ms = await Promise.race([seen, new Promise<number>((r) => (timer = setTimeout(() => r(Number.NaN), 30_000)))])
  clearTimeout(timer)
  app.unmount()
  await data.close()
  return { firstFrameMs: ms }
}

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const p95 = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? Number.NaN

export interface KeyLatency {
  readonly label: string
  readonly n: number
  readonly medianMs: number
  readonly p95Ms: number
  readonly maxMs: number
}
export interface TerminalTui {
  readonly terminal: string
  readonly command: string
  /** From starting the command to the first screen with event rows (node start and module loading included). */
  readonly firstFrameMs: ReadonlyArray<number>
  readonly firstFrameMedianMs: number
  readonly keys: ReadonlyArray<KeyLatency>
}

/**
 * The real `dashiji tui` in tmux (a private server, 160×48): time to the first frame from starting the command, and
 * for each key the time from tmux sending it to the screen showing its result (the pane read every few
 * milliseconds, so figures carry a few ms of polling). Figures, not assertions.
 */
export async function benchTuiTerminal(dbPath: string, width = 160, height = 48): Promise<TerminalTui> {
  const { execFileSync, spawnSync } = await import("node:child_process")
  const { join } = await import("node:path")
  const repo = new URL("../", import.meta.url).pathname
  const socket = `dashiji-bench-${process.pid}`
  const tmux = (...args: Array<string>) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" })
  const bin = join(repo, "apps/cli/bin/dashiji.mjs")
  const command = `node ${bin} tui --db ${dbPath}`
  // the launcher rebuilds the bundle when a source changed: once, before anything is timed
  spawnSync("node", [bin, "tui", "--db", dbPath], { env: { ...process.env, CI: "true" }, stdio: "ignore" })
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  const screen = (s: string) => tmux("capture-pane", "-p", "-t", s)
  const settled = (v: string) => !v.includes("加载中")
  const start = (name: string) => {
    const env = `env -i PATH=${JSON.stringify(process.env["PATH"] ?? "/usr/bin:/bin")} HOME=${JSON.stringify(process.env["HOME"] ?? "/tmp")} LANG=C.UTF-8 TERM=xterm-256color`
    const t = performance.now()
    tmux("new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), `${env} ${command}; sleep 30`)
    return t
  }
  const until = async (name: string, ok: (v: string) => boolean, ms = 20_000): Promise<number> => {
    const t = performance.now()
    for (;;) {
      if (ok(screen(name))) return performance.now()
      if (performance.now() - t > ms) throw new Error(`timed out; screen:\n${screen(name)}`)
    }
  }
  try {
    const firstFrameMs: Array<number> = []
    for (let i = 0; i < 3; i++) {
      const name = `first${i}`
      const t = start(name)
      firstFrameMs.push((await until(name, (v) => EVENT_ROW.test(v) && settled(v))) - t)
      tmux("send-keys", "-t", name, "q")
      await sleep(300)
    }

    const s = "keys"
    start(s)
    await until(s, (v) => EVENT_ROW.test(v) && settled(v))
    await sleep(500)
    const times = new Map<string, Array<number>>()
    /** Sends keys and waits for the screen to change and settle (or for `ok`). */
    const press = async (label: string, keys: Array<string>, ok: (v: string) => boolean = () => true) => {
      const before = screen(s)
      const t = performance.now()
      tmux("send-keys", "-t", s, ...keys)
      const end = await until(s, (v) => v !== before && settled(v) && ok(v))
      const xs = times.get(label) ?? []
      xs.push(end - t)
      times.set(label, xs)
      await sleep(60)
    }
    const typeText = async (text: string) => {
      tmux("send-keys", "-t", s, "-l", text)
      await sleep(300)
    }
    for (const step of TUI_SCRIPT)
      for (let i = 0; i < (step.repeat ?? 1); i++) {
        // the prompt's key, then its text (a burst, as a paste or fast typing)
        if (step.typed !== undefined) for (const part of [step.typed.slice(0, 1), step.typed.slice(1)]) await typeText(part)
        await press(step.label, [step.key], (v) => step.screen === undefined || step.screen.test(v))
      }
    const keys: Array<KeyLatency> = [...times].map(([label, xs]) => ({ label, n: xs.length, medianMs: median(xs), p95Ms: p95(xs), maxMs: Math.max(...xs) }))
    return { terminal: `${tmux("-V").trim()}, ${width}×${height}`, command, firstFrameMs, firstFrameMedianMs: median(firstFrameMs), keys }
  } finally {
    spawnSync("tmux", ["-L", socket, "kill-server"])
  }
}
