/** MinHash signature length and LSH banding (16 bands of 4 rows: pairs with Jaccard ≳ 0.5 collide). */
export const PERMUTATIONS = 64
export const BANDS = 16
export const ROWS = PERMUTATIONS / BANDS

const seeds = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0)

/** murmur3's finaliser: a cheap independent permutation per seed. */
const mix = (x: number, seed: number): number => {
  let h = (x ^ seed) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * One-permutation MinHash: each shingle hashed once, its top bits pick one of the 64 bins, the rest is
 * the value kept as the bin's minimum; empty bins borrow the next filled bin's value (rotation
 * densification). The signature estimates Jaccard like 64 permutations do, at 1/64 of the hashing.
 */
export const minhash = (shingles: Uint32Array): Uint32Array => {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff)
  for (let k = 0; k < shingles.length; k++) {
    const v = mix(shingles[k]!, seeds[0]!)
    const bin = v >>> 26
    const value = v & 0x03ffffff
    if (value < sig[bin]!) sig[bin] = value
  }
  for (let b = 0; b < PERMUTATIONS; b++) {
    if (sig[b] !== 0xffffffff) continue
    for (let step = 1; step < PERMUTATIONS; step++) {
      const from = sig[(b + step) % PERMUTATIONS]!
      if (from !== 0xffffffff && from < 0x04000000) {
        sig[b] = from + step * 0x04000000
        break
      }
    }
  }
  return sig
}

/** One key per band: `b<band>:<hex of its rows>`; equal keys make a candidate pair. */
export const bandKeys = (sig: Uint32Array): Array<string> => {
  const out: Array<string> = []
  for (let b = 0; b < BANDS; b++) {
    // the band's rows folded into 52 bits: collisions of unequal bands are negligible at this size
    let hi = 0x9e3779b1
    let lo = 0x85ebca6b
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!
      hi = Math.imul(hi ^ v, 0x01000193) >>> 0
      lo = Math.imul(lo ^ mix(v, 0x27d4eb2f), 0x01000193) >>> 0
    }
    out.push(`b${b}:${(hi & 0xfffff).toString(36)}.${lo.toString(36)}`)
  }
  return out
}

/**
 * Content-defined sample of the shingles (hash ≡ 0 mod 4). A fragment's sample is a subset of the
 * sample of any text that contains it, so shared samples find containment pairs that MinHash, which
 * only sees Jaccard, misses (a 60-character entry inside a 3,000-character article).
 */
export const SAMPLE_MOD = 4
export const sampleKeys = (shingles: Uint32Array): Array<string> => {
  const out: Array<string> = []
  for (let k = 0; k < shingles.length; k++) if (shingles[k]! % SAMPLE_MOD === 0) out.push(`s:${shingles[k]!.toString(16)}`)
  return out
}
