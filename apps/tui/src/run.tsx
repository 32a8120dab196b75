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
    for (const m of months) out.write(`${monthLabel(m.month).padEnd(10, "　")} ${String(m.count).padStart(5)}\n`)
  } finally {
    await data.close()
  }
}

export const interactive = (): boolean => process.stdout.isTTY === true && process.stdin.isTTY === true
