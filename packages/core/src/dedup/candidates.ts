import type { Fingerprint } from "./fingerprint.ts"

/** Posting lists longer than this are boilerplate (a stock phrase every entry shares): not a signal. */
export const MAX_BUCKET = 64
/** Shingle samples are 4-grams: a stock phrase fills their buckets fast, so they are capped lower. */
export const MAX_SAMPLE_BUCKET = 8
/** LSH band buckets: a near-duplicate family larger than this is still joined through its other bands and exact hashes. */
export const MAX_BAND_BUCKET = 16
export const bucketCap = (key: string): number => (key.startsWith("s:") ? MAX_SAMPLE_BUCKET : key.startsWith("b") ? MAX_BAND_BUCKET : MAX_BUCKET)

/**
 * Candidate pairs from shared lookup keys — exact hash, LSH bands, shingle samples — without comparing
 * all pairs. Sample keys must be shared three times (or all of the smaller side's samples) to count.
 */
export const candidatePairs = (fps: ReadonlyArray<Fingerprint>): Array<readonly [number, number]> => {
  const buckets = new Map<string, Array<number>>()
  const add = (key: string, i: number) => {
    let b = buckets.get(key)
    if (b === undefined) buckets.set(key, (b = []))
    if (b.length <= bucketCap(key)) b.push(i)
  }
  fps.forEach((f, i) => {
    add(`x:${f.exact}`, i)
    for (const k of f.bands) add(k, i)
    for (const k of f.samples) add(k, i)
    for (const k of f.actors) add(k, i)
  })
  // pair keys collected in growable typed arrays and counted after a sort: no hash maps with
  // millions of entries, so the cost stays near-linear as the corpus grows
  const n = fps.length
  let strong = new Float64Array(1024)
  let strongLen = 0
  let samples = new Float64Array(1024)
  let samplesLen = 0
  const grow = (a: Float64Array) => {
    const b = new Float64Array(a.length * 2)
    b.set(a)
    return b
  }
  for (const [key, members] of buckets) {
    if (members.length < 2 || members.length > bucketCap(key)) continue
    const isSample = key.startsWith("s:")
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!
        const b = members[y]!
        const k = a < b ? a * n + b : b * n + a
        if (isSample) {
          if (samplesLen === samples.length) samples = grow(samples)
          samples[samplesLen++] = k
        } else {
          if (strongLen === strong.length) strong = grow(strong)
          strong[strongLen++] = k
        }
      }
  }
  const sortedSamples = samples.subarray(0, samplesLen).sort()
  for (let i = 0; i < sortedSamples.length; ) {
    let j = i
    while (j < sortedSamples.length && sortedSamples[j] === sortedSamples[i]) j++
    const k = sortedSamples[i]!
    const a = Math.floor(k / n)
    const b = k % n
    if (j - i >= Math.min(3, fps[a]!.samples.length, fps[b]!.samples.length)) {
      if (strongLen === strong.length) strong = grow(strong)
      strong[strongLen++] = k
    }
    i = j
  }
  const sorted = strong.subarray(0, strongLen).sort()
  const out: Array<readonly [number, number]> = []
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue
    const k = sorted[i]!
    out.push([Math.floor(k / n), k % n] as const)
  }
  return out
}
