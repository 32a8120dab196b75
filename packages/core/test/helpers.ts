import { Effect } from "effect"
import { CoreLive, parseCorpus, parseDocument, type ParseOptions } from "../src/pipeline.ts"

export const parseText = (name: string, text: string, options: ParseOptions = {}) =>
  Effect.runSync(parseDocument({ name, bytes: Buffer.from(text, "utf8") }, options).pipe(Effect.provide(CoreLive)))

export const parseTexts = (docs: ReadonlyArray<readonly [string, string | Uint8Array]>, options: ParseOptions & { dedup?: boolean } = {}) =>
  Effect.runSync(
    parseCorpus(
      docs.map(([name, t]) => ({ name, bytes: typeof t === "string" ? Buffer.from(t, "utf8") : t })),
      options
    ).pipe(Effect.provide(CoreLive))
  )
