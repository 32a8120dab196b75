import { parentPort, workerData } from "node:worker_threads"
import { CoreLive, decodeBytes, parseDocument, Segmenter } from "@dashiji/core"
import { Effect, Either } from "effect"
import type { RoundResult, WorkerJob, WorkerResult } from "./pool.ts"

/**
 * One worker, on a fresh heap: warms up on its own corpus, three times over (JIT, caches, the jieba
 * dictionary), then for each round's corpus times the parse of its documents (new to it), in turns with
 * nodejieba `cut` of the same documents' decoded texts when asked to.
 */
const job = workerData as WorkerJob
const MB = 1024 * 1024
const CHUNK = Number(process.env["DASHIJI_BENCH_TURN_KB"] ?? 512) * 1024
const texts = (docs: WorkerJob["warmup"]) =>
  docs.map((d) => {
    const t = decodeBytes(d.name, d.bytes)
    return Either.isRight(t) ? t.right.text : ""
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
      // in turns of about CHUNK bytes, cut then parse the same documents: a shared machine that slows
      // down for a moment slows both figures alike, so their ratio holds when the absolute figures
      // wobble; turns much longer than a cache refill keep each from paying for the other's cache misses
      const all = job.cut ? texts(docs) : []
      let cutMs = 0
      let parseMs = 0
      let mentions = 0
      for (let from = 0; from < docs.length; ) {
        let to = from
        for (let bytes = 0; to < docs.length && bytes < CHUNK; to++) bytes += docs[to]!.bytes.length
        if (job.cut) {
          const t = performance.now()
          for (let i = from; i < to; i++) seg.cut(all[i]!)
          cutMs += performance.now() - t
        }
        const t = performance.now()
        for (let i = from; i < to; i++) {
          const r = yield* Effect.either(parseDocument(docs[i]!))
          if (r._tag === "Right") mentions += r.right.mentions.length
        }
        parseMs += performance.now() - t
        peak = Math.max(peak, process.memoryUsage.rss())
        from = to
      }
      rounds.push({ mentions, seconds: parseMs / 1000, cutSeconds: job.cut ? cutMs / 1000 : null })
    }
    const result: WorkerResult = { rounds, peakRssMb: peak / MB }
    return result
  }).pipe(Effect.provide(CoreLive))
).then((r) => parentPort?.postMessage(r))
