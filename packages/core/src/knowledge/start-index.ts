import type { WordSet } from "./wordset.ts"

/**
 * Where the words of several sets may start in a text, found in one walk: a table holds, for every
 * code unit, one bit per set whose words can start with it. The extractors of a mention each looked
 * for their own words at every character; this walk reads each character once for all of them.
 */
export class StartIndex {
  private readonly table: Uint32Array

  constructor(private readonly sets: ReadonlyArray<WordSet>) {
    if (sets.length > 32) throw new Error("StartIndex: at most 32 word sets")
    this.table = new Uint32Array(65536)
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c)
      let bits = 0
      sets.forEach((s, i) => {
        if (s.startsAt(ch, 0)) bits |= 1 << i
      })
      this.table[c] = bits
    }
  }

  /** For each set (in the order given), the ascending positions whose character starts one of its words. */
  positions(text: string): Array<Array<number>> {
    const out: Array<Array<number>> = this.sets.map(() => [])
    const table = this.table
    for (let i = 0; i < text.length; i++) {
      let bits = table[text.charCodeAt(i)]!
      while (bits !== 0) {
        const low = bits & -bits
        out[31 - Math.clz32(low)]!.push(i)
        bits ^= low
      }
    }
    return out
  }
}
