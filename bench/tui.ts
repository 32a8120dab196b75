import { PassThrough } from "node:stream"
import { App, openBrowserData } from "@dashiji/tui"
import { render } from "ink"
import { createElement } from "react"

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
