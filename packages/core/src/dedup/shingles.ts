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

/** Distinct shingle hashes of normalised text, sorted ascending. */
export const shingleHashes = (norm: string): Uint32Array => {
  if (norm.length === 0) return new Uint32Array()
  if (norm.length < SHINGLE) return Uint32Array.of(fnv1a(norm, 0, norm.length))
  const all = new Uint32Array(norm.length - SHINGLE + 1)
  for (let i = 0; i < all.length; i++) all[i] = fnv1a(norm, i, i + SHINGLE)
  all.sort()
  let n = 0
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!
  return all.slice(0, n)
}

/** |A ∩ B| of two sorted hash arrays. */
export const intersectionSize = (a: Uint32Array, b: Uint32Array): number => {
  let i = 0
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
