/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { writeSync } from "node:fs"
import { render } from "ink"
import { App } from "./App.tsx"
import { type BrowserOptions, openBrowserData } from "./data.ts"
import { monthLabel } from "./labels.ts"

/** Alternate screen on, SGR mouse reports (clicks and the wheel) on; and the reverse. */
export const SCREEN_ON = "\u001B[?1049h\u001B[H\u001B[?1000h\u001B[?1006h"
export const SCREEN_OFF = "\u001B[?1006l\u001B[?1000l\u001B[?1049l"

/**
 * Opens the browser on a store; resolves when the user quits. The browser draws on the terminal's alternate
 * screen, so quitting gives back the screen as it was; the screen is restored however the process ends.
 */
export const runTui = async (db: string, exportDir: string = process.cwd(), options: BrowserOptions = {}): Promise<void> => {
  const data = openBrowserData(db, options)
  const tty = process.stdout.isTTY === true
  let restored = !tty
  const restore = () => {
    if (restored) return
    restored = true
    try {
      writeSync(1, SCREEN_OFF)
    } catch {
      // stdout already gone: nothing to restore
    }
  }
  const onSignal = (signal: NodeJS.Signals) => {
    restore()
    process.kill(process.pid, signal)
  }
  if (tty) {
    process.stdout.write(SCREEN_ON)
    process.once("exit", restore)
    process.once("SIGTERM", onSignal)
    process.once("SIGHUP", onSignal)
  }
  try {
    const app = render(<App data={data} exportDir={exportDir} />)
    await app.waitUntilExit()
  } finally {
    restore()
    process.off("exit", restore)
    process.off("SIGTERM", onSignal)
    process.off("SIGHUP", onSignal)
  }
}

/** Without a terminal there is nothing to browse: print the months with counts instead of hanging. */
export const printMonths = async (db: string, out: NodeJS.WritableStream = process.stdout): Promise<void> => {
  const data = openBrowserData(db)
  try {
    const months = await data.months()
    out.write(`dashiji 大事记 — ${months.reduce((n, m) => n + m.count, 0)} 件事件\n`)
    if (months.length === 0) out.write("库中还没有事件：先运行 dashiji ingest <文件> 或 pnpm start\n")
    for (const m of months) out.write(`${monthLabel(m.month).padEnd(10, "　")} ${String(m.count).padStart(5)}\n`)
  } finally {
    await data.close()
  }
}

/** A browser needs a terminal on both ends, and CI must never wait for keys that will not come. */
export const interactive = (env: NodeJS.ProcessEnv = process.env): boolean => {
  return !inCi(env) && process.stdout.isTTY === true && process.stdin.isTTY === true
}

/**
 * The same test Ink applies (is-in-ci): when it holds, Ink renders nothing interactive, so a browser started
 * there would show a blank screen and wait forever.
 */
export const inCi = (env: NodeJS.ProcessEnv): boolean => {
  const ci = env["CI"]
  if (ci !== undefined) return ci !== "" && ci !== "0" && ci.toLowerCase() !== "false"
  return env["CONTINUOUS_INTEGRATION"] !== undefined || Object.keys(env).some((k) => k.startsWith("CI_"))
}
