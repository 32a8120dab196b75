import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

export interface WorkerJob {
  /** Corpora timed one after the other; each is new to the parser when its turn comes. */
  readonly rounds: ReadonlyArray<ReadonlyArray<BenchDoc>>
  /** Parsed (and cut) before timing, so that both figures are steady-state. */
  readonly warmup: ReadonlyArray<BenchDoc>
  /** Also time nodejieba `cut` over the same documents, in the same thread, right before their parse. */
  readonly cut: boolean
}

export interface RoundResult {
  readonly mentions: number
  readonly seconds: number
  readonly cutSeconds: number | null
}

export interface WorkerResult {
  readonly rounds: ReadonlyArray<RoundResult>
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
 * one fresh worker after the same warm-up: the parse-to-cut ratio compares like with like. Several
 * rounds, each over its own corpus of the same size (so the parser never re-reads documents it has
 * cached answers for), cut and parse in turns; the round with the median ratio is reported, because a
 * shared machine can slow one round down by a third.
 */
export const parseVsCut = async (rounds: ReadonlyArray<ReadonlyArray<BenchDoc>>, warmup: ReadonlyArray<BenchDoc>) => {
  const r = await runWorker({ rounds, warmup, cut: true })
  const measured = r.rounds.map((x, i) => {
    const mb = bytesOf(rounds[i]!) / MB
    const cutSeconds = x.cutSeconds ?? Number.NaN
    return {
      cut: { mb, seconds: cutSeconds, mbps: mb / cutSeconds },
      parse1: { mb, seconds: x.seconds, mbps: mb / x.seconds, mentions: x.mentions, mentionsPerSecond: x.mentions / x.seconds, peakRssMb: r.peakRssMb },
      ratio: cutSeconds / x.seconds
    }
  })
  const median = [...measured].sort((a, b) => a.ratio - b.ratio)[Math.floor(measured.length / 2)]!
  return { ...median, ratios: measured.map((m) => m.ratio) }
}

/** The corpus split across one worker per core; wall time from start to the last worker's answer. */
export const parsePool = async (docs: ReadonlyArray<BenchDoc>, warmup: ReadonlyArray<BenchDoc>) => {
  const cores = availableParallelism()
  const shares: Array<Array<BenchDoc>> = Array.from({ length: cores }, () => [])
  docs.forEach((d, i) => shares[i % cores]!.push(d))
  const t = performance.now()
  const results = await Promise.all(shares.map((share) => runWorker({ rounds: [share], warmup, cut: false })))
  const wall = (performance.now() - t) / 1000
  // steady-state: the slowest worker's own parse time (worker start-up and warm-up excluded)
  const s = Math.max(...results.map((r) => r.rounds[0]!.seconds))
  const mentions = results.reduce((n, r) => n + r.rounds[0]!.mentions, 0)
  const mb = bytesOf(docs) / MB
  return { cores, mb, seconds: s, wallSeconds: wall, mbps: mb / s, mentionsPerSecond: mentions / s }
}
