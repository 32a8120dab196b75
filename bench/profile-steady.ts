import { makeCorpus } from "./corpus.ts"
import { parseDocument, CoreLive } from "@dashiji/core"
import { Effect } from "effect"
const docs = makeCorpus(4 * 1024 * 1024)
await Effect.runPromise(Effect.gen(function* () {
  for (let pass = 0; pass < 4; pass++) {
    const t = performance.now()
    for (const d of docs) yield* Effect.either(parseDocument(d))
    console.log("pass", pass, (performance.now() - t).toFixed(0))
  }
}).pipe(Effect.provide(CoreLive)))
