/**
 * Hash arrays of many mentions, kept as views into shared blocks: one ArrayBuffer per megabyte of hashes
 * instead of one per array (each ArrayBuffer costs the garbage collector), and no hash on the JS heap
 * (a plain array of 32-bit hashes holds 8-byte doubles the collector moves about).
 */
const BLOCK = 1 << 20

// allocated on first use: most runs of the CLI and the API never deduplicate
let block = new Uint32Array(0)
let used = 0

/** A copy of `src[0, n)` that lives as long as the caller keeps it. */
export const keepHashes = (src: Uint32Array, n: number): Uint32Array => {
  if (n === 0) return new Uint32Array(0)
  if (n > block.length - used) {
    block = new Uint32Array(Math.max(BLOCK, n))
    used = 0
  }
  const view = block.subarray(used, used + n)
  view.set(src.subarray(0, n))
  used += n
  return view
}
