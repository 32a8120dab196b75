import { watch } from "node:fs"
import { ingestPaths, ingestSummaryLine } from "./ingest-run.ts"
import { debugWanted, failureEnding } from "./cli/exit.ts"

export interface WatchOptions {
  readonly db?: string | undefined
  readonly year?: number | undefined
  readonly roster?: string | undefined
  /** Quiet time after the last change before a batch is ingested, in ms (a file still being written settles). */
  readonly settleMs: number
}

/**
 * `dashiji watch DIR`: the folder ingested once, then again after every burst of changes (files added,
 * changed, sidecars written), each time with the summary line of `ingest`; until SIGINT or SIGTERM.
 * Each batch is an ingest of the whole folder: stored documents are skipped by their hash without being
 * parsed, so only new and changed files cost a parse, and names are always relative to the folder. A
 * changed file is a new version: NAME@<hash> beside the earlier, each with its file's modification time
 * as fetchedAt (watch-versions.ts).
 */
export const watchFolder = async (dir: string, o: WatchOptions): Promise<void> => {
  const batch = async () => {
    try {
      const r = await ingestPaths([dir], { db: o.db, year: o.year, roster: o.roster, label: "watch", versionsIn: dir })
      for (const p of r.problems) process.stderr.write(`dashiji watch: ${p}\n`)
      process.stdout.write(`${ingestSummaryLine(r)}\n`)
    } catch (e) {
      // a locked store or a bad file: said as every command says a failure (exit.ts), and the watch goes on
      for (const line of failureEnding("dashiji watch", e, debugWanted()).lines) process.stderr.write(`${line}\n`)
    }
  }
  // the signals are heard from the start: a stop during the first batch ends the watch after it
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once("SIGINT", stop)
    process.once("SIGTERM", stop)
  })
  let timer: NodeJS.Timeout | undefined
  let running = false
  let pending = false
  const run = async () => {
    if (running) {
      pending = true
      return
    }
    running = true
    await batch()
    running = false
    if (pending) {
      pending = false
      schedule()
    }
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), o.settleMs)
  }
  // watching before the first batch reads the folder: a file saved meanwhile is not missed (it starts
  // another batch once this one is done)
  const watcher = watch(dir, { recursive: true }, () => schedule())
  await run()
  await stopped
  watcher.close()
  clearTimeout(timer)
  // a batch under way finishes (its transaction is short); nothing is cut mid-write
  while (running) await new Promise((r) => setTimeout(r, 20))
}
