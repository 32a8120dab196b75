import { keepHashes } from "./arena.ts"

/** Character shingles of this length: long enough to be specific in Chinese, short enough for fragments. */
export const SHINGLE = 4

/** FNV-1a over a string's UTF-16 units, 32-bit. */
const fnv1a = (s: string, from: number, to: number): number => {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Sorted distinct 32-bit hashes (a view into a shared block: see arena.ts). */
export type Hashes = Uint32Array

// one scratch buffer, reused: hashing and sorting happen here, only the distinct hashes are kept
let scratch = new Uint32Array(4096)

/** Distinct shingle hashes of normalised text, sorted ascending. */
export const shingleHashes = (norm: string): Hashes => {
  if (norm.length === 0) return new Uint32Array(0)
  const count = norm.length < SHINGLE ? 1 : norm.length - SHINGLE + 1
  if (scratch.length < count) scratch = new Uint32Array(Math.max(count, scratch.length * 2))
  const all = scratch.subarray(0, count)
  if (norm.length < SHINGLE) all[0] = fnv1a(norm, 0, norm.length)
  else for (let i = 0; i < count; i++) all[i] = fnv1a(norm, i, i + SHINGLE)
  all.sort()
  let n = 0
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!
  return keepHashes(all, n)
}

/** |A ∩ B| of two sorted hash arrays. */
export const intersectionSize = (a: Hashes, b: Hashes): number => {  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}
