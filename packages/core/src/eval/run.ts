import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { basename, join } from "node:path"
import { Effect, Either } from "effect"
import { decodeBytes } from "../decode/detect.ts"
import type { Knowledge } from "../knowledge/Knowledge.ts"
import type { Event } from "../schema/event.ts"
import { parseCorpus, type DocumentInput, type ParseOptions } from "../pipeline.ts"
import type { Segmenter } from "../segmenter.ts"
import { parseGoldFile, type GoldDocument } from "./gold.ts"
import { documentsOfSixKinds, finalizeReport, scoreEvents, type EvalReport } from "./score.ts"

/** One gold set: its annotations and the folder holding its documents. */
export interface GoldSet {
  readonly name: string
  readonly gold: ReadonlyArray<GoldDocument>
  readonly docsDir: string
}

const readGold = (path: string): Effect.Effect<Array<GoldDocument>, Error> =>
  Effect.try({ try: () => parseGoldFile(readFileSync(path, "utf8")), catch: (e) => new Error(`cannot read gold file ${path}: ${String(e)}`) })

/**
 * A set folder holds one or more `gold*.jsonl` files (several annotators keep their own) and its documents,
 * in `raw/` when that folder exists, else beside the gold files.
 */
export const loadGoldSet = (dir: string): Effect.Effect<GoldSet, Error> =>
  Effect.gen(function* () {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return yield* Effect.fail(new Error(`not a gold set folder: ${dir}`))
    const files = readdirSync(dir).filter((f) => /^gold.*\.jsonl$/.test(f)).sort()
    if (files.length === 0) return yield* Effect.fail(new Error(`no gold*.jsonl in ${dir}`))
    const gold: Array<GoldDocument> = []
    for (const f of files) gold.push(...(yield* readGold(join(dir, f))))
    const raw = join(dir, "raw")
    return { name: basename(dir.replace(/\/+$/, "")), gold, docsDir: existsSync(raw) ? raw : dir }
  })

interface Parsed {
  readonly rawTexts: Map<string, string>
  readonly events: ReadonlyArray<Event>
}

/** Parses a set's documents together, so merges across its documents count. */
const parseSet = (set: GoldSet, options: ParseOptions): Effect.Effect<Parsed, Error, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const inputs: Array<DocumentInput> = []
    const rawTexts = new Map<string, string>()
    for (const g of set.gold) {
      const path = join(set.docsDir, g.doc)
      const bytes = yield* Effect.try({ try: () => new Uint8Array(readFileSync(path)), catch: () => new Error(`gold document not found: ${path}`) })
      inputs.push({ name: g.doc, bytes })
      const decoded = decodeBytes(g.doc, bytes)
      if (Either.isRight(decoded)) rawTexts.set(g.doc, decoded.right.text)
    }
    const corpus = yield* parseCorpus(inputs, options)
    return { rawTexts, events: corpus.events }
  })

/** Parses the gold file's documents from `docsDir` (together, so cross-document merges count) and scores them. */
export const evaluate = (
  goldPath: string,
  docsDir: string,
  options: ParseOptions = {}
): Effect.Effect<EvalReport, Error, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const set: GoldSet = { name: basename(goldPath), gold: yield* readGold(goldPath), docsDir }
    const parsed = yield* parseSet(set, options)
    return finalizeReport(scoreEvents(set.gold, parsed.rawTexts, parsed.events))
  })

export interface SetsReport {
  readonly sets: ReadonlyArray<{ readonly name: string; readonly report: EvalReport }>
  /** Micro-averaged over every set's mentions (each set parsed on its own; no merge crosses sets). */
  readonly overall: EvalReport
}

/** Scores several gold sets in one run: each set parsed on its own, reported alone and pooled. */
export const evaluateSets = (
  sets: ReadonlyArray<GoldSet>,
  options: ParseOptions = {}
): Effect.Effect<SetsReport, Error, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const names = new Set<string>()
    for (const s of sets)
      for (const g of s.gold) {
        if (names.has(g.doc)) return yield* Effect.fail(new Error(`document ${g.doc} appears in two gold sets; names must be unique`))
        names.add(g.doc)
      }
    const results: Array<{ name: string; report: EvalReport }> = []
    const allGold: Array<GoldDocument> = []
    const allRaw = new Map<string, string>()
    const allEvents: Array<Event> = []
    // each set keeps its own kind vocabulary in the pooled score
    const sixKinds = new Set<string>()
    for (const set of sets) {
      const parsed = yield* parseSet(set, options)
      results.push({ name: set.name, report: finalizeReport(scoreEvents(set.gold, parsed.rawTexts, parsed.events)) })
      allGold.push(...set.gold)
      documentsOfSixKinds(set.gold).forEach((d) => sixKinds.add(d))
      for (const [k, v] of parsed.rawTexts) allRaw.set(k, v)
      allEvents.push(...parsed.events)
    }
    return { sets: results, overall: finalizeReport(scoreEvents(allGold, allRaw, allEvents, sixKinds)) }
  })
