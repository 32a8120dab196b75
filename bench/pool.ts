import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

/** The corpus split across one worker per core; wall time from start to the last worker's answer. */
export const parsePool = async (docs: ReadonlyArray<BenchDoc>) => {
  const cores = availableParallelism()
  const shares: Array<Array<BenchDoc>> = Array.from({ length: cores }, () => [])
  docs.forEach((d, i) => shares[i % cores]!.push(d))
  const bytes = docs.reduce((n, d) => n + d.bytes.length, 0)
  const t = performance.now()
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ mentions: number; seconds: number }>((resolve, reject) => {
          // workers load the TypeScript worker through tsx's loader, registered inside the worker
          const entry = new URL("./worker.ts", import.meta.url).href
          const boot = `(async () => { const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(entry)}) })()`
          const w = new Worker(boot, { eval: true, workerData: share })
          w.once("message", (m) => {
            resolve(m as { mentions: number; seconds: number })
            void w.terminate()
          })
          w.once("error", reject)
        })
    )
  )
  const wall = (performance.now() - t) / 1000
  // steady-state: the slowest worker's own parse time (worker start-up and dictionary load excluded)
  const s = Math.max(...results.map((r) => r.seconds))
  const mentions = results.reduce((n, r) => n + r.mentions, 0)
  return { cores, mb: bytes / MB, seconds: s, wallSeconds: wall, mbps: bytes / MB / s, mentionsPerSecond: mentions / s }
}
