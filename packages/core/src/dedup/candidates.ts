import type { Fingerprint } from "./fingerprint.ts"
import { Buckets, NumberSlots } from "./buckets.ts"
import { BANDS } from "./minhash.ts"

/** Posting lists longer than this are boilerplate (a stock phrase every entry shares): not a signal. */
export const MAX_BUCKET = 64
/** Shingle samples are 4-grams: a stock phrase fills their buckets fast, so they are capped lower. */
export const MAX_SAMPLE_BUCKET = 8
/** LSH band buckets: a near-duplicate family larger than this is still joined through its other bands and exact hashes. */
export const MAX_BAND_BUCKET = 16
/**
 * A shared LSH band alone proposes no pair: short texts that share one stock sentence collide in one band
 * by chance, and such chance pairs grow with the square of the corpus. Near duplicates share several
 * bands (at Jaccard 0.8, two or more of 16 bands with probability 0.997); looser ones are found by
 * their shared samples.
 */
export const BAND_MATCHES = 2
/** Shared samples that make a pair (or all of the smaller side's samples). */
export const SAMPLE_MATCHES = 3
export const bucketCap = (key: string): number => (key.startsWith("s:") ? MAX_SAMPLE_BUCKET : key.startsWith("b") ? MAX_BAND_BUCKET : MAX_BUCKET)

/**
 * Candidate pairs from shared lookup keys — exact hash, LSH bands, shingle samples — without comparing
 * all pairs. Band keys must be shared BAND_MATCHES times, sample keys SAMPLE_MATCHES times (or all of the
 * smaller side's samples), exact hashes and leader-day keys once.
 */
export const candidatePairs = (fps: ReadonlyArray<Fingerprint>): Array<readonly [number, number]> => {
  // the same buckets as the string lookup keys, filed under numbers where the keys are numbers (bands,
  // samples), with no object per bucket
  const buckets = new Buckets()
  const named = new Map<string, number>()
  const bands = Array.from({ length: BANDS }, () => new NumberSlots())
  const sampled = new NumberSlots()
  const newBand = () => buckets.newSlot(MAX_BAND_BUCKET, BAND)
  const newSample = () => buckets.newSlot(MAX_SAMPLE_BUCKET, SAMPLE)
  const addNamed = (key: string, i: number) => {
    let slot = named.get(key)
    if (slot === undefined) named.set(key, (slot = buckets.newSlot(MAX_BUCKET, STRONG)))
    buckets.add(slot, i)
  }
  fps.forEach((f, i) => {
    addNamed(`x:${f.exact}`, i)
    for (const k of f.actors) addNamed(k, i)
    for (const k of f.named) addNamed(k, i)
    for (const k of f.days) addNamed(k, i)
    for (const k of f.happenings) addNamed(k, i)
  })
  // one table at a time, so that the table being filled stays in cache, reading the band hashes from
  // one flat array rather than from every fingerprint again
  const flat = new Float64Array(fps.length * BANDS).fill(Number.NaN)
  fps.forEach((f, i) => {
    for (let b = 0; b < f.bands.length && b < BANDS; b++) flat[i * BANDS + b] = f.bands[b]!
  })
  for (let b = 0; b < BANDS; b++) {
    const table = bands[b]!
    for (let i = 0; i < fps.length; i++) {
      const h = flat[i * BANDS + b]!
      if (h === h) buckets.add(table.slotOf(h, newBand), i)
    }
  }
  fps.forEach((f, i) => {
    for (const h of f.samples) buckets.add(sampled.slotOf(h, newSample), i)
  })
  // pair keys collected in growable typed arrays and counted after a sort: no hash maps with
  // millions of entries, so the cost stays near-linear as the corpus grows
  const n = fps.length
  const strong = new PairList()
  const counted = [new PairList(), new PairList()]
  for (const { members, kind } of buckets.lists()) {
    const list = kind === STRONG ? strong : counted[kind - 1]!
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!
        const b = members[y]!
        list.push(a < b ? a * n + b : b * n + a)
      }
  }
  // a band or sample pair counts when it is shared often enough
  for (const [list, need] of [
    [counted[BAND - 1]!, () => BAND_MATCHES],
    [counted[SAMPLE - 1]!, (a: number, b: number) => Math.min(SAMPLE_MATCHES, fps[a]!.samples.length, fps[b]!.samples.length)]
  ] as const) {
    const sortedPairs = list.sorted()
    for (let i = 0; i < sortedPairs.length; ) {
      let j = i
      while (j < sortedPairs.length && sortedPairs[j] === sortedPairs[i]) j++
      const k = sortedPairs[i]!
      if (j - i >= need(Math.floor(k / n), k % n)) strong.push(k)
      i = j
    }
  }
  const sorted = strong.sorted()
  const out: Array<readonly [number, number]> = []
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue
    const k = sorted[i]!
    out.push([Math.floor(k / n), k % n] as const)
  }
  return out
}

const STRONG = 0
const BAND = 1
const SAMPLE = 2

/** Pair keys (a * n + b) in a growable typed array. */
class PairList {
  private items = new Float64Array(1024)
  private length = 0
  push(k: number): void {
    if (this.length === this.items.length) {
      const b = new Float64Array(this.items.length * 2)
      b.set(this.items)
      this.items = b
    }
    this.items[this.length++] = k
  }
  sorted(): Float64Array {
    return this.items.subarray(0, this.length).sort()
  }
}
