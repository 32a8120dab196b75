import cliProgress from "cli-progress"
import { truncate } from "./cli/style.ts"

export interface Progress {
  /** One more document done: its size in bytes, the events it created, its name. */
  readonly tick: (bytes: number, created: number, name: string) => void
  readonly stop: () => void
}

const silent: Progress = { tick: () => {}, stop: () => {} }

const rate = (bytesPerSecond: number): string =>
  bytesPerSecond >= 1e6 ? `${(bytesPerSecond / 1e6).toFixed(1)} MB/s` : `${Math.round(bytesPerSecond / 1e3)} kB/s`

/**
 * A progress bar on stderr (cli-progress) with files, rate, ETA and new events, sized to the terminal;
 * nothing when stderr is not a terminal or in CI. The bar measures bytes, so
 * the ETA holds when documents differ in size.
 */
export const progressBar = (files: number, totalBytes: number, label = "ingest"): Progress => {
  if (process.stderr.isTTY !== true || files === 0 || (process.env["CI"] ?? "") !== "") return silent
  const columns = process.stderr.columns > 0 ? process.stderr.columns : 80
  const barsize = Math.max(10, Math.min(30, columns - 100))
  // what the line holds besides the bar and the document's name, at most ("100% | 44/44 files | …")
  const fixed = label.length + 1 + barsize + 60 + 2 * String(files).length
  const nameWidth = Math.min(24, columns - 1 - fixed)
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} {bar} {percentage}% | {done}/{files} files | {rate} | ETA {eta_formatted} | {events} new events {name}`,
      barsize,
      // the terminal is left as it is (cursor shown, lines wrapping): Ctrl-C ends the process at once, no
      // handler waits for the ingest to yield, and a changed setting would outlive it; the line is sized
      // to fit instead
      hideCursor: false,
      clearOnComplete: true,
      linewrap: true,
      etaBuffer: 20,
      fps: 8
    },
    cliProgress.Presets.shades_classic
  )
  const started = Date.now()
  let bytes = 0
  let done = 0
  let events = 0
  bar.start(Math.max(1, totalBytes), 0, { done: 0, files, rate: "–", events: 0, name: "" })
  return {
    tick: (size, created, name) => {
      bytes += size
      done++
      events += created
      const seconds = Math.max(0.001, (Date.now() - started) / 1000)
      bar.update(bytes, { done, files, rate: rate(bytes / seconds), events, name: nameWidth >= 8 ? truncate(name, nameWidth) : "" })
    },
    stop: () => bar.stop()
  }
}
