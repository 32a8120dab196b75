import { CoreLive, parseDocument } from "@dashiji/core"
import { Effect } from "effect"
import type { BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

/** The whole pipeline (decode → clean → segment → extract), one core. */
export const parseThroughput = (docs: ReadonlyArray<BenchDoc>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      yield* parseDocument({ name: "warmup.txt", bytes: Buffer.from("2月3日,省长主持召开会议。", "utf8") })
      const bytes = docs.reduce((n, d) => n + d.bytes.length, 0)
      let mentions = 0
      let peak = process.memoryUsage.rss()
      const t = performance.now()
      for (const d of docs) {
        const r = yield* Effect.either(parseDocument(d))
        if (r._tag === "Right") mentions += r.right.mentions.length
        peak = Math.max(peak, process.memoryUsage.rss())
      }
      const s = (performance.now() - t) / 1000
      return { mb: bytes / MB, seconds: s, mbps: bytes / MB / s, mentions, mentionsPerSecond: mentions / s, peakRssMb: peak / MB }
    }).pipe(Effect.provide(CoreLive))
  )
