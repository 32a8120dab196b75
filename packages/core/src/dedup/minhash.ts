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

export const minhash = (shingles: Uint32Array): Uint32Array => {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff)
  for (let k = 0; k < shingles.length; k++) {
    const s = shingles[k]!
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = mix(s, seeds[i]!)
      if (v < sig[i]!) sig[i] = v
    }
  }
  return sig
}

/** One key per band: `b<band>:<hex of its rows>`; equal keys make a candidate pair. */
export const bandKeys = (sig: Uint32Array): Array<string> => {
  const out: Array<string> = []
  for (let b = 0; b < BANDS; b++) {
    let key = `b${b}:`
    for (let r = 0; r < ROWS; r++) key += sig[b * ROWS + r]!.toString(16).padStart(8, "0")
    out.push(key)
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
