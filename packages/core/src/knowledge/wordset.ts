/**
 * A set of words that finds the words starting at a position by walking a trie of UTF-16 code units.
 * The trie's edges live in one open-addressing hash table of typed arrays (compact even for the tens of
 * thousands of place names, and nothing for the garbage collector to trace); no substring is built, and
 * most positions of running text stop at the first character (a table says which characters start a
 * word at all).
 */
export class WordSet {
  private readonly words: Set<string>
  /** Word ending at each node, or null. Node 0 is the root. */
  private readonly ends: Array<string | null>
  /**
   * The edge table: (node, code, child, unused) in four consecutive slots, so that a probe reads one cache
   * line instead of three arrays' worth.
   */
  private readonly edges: Int32Array
  private readonly mask: number
  /** The root's child for every code unit (−1: no word starts with it), read without hashing. */
  private readonly first: Int32Array
  /**
   * One bit per code unit that starts a word: most positions of running text are rejected here, and 8 KB
   * stay in the fastest cache where the 256 KB of `first` would not.
   */
  private readonly starts: Int32Array
  /**
   * One bit per hashed pair of first two code units of the words of two or more: a position whose pair
   * has no bit goes no further than its first character, without a probe of the edge table.
   */
  private readonly pairs: Int32Array
  readonly maxLength: number

  constructor(words: Iterable<string>) {
    this.words = new Set()
    for (const w of words) if (w.length > 0) this.words.add(w)
    let edges = 0
    for (const w of this.words) edges += w.length
    let size = 16
    while (size < edges * 2) size *= 2
    this.mask = size - 1
    this.edges = new Int32Array(size * 4).fill(-1)
    this.first = new Int32Array(65536).fill(-1)
    this.starts = new Int32Array(2048)
    this.pairs = new Int32Array(2048)
    this.ends = [null]
    let max = 0
    for (const w of this.words) {
      let node = 0
      for (let i = 0; i < w.length; i++) {
        const code = w.charCodeAt(i)
        let child = this.child(node, code)
        if (child < 0) {
          child = this.ends.length
          this.ends.push(null)
          this.insert(node, code, child)
        }
        node = child
      }
      this.ends[node] = w
      if (w.length > 1) {
        const h = pairHash(w.charCodeAt(0), w.charCodeAt(1))
        this.pairs[h >>> 5] = this.pairs[h >>> 5]! | (1 << (h & 31))
      }
      max = Math.max(max, w.length)
    }
    this.maxLength = max
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.first[code]!
    const edges = this.edges
    for (let i = this.slot(node, code); ; i = (i + 1) & this.mask) {
      const n = edges[i * 4]!
      if (n === -1) return -1
      if (n === node && edges[i * 4 + 1] === code) return edges[i * 4 + 2]!
    }
  }

  private insert(node: number, code: number, child: number): void {
    if (node === 0) {
      this.first[code] = child
      this.starts[code >>> 5] = this.starts[code >>> 5]! | (1 << (code & 31))
      return
    }
    let i = this.slot(node, code)
    while (this.edges[i * 4] !== -1) i = (i + 1) & this.mask
    this.edges[i * 4] = node
    this.edges[i * 4 + 1] = code
    this.edges[i * 4 + 2] = child
  }

  has(word: string): boolean {
    return this.words.has(word)
  }

  get size(): number {
    return this.words.size
  }

  values(): IterableIterator<string> {
    return this.words.values()
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words.values()
  }

  /** Can a word start at `at`? (One array read.) */
  startsAt(text: string, at: number): boolean {
    if (at >= text.length) return false
    const code = text.charCodeAt(at)
    return ((this.starts[code >>> 5]! >>> (code & 31)) & 1) === 1
  }

  /** Can a word of two characters or more start at `at`? (Bit reads; false positives are rare.) */
  longStartsAt(text: string, at: number): boolean {
    return this.startsAt(text, at) && this.pairAt(text, at)
  }

  private pairAt(text: string, at: number): boolean {
    if (at + 1 >= text.length) return false
    const h = pairHash(text.charCodeAt(at), text.charCodeAt(at + 1))
    return ((this.pairs[h >>> 5]! >>> (h & 31)) & 1) === 1
  }

  /** The longest word starting at `at` (at least `min` characters long), or null. */
  longestAt(text: string, at: number, min = 1): string | null {
    if (!this.startsAt(text, at)) return null
    let node = this.first[text.charCodeAt(at)]!
    let best: string | null = null
    const w0 = this.ends[node]
    if (w0 !== null && w0 !== undefined && w0.length >= min) best = w0
    if (!this.pairAt(text, at)) return best
    for (let i = at + 1; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i))
      if (node < 0) break
      const w = this.ends[node]
      if (w !== null && w !== undefined && w.length >= min) best = w
    }
    return best
  }

  /** The word that is exactly `text[start, end)`, or null: a walk of the trie, no substring built. */
  wordAt(text: string, start: number, end: number): string | null {
    if (end <= start || end > text.length || !this.startsAt(text, start) || (end - start > 1 && !this.pairAt(text, start))) return null
    let node = this.first[text.charCodeAt(start)]!
    for (let i = start + 1; i < end && node >= 0; i++) node = this.child(node, text.charCodeAt(i))
    return node < 0 ? null : (this.ends[node] ?? null)
  }

  /** Every word starting at `at`, shortest first. */
  allAt(text: string, at: number): Array<string> {
    const out: Array<string> = []
    if (!this.startsAt(text, at)) return out
    let node = this.first[text.charCodeAt(at)]!
    const w0 = this.ends[node]
    if (w0 !== null && w0 !== undefined) out.push(w0)
    if (!this.pairAt(text, at)) return out
    for (let i = at + 1; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i))
      if (node < 0) break
      const w = this.ends[node]
      if (w !== null && w !== undefined) out.push(w)
    }
    return out
  }

  /** The positions of `text` whose character starts a word (one bit read each). */
  startsIn(text: string): Array<number> {
    const out: Array<number> = []
    for (let at = 0; at < text.length; at++) if (this.startsAt(text, at)) out.push(at)
    return out
  }

  /**
   * Every occurrence of every word in `text`, by position (shortest word first at one position).
   * `starts`: where words may start, when a walk for several sets (StartIndex) found them already.
   */
  occurrencesIn(text: string, starts: ReadonlyArray<number> = this.startsIn(text)): Array<{ readonly at: number; readonly word: string }> {
    const out: Array<{ at: number; word: string }> = []
    for (const at of starts) for (const word of this.allAt(text, at)) out.push({ at, word })
    return out
  }

  /** The longest word ending at `end` (exclusive), or null. Tries every length: use on short strings. */
  longestEndingAt(text: string, end: number, min = 1): string | null {
    for (let len = Math.min(this.maxLength, end); len >= min; len--) {
      const s = text.slice(end - len, end)
      if (this.words.has(s)) return s
    }
    return null
  }
}

/** 16 bits from a pair of code units. */
const pairHash = (a: number, b: number): number => Math.imul(a * 65536 + b, 0x9e3779b1) >>> 16
