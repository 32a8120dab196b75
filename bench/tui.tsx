/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { PassThrough } from "node:stream"
import { App, openBrowserData } from "@dashiji/tui"
import { render } from "ink"

/** In-process: from opening the store and render() to the first frame that shows events. */
export const benchTuiFirstFrame = async (dbPath: string): Promise<{ firstFrameMs: number }> => {
  const stdout = Object.assign(new PassThrough(), { columns: 100, rows: 30, isTTY: true })
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined, ref: () => undefined, unref: () => undefined })
  let output = ""
  const t = performance.now()
  const seen = new Promise<number>((resolve) => {
    stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8")
      if (/\[(会议|调研|活动|视频|发布|会见|其他)\]/.test(output)) resolve(performance.now() - t)
    })
  })
  const data = openBrowserData(dbPath)
  const app = render(<App data={data} exportDir="/tmp" width={100} height={30} />, { stdout: stdout as never, stdin: stdin as never, patchConsole: false, exitOnCtrlC: false })
  const ms = await Promise.race([seen, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 30_000))])
  app.unmount()
  await data.close()
  return { firstFrameMs: ms }
}
