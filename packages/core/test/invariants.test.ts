import { it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import fc from "fast-check"
import { describe, expect } from "vitest"
import { cleanDocument } from "../src/clean/index.ts"
import { decodeBytes } from "../src/decode/detect.ts"
import { Knowledge } from "../src/knowledge/Knowledge.ts"
import { CoreLive, type DocumentInput, parseCorpus } from "../src/pipeline.ts"
import { Event } from "../src/schema/event.ts"

/**
 * The parser's invariants stated over generated documents (made-up officials, places and sentences):
 * every span lies inside its document and every clean character maps back into it; the same documents
 * give the same records and ids in any order, so merging does not depend on which report came first.
 */

const officials = ["市长钟海岚", "副市长陆明远", "县委书记柏青山", "区长温若水", "主任蓝知秋"]
const actions = ["主持召开常务会议", "到开发区调研", "会见来访客人", "出席项目签约仪式", "召开电视电话会议"]
const places = ["", "在青川市", "在白石县", "在东湖区"]
const subjects = ["研究部署春耕工作。", "听取安全生产情况汇报。", "强调要抓好落实。", "参加人员包括有关部门负责人。"]

const entry = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    who: fc.constantFrom(...officials),
    where: fc.constantFrom(...places),
    what: fc.constantFrom(...actions),
    then: fc.constantFrom(...subjects)
  })
  .map((e) => `${e.month}月${e.day}日,${e.who}${e.where}${e.what},${e.then}`)

// the same entry in several documents (reprints), each document with a heading year or none, sometimes as HTML
const corpus = fc
  .record({
    entries: fc.uniqueArray(entry, { minLength: 2, maxLength: 6 }),
    docs: fc.array(fc.record({ picks: fc.array(fc.nat(5), { minLength: 1, maxLength: 4 }), year: fc.constantFrom("", "2021年\n", "2023年\n"), html: fc.boolean() }), { minLength: 2, maxLength: 4 })
  })
  .map(({ entries, docs }) =>
    docs.map((d, i): DocumentInput => {
      const lines = d.picks.map((p) => entries[p % entries.length]!)
      const text = d.html ? `<html><body><h1>${d.year.trim()}</h1>${lines.map((l) => `<p>${l.replace("会议", "&nbsp;会议")}</p>`).join("\n")}</body></html>` : `${d.year}${lines.join("\n")}`
      return { name: `doc-${i}.${d.html ? "html" : "txt"}`, bytes: Buffer.from(text, "utf8") }
    })
  )

const sameInAnyOrder = <A>(xs: ReadonlyArray<A>) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length })

describe("parser invariants (fast-check over made-up documents)", () => {
  it.layer(CoreLive)((it) => {
    it.effect("every source span lies inside its raw document, and every record decodes", () =>
      Effect.gen(function* () {
        const samples = fc.sample(corpus, { numRuns: 25, seed: 22 })
        for (const docs of samples) {
          const lengths = new Map(docs.map((d) => [d.name, Either.getOrThrow(decodeBytes(d.name, d.bytes)).text.length]))
          const { events, errors } = yield* parseCorpus(docs)
          expect(errors).toEqual([])
          expect(events.length).toBeGreaterThan(0)
          for (const e of events) {
            Schema.decodeUnknownSync(Event)(Schema.encodeSync(Event)(e))
            for (const s of [...e.sources, ...e.merged]) {
              expect(s.span[0]).toBeGreaterThanOrEqual(0)
              expect(s.span[0]).toBeLessThanOrEqual(s.span[1])
              expect(s.span[1]).toBeLessThanOrEqual(lengths.get(s.document)!)
            }
          }
        }
      })
    )

    it.effect("every clean character maps back to a raw offset inside the document, in order", () =>
      Effect.gen(function* () {
        const knowledge = yield* Knowledge
        for (const docs of fc.sample(corpus, { numRuns: 25, seed: 23 }))
          for (const d of docs) {
            const raw = Either.getOrThrow(decodeBytes(d.name, d.bytes)).text
            const clean = cleanDocument(raw, knowledge)
            expect(clean.map.length).toBe(clean.text.length + 1)
            for (let i = 0; i < clean.text.length; i++) {
              expect(clean.map[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : clean.map[i - 1]!)
              expect(clean.map[i]).toBeLessThan(raw.length)
            }
            expect(clean.map[clean.text.length]).toBeLessThanOrEqual(raw.length)
          }
      })
    )

    it.effect("the same documents give the same records and ids in any order (merging is order-independent)", () =>
      Effect.gen(function* () {
        for (const docs of fc.sample(corpus, { numRuns: 12, seed: 24 })) {
          const reference = (yield* parseCorpus(docs)).events
          for (const shuffled of fc.sample(sameInAnyOrder(docs), { numRuns: 3, seed: 25 })) {
            const again = (yield* parseCorpus(shuffled)).events
            expect(again).toEqual(reference)
          }
        }
      })
    )
  })
})
