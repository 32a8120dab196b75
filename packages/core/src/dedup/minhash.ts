import { keepHashes } from "./arena.ts"
import type { Hashes } from "./shingles.ts"

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
// the signature is only read to make band hashes: one scratch signature serves every mention
const scratchSig = new Uint32Array(PERMUTATIONS)

/** The signature, valid until the next call (copy it to keep it). */
export const minhash = (shingles: Hashes): Uint32Array => {
  const sig = scratchSig.fill(0xffffffff)
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

const TWO32 = 0x100000000

/**
 * One number per band: the band's rows folded into 52 bits (collisions of unequal bands are negligible
 * at this size). Numbers, not strings: a corpus holds millions of them.
 */
export const bandHashes = (sig: Uint32Array): Array<number> => {
  const out: Array<number> = []
  for (let b = 0; b < BANDS; b++) {
    let hi = 0x9e3779b1
    let lo = 0x85ebca6b
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!
      hi = Math.imul(hi ^ v, 0x01000193) >>> 0
      lo = Math.imul(lo ^ mix(v, 0x27d4eb2f), 0x01000193) >>> 0
    }
    out.push((hi & 0xfffff) * TWO32 + lo)
  }
  return out
}

/** The lookup key of band `b` with hash `h`: `b<band>:<hex of its rows>`; equal keys make a candidate pair. */
export const bandKey = (b: number, h: number): string => `b${b}:${Math.floor(h / TWO32).toString(36)}.${(h % TWO32).toString(36)}`


/**
 * Content-defined sample of the shingles (hash ≡ 0 mod 4). A fragment's sample is a subset of the
 * sample of any text that contains it, so shared samples find containment pairs that MinHash, which
 * only sees Jaccard, misses (a 60-character entry inside a 3,000-character article).
 */
export const SAMPLE_MOD = 4
let sampleScratch = new Uint32Array(1024)
export const sampleHashes = (shingles: Hashes): Hashes => {
  if (sampleScratch.length < shingles.length) sampleScratch = new Uint32Array(Math.max(shingles.length, sampleScratch.length * 2))
  let n = 0
  for (let k = 0; k < shingles.length; k++) if (shingles[k]! % SAMPLE_MOD === 0) sampleScratch[n++] = shingles[k]!
  return keepHashes(sampleScratch, n)
}
export const sampleKey = (h: number): string => `s:${h.toString(16)}`
