/**
 * Names in pinyin order: by the collator (汉语拼音 collation of the characters, contractions such as 重庆
 * included), so no pinyin needs loading. Comparing 37,000 names takes 40–150 ms, more than a key may take:
 * the browser sorts them while the user reads (idle.ts), a merge at a time, through an IncrementalSort that
 * gives exactly what sortByPinyin gives (both are stable sorts with one comparator).
 */

const zh = new Intl.Collator("zh-Hans-CN-u-co-pinyin")
export const comparePinyin = <A extends { readonly name: string }>(a: A, b: A): number => zh.compare(a.name, b.name)

export const sortByPinyin = <A extends { readonly name: string }>(items: ReadonlyArray<A>): ReadonlyArray<A> => [...items].sort(comparePinyin)

/** Rows sorted per step before merging starts. */
const RUN = 512

/** A bottom-up merge sort that does one run or one merge per step(). */
export class IncrementalSort<A extends { readonly name: string }> {
  private runs: Array<ReadonlyArray<A>> = []
  private next = 0
  private merged: Array<ReadonlyArray<A>> = []
  constructor(private readonly items: ReadonlyArray<A>) {}

  /** Does a bounded piece of the work; true when the order is ready (result()). */
  step(): boolean {
    if (this.next < this.items.length) {
      this.runs.push(this.items.slice(this.next, this.next + RUN).sort(comparePinyin))
      this.next += RUN
      return false
    }
    if (this.runs.length + this.merged.length <= 1) return true
    if (this.runs.length === 0) {
      // a round of merges is done: the merged runs are the next round's runs
      this.runs = this.merged
      this.merged = []
      return this.runs.length <= 1
    }
    const [a, b] = this.runs.splice(0, 2)
    this.merged.push(b === undefined ? a! : merge(a!, b))
    return false
  }

  result(): ReadonlyArray<A> {
    return this.runs[0] ?? this.merged[0] ?? []
  }
}

/** Merges two sorted runs; on a tie the left one's row first (stable, as Array.prototype.sort is). */
const merge = <A extends { readonly name: string }>(a: ReadonlyArray<A>, b: ReadonlyArray<A>): ReadonlyArray<A> => {
  const out: Array<A> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) out.push(comparePinyin(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!)
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}
