import { parentPort, workerData } from "node:worker_threads"
import { CoreLive, parseDocument } from "@dashiji/core"
import { Effect } from "effect"

// One worker parses its share of the corpus and reports mentions and seconds.
const docs = workerData as Array<{ name: string; bytes: Uint8Array }>
void Effect.runPromise(
  Effect.gen(function* () {
    yield* parseDocument({ name: "warmup.txt", bytes: Buffer.from("2月3日,省长主持召开会议。", "utf8") })
    let mentions = 0
    const t = performance.now()
    for (const d of docs) {
      const r = yield* Effect.either(parseDocument(d))
      if (r._tag === "Right") mentions += r.right.mentions.length
    }
    return { mentions, seconds: (performance.now() - t) / 1000 }
  }).pipe(Effect.provide(CoreLive))
).then((r) => parentPort?.postMessage(r))
