import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { Either, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { decodeBytes } from "../src/decode/detect.ts"
import { Event } from "../src/schema/event.ts"
import { parseTexts } from "./helpers.ts"

const seedsDir = new URL("../../../seeds/", import.meta.url).pathname
const seedLines = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split("\n"))
  .filter((l) => l.trim().length > 0)

const decodeEvent = Schema.decodeUnknownSync(Event)

/** The parser's contract on any input: no throw, records that decode, spans inside the raw text. */
const checkDocument = (bytes: Uint8Array) => {
  const result = parseTexts([["fuzz.txt", bytes]])
  // refused bytes give one error and no event; text gives no error and events whose spans lie in it
  const length = Either.match(decodeBytes("fuzz.txt", bytes), { onLeft: () => null, onRight: (d) => d.text.length })
  expect(result.errors).toHaveLength(length === null ? 1 : 0)
  for (const e of result.events) {
    decodeEvent(Schema.encodeSync(Event)(e))
    for (const s of e.sources) {
      expect(s.span[0]).toBeGreaterThanOrEqual(0)
      expect(s.span[1]).toBeLessThanOrEqual(length ?? -1)
      expect(s.span[0]).toBeLessThanOrEqual(s.span[1])
    }
  }
}

const fragment = fc.oneof(
  fc.constantFrom(...seedLines).chain((l) =>
    fc.tuple(fc.nat(l.length), fc.nat(l.length)).map(([a, b]) => l.slice(Math.min(a, b), Math.max(a, b) + 1))
  ),
  fc.constantFrom("<div>", "</div>", "<span style='x'>", "</span>", "<p>", "<br>", "&nbsp;", "&#x4e2d;", "&amp", "<script>", "</script>", "<!--", "-->", "<", ">", "\n", "\n\n", "　　", "\u00a0"),
  fc.constantFrom("2月24日,", "12月3日至4日,", "25日至29日,", "二〇二〇年十二月三日", "本报讯 ", "记者 张三 通讯员 李四", "2020年2月", "来源:某网时间:2020-07-08分享:", "90分钟足球网_bet36亚洲体育¥在线官网"),
  fc.string({ maxLength: 20 })
)

// Each run yields to the event loop first: a thousand parses in one synchronous stretch starve the test
// runner's own messages to its worker (vitest's "Timeout calling onTaskUpdate" on a loaded machine).
const yielding = () => new Promise<void>((resolve) => setImmediate(resolve))
// a safety net, not a speed target: the runs take about a minute on a loaded 2-core machine
const PROPERTY_BUDGET = 300_000

describe("parser on arbitrary input (fast-check)", () => {
  it("survives random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await yielding()
        checkDocument(bytes)
      }),
      { numRuns: 800 }
    )
  }, PROPERTY_BUDGET)
  it("survives seed fragments spliced with broken HTML, dates and spam", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 40 }), async (parts) => {
        await yielding()
        checkDocument(Buffer.from(parts.join(""), "utf8"))
      }),
      { numRuns: 1500 }
    )
  }, PROPERTY_BUDGET)
  it("survives seeds mutated by cutting, reordering and re-spacing lines", async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(seedLines, { minLength: 1, maxLength: 30 }), fc.boolean(), async (lines, respace) => {
        await yielding()
        const text = lines.map((l) => (respace ? l.replace(/,/g, " , ").replace(/。/g, "。\n\n") : l)).join("\n")
        checkDocument(Buffer.from(text, "utf8"))
      }),
      { numRuns: 300 }
    )
  }, PROPERTY_BUDGET)
})
