import { PassThrough } from "node:stream"
import { App, openBrowserData } from "@dashiji/tui"
import { render } from "ink"
import { createElement } from "react"
import { keyBytes, TUI_SCRIPT } from "./tui-script.ts"

/** An event row on screen: a kind badge such as [会议] or [调研]. */
const EVENT_ROW = /\[(会议|视频|调研|会见|活动|发布|其他)\]/

export interface KeyCost {
  readonly label: string
  readonly n: number
  /** CPU time of this process (user + system) from the key to its frame: what the key costs, whatever else runs. */
  readonly cpuMedianMs: number
  readonly cpuMaxMs: number
  /** Wall time from the key to its frame (on a busy machine, waits for a core too). */
  readonly wallMedianMs: number
}

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

/**
 * The script of keys (tui-script.ts) in process: the App at 160×48 on the store, keys written as a terminal
 * sends them, each timed to the next frame Ink writes. The CPU time is the figure a loaded machine does not
 * distort (wall time there includes waiting for a core); a pause after each key lets the idle work run, as
 * it does while a user reads.
 */
export async function benchTuiKeys(dbPath: string, pauseMs = 400): Promise<ReadonlyArray<KeyCost>> {
  const stdout = Object.assign(new PassThrough(), { columns: 160, rows: 48, isTTY: true })
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined, ref: () => undefined, unref: () => undefined })
  // what Ink wrote since the key (a frame may come in several writes), and who waits for it
  let written = ""
  let waiting: { readonly ok: (s: string) => boolean; readonly done: () => void } | undefined
  stdout.on("data", (chunk: Buffer) => {
    written += chunk.toString("utf8")
    if (waiting?.ok(written)) waiting.done()
  })
  const data = openBrowserData(dbPath)
  /** Resolves when what was written since the call shows `ok` (no polling: waiting costs no CPU). */
  const frame = (ok: (s: string) => boolean, ms = 10_000) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => finish(), ms)
      const finish = () => {
        clearTimeout(timer)
        waiting = undefined
        resolve()
      }
      waiting = { ok, done: finish }
    })
  const first = frame((s) => EVENT_ROW.test(s))
  const app = render(createElement(App, { data, exportDir: "/tmp", width: 160, height: 48 }), { stdout: stdout as never, stdin: stdin as never, patchConsole: false, exitOnCtrlC: false })
  try {
    await first
    await sleep(pauseMs)
    const costs = new Map<string, Array<{ cpu: number; wall: number }>>()
    for (const step of TUI_SCRIPT)
      for (let i = 0; i < (step.repeat ?? 1); i++) {
        if (step.typed !== undefined) {
          stdin.write(step.typed)
          await sleep(100)
        }
        written = ""
        const shown = frame((s) => s.length > 0 && (step.screen === undefined || step.screen.test(s)))
        const c = process.cpuUsage()
        const t = performance.now()
        stdin.write(keyBytes(step.key))
        await shown
        const xs = costs.get(step.label) ?? []
        xs.push({ cpu: cpuMs(process.cpuUsage(c)), wall: performance.now() - t })
        costs.set(step.label, xs)
        await sleep(pauseMs)
      }
    return [...costs].map(([label, xs]) => ({
      label,
      n: xs.length,
      cpuMedianMs: median(xs.map((x) => x.cpu)),
      cpuMaxMs: Math.max(...xs.map((x) => x.cpu)),
      wallMedianMs: median(xs.map((x) => x.wall))
    }))
  } finally {
    app.unmount()
    await data.close()
  }
}
