import { parentPort, workerData } from "node:worker_threads"
import { CoreLive, decodeBytes, parseDocument, Segmenter } from "@dashiji/core"
import { Effect } from "effect"
import type { RoundResult, WorkerJob, WorkerResult } from "./pool.ts"

/**
 * One worker, on a fresh heap: warms up on its own corpus, three times over (JIT, caches, the jieba
 * dictionary), then for each round's corpus optionally times nodejieba `cut` over the decoded texts and
 * then times the parse of the same documents, which it has not seen before.
 */
const job = workerData as WorkerJob
const MB = 1024 * 1024
const texts = (docs: WorkerJob["warmup"]) =>
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
    let peak = process.memoryUsage.rss()
    const rounds: Array<RoundResult> = []
    for (const docs of job.rounds) {
      let cutSeconds: number | null = null
      if (job.cut) {
        const all = texts(docs)
        const t = performance.now()
        for (const x of all) seg.cut(x)
        cutSeconds = (performance.now() - t) / 1000
      }
      let mentions = 0
      const t = performance.now()
      for (const d of docs) {
        const r = yield* Effect.either(parseDocument(d))
        if (r._tag === "Right") mentions += r.right.mentions.length
        peak = Math.max(peak, process.memoryUsage.rss())
      }
      rounds.push({ mentions, seconds: (performance.now() - t) / 1000, cutSeconds })
    }
    const result: WorkerResult = { rounds, peakRssMb: peak / MB }
    return result
  }).pipe(Effect.provide(CoreLive))
).then((r) => parentPort?.postMessage(r))
