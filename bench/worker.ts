import { parentPort, workerData } from "node:worker_threads"
import { CoreLive, decodeBytes, parseDocument, Segmenter } from "@dashiji/core"
import { Effect } from "effect"
import type { WorkerJob, WorkerResult } from "./pool.ts"

/**
 * One worker, on a fresh heap: warms up on its own corpus, three times over (JIT, caches, the jieba
 * dictionary), then optionally times nodejieba `cut` over the decoded texts, then times the parse of its
 * share.
 */
const job = workerData as WorkerJob
const MB = 1024 * 1024
const texts = (docs: WorkerJob["docs"]) =>
  docs.map((d) => {
    const t = decodeBytes(d.name, d.bytes)
    return "_tag" in t ? "" : t.text
  })

void Effect.runPromise(
  Effect.gen(function* () {
    const seg = yield* Segmenter
    // three rounds: the optimising compiler settles on the large extractor functions only after a few
    // thousand mentions, and both figures are meant to be steady-state
    const warm = texts(job.warmup)
    for (let round = 0; round < 3; round++) {
      for (const t of warm) seg.cut(t)
      for (const d of job.warmup) yield* Effect.either(parseDocument(d))
    }
    let cutSeconds: number | null = null
    if (job.cut) {
      const all = texts(job.docs)
      const t = performance.now()
      for (const x of all) seg.cut(x)
      cutSeconds = (performance.now() - t) / 1000
    }
    let mentions = 0
    let peak = process.memoryUsage.rss()
    const t = performance.now()
    for (const d of job.docs) {
      const r = yield* Effect.either(parseDocument(d))
      if (r._tag === "Right") mentions += r.right.mentions.length
      peak = Math.max(peak, process.memoryUsage.rss())
    }
    const result: WorkerResult = { mentions, seconds: (performance.now() - t) / 1000, cutSeconds, peakRssMb: peak / MB }
    return result
  }).pipe(Effect.provide(CoreLive))
).then((r) => parentPort?.postMessage(r))
