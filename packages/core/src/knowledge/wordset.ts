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
  private readonly edgeNode: Int32Array
  private readonly edgeCode: Int32Array
  private readonly edgeChild: Int32Array
  private readonly mask: number
  /** 1 for every code unit a word starts with. */
  private readonly first: Uint8Array
  readonly maxLength: number

  constructor(words: Iterable<string>) {
    this.words = new Set()
    for (const w of words) if (w.length > 0) this.words.add(w)
    let edges = 0
    for (const w of this.words) edges += w.length
    let size = 16
    while (size < edges * 2) size *= 2
    this.mask = size - 1
    this.edgeNode = new Int32Array(size).fill(-1)
    this.edgeCode = new Int32Array(size)
    this.edgeChild = new Int32Array(size)
    this.first = new Uint8Array(65536)
    this.ends = [null]
    let max = 0
    for (const w of this.words) {
      this.first[w.charCodeAt(0)] = 1
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
      max = Math.max(max, w.length)
    }
    this.maxLength = max
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask
  }

  private child(node: number, code: number): number {
    for (let i = this.slot(node, code); ; i = (i + 1) & this.mask) {
      const n = this.edgeNode[i]!
      if (n === -1) return -1
      if (n === node && this.edgeCode[i] === code) return this.edgeChild[i]!
    }
  }

  private insert(node: number, code: number, child: number): void {
    let i = this.slot(node, code)
    while (this.edgeNode[i] !== -1) i = (i + 1) & this.mask
    this.edgeNode[i] = node
    this.edgeCode[i] = code
    this.edgeChild[i] = child
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
    return at < text.length && this.first[text.charCodeAt(at)] === 1
  }

  /** The longest word starting at `at` (at least `min` characters long), or null. */
  longestAt(text: string, at: number, min = 1): string | null {
    if (at >= text.length || this.first[text.charCodeAt(at)] !== 1) return null
    let best: string | null = null
    let node = 0
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i))
      if (node < 0) break
      const w = this.ends[node]
      if (w !== null && w !== undefined && w.length >= min) best = w
    }
    return best
  }

  /** Every word starting at `at`, shortest first. */
  allAt(text: string, at: number): Array<string> {
    const out: Array<string> = []
    if (at >= text.length || this.first[text.charCodeAt(at)] !== 1) return out
    let node = 0
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i))
      if (node < 0) break
      const w = this.ends[node]
      if (w !== null && w !== undefined) out.push(w)
    }
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
