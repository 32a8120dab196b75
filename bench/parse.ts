import { CoreLive, parseDocument, Segmenter } from "@dashiji/core"
import { Effect } from "effect"
import type { BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

/** nodejieba `cut` over the decoded text of every document: the reference throughput. */
export const cutThroughput = (docs: ReadonlyArray<BenchDoc>, texts: ReadonlyArray<string>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const seg = yield* Segmenter
      seg.cut("预热") // the dictionary loads on first use
      const bytes = docs.reduce((n, d) => n + d.bytes.length, 0)
      const t = performance.now()
      for (const text of texts) seg.cut(text)
      const s = (performance.now() - t) / 1000
      return { mb: bytes / MB, seconds: s, mbps: bytes / MB / s }
    }).pipe(Effect.provide(CoreLive))
  )

/** The whole pipeline (decode → clean → segment → extract), one core. */
export const parseThroughput = (docs: ReadonlyArray<BenchDoc>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      yield* parseDocument({ name: "warmup.txt", bytes: Buffer.from("2月3日,省长主持召开会议。", "utf8") })
      const bytes = docs.reduce((n, d) => n + d.bytes.length, 0)
      let mentions = 0
      let peak = process.memoryUsage().rss
      const t = performance.now()
      for (const d of docs) {
        const r = yield* Effect.either(parseDocument(d))
        if (r._tag === "Right") mentions += r.right.mentions.length
        peak = Math.max(peak, process.memoryUsage().rss)
      }
      const s = (performance.now() - t) / 1000
      return { mb: bytes / MB, seconds: s, mbps: bytes / MB / s, mentions, mentionsPerSecond: mentions / s, peakRssMb: peak / MB }
    }).pipe(Effect.provide(CoreLive))
  )
