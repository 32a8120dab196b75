/**
 * Posting lists for candidate generation, without an object per list: every distinct lookup key gets a
 * slot number, members are chained through typed arrays, and a list only counts past its cap. A corpus of
 * 100k mentions files ~7M (key, mention) postings; kept as JS arrays and boxed keys they would make the
 * garbage collector, not the algorithm, set the pace.
 */
export class Buckets {
  private count = new Int32Array(1024)
  private head = new Int32Array(1024)
  private cap = new Int32Array(1024)
  private kind = new Uint8Array(1024)
  private member = new Int32Array(4096)
  private next = new Int32Array(4096)
  private slots = 0
  private entries = 0

  /** A new, empty posting list with its cap and a kind (a small number the caller gives meaning to). */
  newSlot(cap: number, kind: number): number {
    if (this.slots === this.count.length) {
      this.count = grow(this.count)
      this.head = grow(this.head)
      this.cap = grow(this.cap)
      const k = new Uint8Array(this.kind.length * 2)
      k.set(this.kind)
      this.kind = k
    }
    const slot = this.slots++
    this.head[slot] = -1
    this.cap[slot] = cap
    this.kind[slot] = kind
    return slot
  }

  add(slot: number, mention: number): void {
    const c = this.count[slot]!
    this.count[slot] = c + 1
    // a list over its cap proposes nothing: its members need not be kept
    if (c >= this.cap[slot]! + 1) return
    if (this.entries === this.member.length) {
      this.member = grow(this.member)
      this.next = grow(this.next)
    }
    const e = this.entries++
    this.member[e] = mention
    this.next[e] = this.head[slot]!
    this.head[slot] = e
  }

  /** Every list with 2..cap members. */
  *lists(): Generator<{ readonly members: Array<number>; readonly kind: number }> {
    for (let s = 0; s < this.slots; s++) {
      const c = this.count[s]!
      if (c < 2 || c > this.cap[s]!) continue
      const members: Array<number> = []
      for (let e = this.head[s]!; e >= 0; e = this.next[e]!) members.push(this.member[e]!)
      yield { members, kind: this.kind[s]! }
    }
  }
}

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/** Open addressing from a number key (an integer below 2^53) to a slot, in typed arrays. */
export class NumberSlots {
  private keys = new Float64Array(1024).fill(Number.NaN)
  private values = new Int32Array(1024)
  private size = 0

  /** The slot of `key`, made with `make` the first time the key is seen. */
  slotOf(key: number, make: () => number): number {
    if (this.size * 2 >= this.keys.length) this.rehash()
    const mask = this.keys.length - 1
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!
      if (k === key) return this.values[i]!
      if (k !== k) {
        // NaN: an empty place
        const v = make()
        this.keys[i] = key
        this.values[i] = v
        this.size++
        return v
      }
    }
  }

  private rehash(): void {
    const oldKeys = this.keys
    const oldValues = this.values
    this.keys = new Float64Array(oldKeys.length * 2).fill(Number.NaN)
    this.values = new Int32Array(oldKeys.length * 2)
    const mask = this.keys.length - 1
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j]!
      if (k !== k) continue
      let i = hash(k) & mask
      while (this.keys[i] === this.keys[i]) i = (i + 1) & mask
      this.keys[i] = k
      this.values[i] = oldValues[j]!
    }
  }
}

const TWO32 = 0x100000000
const hash = (key: number): number => {
  let h = (key % TWO32 ^ Math.imul(Math.floor(key / TWO32), 0x9e3779b1)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}
