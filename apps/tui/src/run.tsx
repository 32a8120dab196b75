/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { render } from "ink"
import { App } from "./App.tsx"
import { openBrowserData } from "./data.ts"
import { monthLabel } from "./labels.ts"

/** Opens the browser on a store; resolves when the user quits. */
export const runTui = async (db: string, exportDir: string = process.cwd()): Promise<void> => {
  const data = openBrowserData(db)
  const app = render(<App data={data} exportDir={exportDir} />)
  await app.waitUntilExit()
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
