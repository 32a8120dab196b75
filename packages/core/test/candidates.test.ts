import { describe, expect, it } from "vitest"
import { BAND_MATCHES, bucketCap, candidatePairs, SAMPLE_MATCHES } from "../src/dedup/candidates.ts"
import { fingerprintMention, lookupKeys, type Fingerprint } from "../src/dedup/fingerprint.ts"

const fp = (key: string, bands: Array<number>, extra: Partial<Fingerprint> = {}): Fingerprint => ({
  key,
  exact: `exact-${key}`,
  shingles: new Uint32Array(0),
  bands,
  samples: new Uint32Array(0),
  lead: new Uint32Array(0),
  actors: [],
  named: [],
  days: [],
  happenings: [],
  ...extra
})
const distinct = (seed: number) => Array.from({ length: 16 }, (_, b) => seed * 1000 + b)

/** The rule written plainly over the string lookup keys the store files (the reference). */
const reference = (fps: ReadonlyArray<Fingerprint>): Array<string> => {
  const byKey = new Map<string, Array<number>>()
  fps.forEach((f, i) => {
    for (const k of new Set(lookupKeys(f))) byKey.set(k, [...(byKey.get(k) ?? []), i])
  })
  const counts = new Map<string, { band: number; sample: number; strong: boolean }>()
  for (const [k, members] of byKey) {
    if (members.length < 2 || members.length > bucketCap(k)) continue
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const p = `${members[x]}:${members[y]}`
        const c = counts.get(p) ?? { band: 0, sample: 0, strong: false }
        if (k.startsWith("s:")) c.sample++
        else if (k.startsWith("b")) c.band++
        else c.strong = true
        counts.set(p, c)
      }
  }
  return [...counts]
    .filter(([p, c]) => {
      const [a, b] = p.split(":").map(Number) as [number, number]
      return c.strong || c.band >= BAND_MATCHES || c.sample >= Math.min(SAMPLE_MATCHES, fps[a]!.samples.length, fps[b]!.samples.length)
    })
    .map(([p]) => p)
    .sort()
}
const asStrings = (pairs: ReadonlyArray<readonly [number, number]>) => pairs.map(([a, b]) => `${a}:${b}`).sort()

describe("candidatePairs", () => {
  it("does not propose a pair for one shared LSH band, and does for two", () => {
    const one = distinct(2).map((h, b) => (b === 5 ? distinct(1)[5]! : h))
    const two = distinct(3).map((h, b) => (b === 5 || b === 9 ? distinct(1)[b]! : h))
    expect(candidatePairs([fp("a", distinct(1)), fp("b", one)])).toEqual([])
    expect(candidatePairs([fp("a", distinct(1)), fp("c", two)])).toEqual([[0, 1]])
  })
  it("proposes exact duplicates and the same leader on the same day at once", () => {
    expect(candidatePairs([fp("a", distinct(1), { exact: "same" }), fp("b", distinct(2), { exact: "same" })])).toEqual([[0, 1]])
    expect(candidatePairs([fp("a", distinct(1), { actors: ["p:王明:02-18"] }), fp("b", distinct(2), { actors: ["p:王明:02-18"] })])).toEqual([[0, 1]])
  })
  it("drops a band bucket over its cap: boilerplate proposes nothing", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => fp(`m${i}`, distinct(100 + i).map((h, b) => (b < 3 ? b : h))))
    expect(candidatePairs(crowd)).toEqual([])
  })
  it("gives exactly the pairs the store's string keys give, on real texts cut, respaced and spliced", () => {
    const base = [
      "2月18日，省委书记王明主持召开座谈会，听取疫情防控和经济社会发展工作意见建议。省长李华、省委副书记孙强参加。",
      "2月24日，全省疫情防控工作电视电话会议召开，省委书记王明出席并讲话，省长李华主持。会议强调，要毫不放松抓好疫情防控。",
      "3月2日，省长李华主持召开省政府常务会议，研究部署春耕生产和粮食安全工作，审议通过了有关文件。",
      "3月9日，省委书记王明到郑州市调研复工复产，深入企业车间了解生产经营情况，协调解决实际困难。"
    ]
    const texts: Array<string> = []
    for (const t of base) {
      texts.push(t, t.replace(/，/g, " , "), t.slice(0, Math.floor(t.length * 0.6)), `${t.split("。")[0]}。会议强调，要压实责任。`)
    }
    texts.push(base.join(""), `${base[0]!.split("。")[0]}。${base[2]!.split("。")[1] ?? ""}`)
    const fps = texts.map((text, i) =>
      fingerprintMention({ key: `k${String(i).padStart(3, "0")}`, contentHash: `doc${i % 3}`, format: "article", text, title: "", kind: "meeting", summary: text.split("。")[0]!, people: [], places: [], date: { start: "2020-02-18", end: null, precision: "day", year: { value: 2020, source: "text" } } })
    )
    const got = asStrings(candidatePairs(fps))
    expect(got).toEqual(reference(fps))
    expect(got.length).toBeGreaterThan(texts.length / 2)
  })
})
