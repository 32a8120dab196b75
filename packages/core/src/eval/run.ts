import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import { decodeBytes } from "../decode/detect.ts"
import type { Knowledge } from "../knowledge/Knowledge.ts"
import { parseCorpus, type DocumentInput, type ParseOptions } from "../pipeline.ts"
import type { Segmenter } from "../segmenter.ts"
import { parseGoldFile } from "./gold.ts"
import { finalizeReport, scoreEvents, type EvalReport } from "./score.ts"

/** Parses the gold file's documents from `docsDir` (together, so cross-document merges count) and scores them. */
export const evaluate = (
  goldPath: string,
  docsDir: string,
  options: ParseOptions = {}
): Effect.Effect<EvalReport, Error, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const gold = yield* Effect.try({ try: () => parseGoldFile(readFileSync(goldPath, "utf8")), catch: (e) => new Error(`cannot read gold file ${goldPath}: ${String(e)}`) })
    const inputs: Array<DocumentInput> = []
    const rawTexts = new Map<string, string>()
    for (const g of gold) {
      const bytes = yield* Effect.try({ try: () => new Uint8Array(readFileSync(join(docsDir, g.doc))), catch: () => new Error(`gold document not found: ${join(docsDir, g.doc)}`) })
      inputs.push({ name: g.doc, bytes })
      const decoded = decodeBytes(g.doc, bytes)
      if (!("_tag" in decoded)) rawTexts.set(g.doc, decoded.text)
    }
    const corpus = yield* parseCorpus(inputs, options)
    return finalizeReport(scoreEvents(gold, rawTexts, corpus.events))
  })
