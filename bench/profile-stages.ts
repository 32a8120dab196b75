// Ad-hoc: time each parse stage separately over a synthetic corpus (not part of pnpm bench).
import { makeCorpus } from "./corpus.ts"
import { decodeBytes, loadKnowledge } from "@dashiji/core"
import { cleanDocument } from "../packages/core/src/clean/index.ts"
import { segmentDocument } from "../packages/core/src/segment/index.ts"
import { extractReporters } from "../packages/core/src/extract/reporters.ts"
import { extractPeople } from "../packages/core/src/extract/people.ts"
import { extractPlaces } from "../packages/core/src/extract/places.ts"
import { extractOrganizations } from "../packages/core/src/extract/organizations.ts"
import { classifyKind } from "../packages/core/src/extract/kind.ts"
import { extractEntities } from "../packages/core/src/extract/entities.ts"
import { createRequire } from "node:module"
const require = createRequire("/work/main/packages/core/src/index.ts")
const jieba = require("nodejieba")
const seg = { cut: (t: string) => time("jieba.cut", () => jieba.cut(t, true)), cutForSearch: (t: string) => jieba.cutForSearch(t, true), tag: (t: string) => time("jieba.tag", () => jieba.tag(t)) }
jieba.cut("预热")
const T: Record<string, number> = {}
const time = <A>(name: string, f: () => A): A => { const t = performance.now(); const r = f(); T[name] = (T[name] ?? 0) + performance.now() - t; return r }
const k = loadKnowledge()
k.gazetteer()
const mb = Number(process.argv[2] ?? 4)
const docs = makeCorpus(mb * 1024 * 1024)
let cutMs = 0
for (const d of docs) {
  const dec = time("decode", () => decodeBytes(d.name, d.bytes))
  if ("_tag" in dec) continue
  { const t = performance.now(); jieba.cut(dec.text, true); cutMs += performance.now() - t }
  const clean = time("clean", () => cleanDocument(dec.text, k))
  const s = time("segment", () => segmentDocument(clean, d.name))
  for (const sl of s.slices) {
    const text = clean.text.slice(sl.start, sl.end).trim()
    const g = k.gazetteer()
    const by = time("reporters", () => extractReporters(text, k.personCues, k.surnames))
    const people = time("people", () => extractPeople(text, { titles: k.titles, surnames: k.surnames, cues: k.personCues, roster: k.roster, gazetteer: g, seg, reporterNames: new Set(by.names), reporterSpans: by.spans }))
    time("places", () => extractPlaces(text, { cues: k.placeCues, gazetteer: g, nationalTitles: k.titles.national, personNames: new Set(people.people.map((p) => p.name)), titleEnds: k.titles.titleEnds, personVerbs: [...k.personCues.followers].filter((w) => w.length > 1) }))
    time("orgs", () => extractOrganizations(text, k.titles, g))
    time("kind", () => classifyKind(text, k.kindKeywords))
    time("entities(all)", () => extractEntities(text, seg, k))
  }
}
console.log("cut ms", cutMs.toFixed(0))
for (const [n, v] of Object.entries(T)) console.log(n.padEnd(16), v.toFixed(0))
import { extractMention } from "../packages/core/src/extract/mention.ts"
import { eraRange, bundledEraTermsSync } from "../packages/core/src/knowledge/era.ts"
import { parseDocument, CoreLive } from "@dashiji/core"
import { Effect } from "effect"
const T2: Record<string, number> = {}
const time2 = <A>(name: string, f: () => A): A => { const t = performance.now(); const r = f(); T2[name] = (T2[name] ?? 0) + performance.now() - t; return r }
for (const d of docs) {
  const dec = decodeBytes(d.name, d.bytes)
  if ("_tag" in dec) continue
  const clean = time2("clean", () => cleanDocument(dec.text, k))
  const s = time2("segment", () => segmentDocument(clean, d.name))
  const era = time2("era", () => eraRange(clean.text, bundledEraTermsSync()))
  time2("mentions", () => s.slices.map((sl) => extractMention(sl, s, clean, { document: d.name, contentHash: "x", defaultYear: null, era }, seg, k)))
}
for (const [n, v] of Object.entries(T2)) console.log(n.padEnd(16), v.toFixed(0))
await Effect.runPromise(Effect.gen(function* () {
  const t = performance.now()
  for (const d of docs) yield* Effect.either(parseDocument(d))
  console.log("parseDocument all", (performance.now() - t).toFixed(0))
}).pipe(Effect.provide(CoreLive)))
