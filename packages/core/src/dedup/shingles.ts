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

/**
 * Sorted distinct 32-bit hashes. Plain arrays of numbers, not typed arrays: a corpus keeps several per
 * mention, and hundreds of thousands of small ArrayBuffers make every garbage collection slower.
 */
export type Hashes = ReadonlyArray<number>

// one scratch buffer, reused: hashing and sorting need a typed array, keeping the result does not
let scratch = new Uint32Array(4096)

/** Distinct shingle hashes of normalised text, sorted ascending. */
export const shingleHashes = (norm: string): Hashes => {
  if (norm.length === 0) return []
  if (norm.length < SHINGLE) return [fnv1a(norm, 0, norm.length)]
  const count = norm.length - SHINGLE + 1
  if (scratch.length < count) scratch = new Uint32Array(Math.max(count, scratch.length * 2))
  const all = scratch.subarray(0, count)
  for (let i = 0; i < count; i++) all[i] = fnv1a(norm, i, i + SHINGLE)
  all.sort()
  const out: Array<number> = []
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!)
  return out
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
