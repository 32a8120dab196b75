import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

export interface WorkerJob {
  readonly docs: ReadonlyArray<BenchDoc>
  /** Parsed (and cut) before timing, so that both figures are steady-state. */
  readonly warmup: ReadonlyArray<BenchDoc>
  /** Also time nodejieba `cut` over the same documents, in the same thread. */
  readonly cut: boolean
}

export interface WorkerResult {
  readonly mentions: number
  readonly seconds: number
  readonly cutSeconds: number | null
  /** The process's resident set (all threads) at its highest during the parse. */
  readonly peakRssMb: number
}

/** Runs a TypeScript worker module with `data` on a fresh heap and resolves with its one message. */
export const runTsWorker = <A>(entry: URL, data: unknown): Promise<A> =>
  new Promise((resolve, reject) => {
    // the worker loads its TypeScript through tsx's loader, registered inside the worker
    const boot = `(async () => { const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(entry.href)}) })()`
    const w = new Worker(boot, { eval: true, workerData: data })
    w.once("message", (m) => {
      resolve(m as A)
      void w.terminate()
    })
    w.once("error", reject)
  })

const runWorker = (job: WorkerJob) => runTsWorker<WorkerResult>(new URL("./worker.ts", import.meta.url), job)

const bytesOf = (docs: ReadonlyArray<BenchDoc>) => docs.reduce((n, d) => n + d.bytes.length, 0)

/**
 * nodejieba `cut` and the whole parse (decode → clean → segment → extract) on one core, side by side in
 * one fresh worker after the same warm-up: the parse-to-cut ratio compares like with like.
 */
export const parseVsCut = async (docs: ReadonlyArray<BenchDoc>, warmup: ReadonlyArray<BenchDoc>) => {
  const r = await runWorker({ docs, warmup, cut: true })
  const mb = bytesOf(docs) / MB
  const cutSeconds = r.cutSeconds ?? Number.NaN
  return {
    cut: { mb, seconds: cutSeconds, mbps: mb / cutSeconds },
    parse1: { mb, seconds: r.seconds, mbps: mb / r.seconds, mentions: r.mentions, mentionsPerSecond: r.mentions / r.seconds, peakRssMb: r.peakRssMb }
  }
}

/** The corpus split across one worker per core; wall time from start to the last worker's answer. */
export const parsePool = async (docs: ReadonlyArray<BenchDoc>, warmup: ReadonlyArray<BenchDoc>) => {
  const cores = availableParallelism()
  const shares: Array<Array<BenchDoc>> = Array.from({ length: cores }, () => [])
  docs.forEach((d, i) => shares[i % cores]!.push(d))
  const t = performance.now()
  const results = await Promise.all(shares.map((share) => runWorker({ docs: share, warmup, cut: false })))
  const wall = (performance.now() - t) / 1000
  // steady-state: the slowest worker's own parse time (worker start-up and warm-up excluded)
  const s = Math.max(...results.map((r) => r.seconds))
  const mentions = results.reduce((n, r) => n + r.mentions, 0)
  const mb = bytesOf(docs) / MB
  return { cores, mb, seconds: s, wallSeconds: wall, mbps: mb / s, mentionsPerSecond: mentions / s }
}
