import type { WordSet } from "./wordset.ts"

/**
 * Where the words of several sets may start in a text, found in one walk: a table holds, for every
 * code unit, one bit per set whose words can start with it. The extractors of a mention each looked
 * for their own words at every character; this walk reads each character once for all of them.
 * The sets are named, and so are their positions: a caller reads them by name, not by order.
 */
export class StartIndex<K extends string> {
  private readonly table: Uint32Array
  private readonly names: ReadonlyArray<K>

  constructor(sets: Readonly<Record<K, WordSet>>) {
    this.names = Object.keys(sets) as Array<K>
    if (this.names.length > 32) throw new Error("StartIndex: at most 32 word sets")
    const list = this.names.map((n) => sets[n])
    this.table = new Uint32Array(65536)
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c)
      let bits = 0
      list.forEach((s, i) => {
        if (s.startsAt(ch, 0)) bits |= 1 << i
      })
      this.table[c] = bits
    }
  }

  /** For each set, the ascending positions whose character starts one of its words. */
  positions(text: string): Record<K, Array<number>> {
    const out: Array<Array<number>> = this.names.map(() => [])
    const table = this.table
    for (let i = 0; i < text.length; i++) {
      let bits = table[text.charCodeAt(i)]!
      while (bits !== 0) {
        const low = bits & -bits
        out[31 - Math.clz32(low)]!.push(i)
        bits ^= low
      }
    }
    const named = {} as Record<K, Array<number>>
    this.names.forEach((n, i) => (named[n] = out[i]!))
    return named
  }
}
