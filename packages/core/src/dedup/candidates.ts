import type { Fingerprint } from "./fingerprint.ts"

/** Posting lists longer than this are boilerplate (a stock phrase every entry shares): not a signal. */
export const MAX_BUCKET = 64

/**
 * Candidate pairs from shared lookup keys — exact hash, LSH bands, shingle samples — without comparing
 * all pairs. Sample keys must be shared three times (or all of the smaller side's samples) to count.
 */
export const candidatePairs = (fps: ReadonlyArray<Fingerprint>): Array<readonly [number, number]> => {
  const buckets = new Map<string, Array<number>>()
  const add = (key: string, i: number) => {
    let b = buckets.get(key)
    if (b === undefined) buckets.set(key, (b = []))
    if (b.length <= MAX_BUCKET) b.push(i)
  }
  fps.forEach((f, i) => {
    add(`x:${f.exact}`, i)
    for (const k of f.bands) add(k, i)
    for (const k of f.samples) add(k, i)
    for (const k of f.actors) add(k, i)
  })
  const strong = new Set<number>()
  const sampleHits = new Map<number, number>()
  const pairKey = (a: number, b: number) => (a < b ? a * fps.length + b : b * fps.length + a)
  for (const [key, members] of buckets) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue
    const isSample = key.startsWith("s:")
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const k = pairKey(members[x]!, members[y]!)
        if (isSample) sampleHits.set(k, (sampleHits.get(k) ?? 0) + 1)
        else strong.add(k)
      }
  }
  for (const [k, n] of sampleHits) {
    const a = Math.floor(k / fps.length)
    const b = k % fps.length
    const fewest = Math.min(fps[a]!.samples.length, fps[b]!.samples.length)
    if (n >= Math.min(3, fewest)) strong.add(k)
  }
  return [...strong].sort((a, b) => a - b).map((k) => [Math.floor(k / fps.length), k % fps.length] as const)
}
