/**
 * Lines of a raw document, as editors and `sed -n Np` count them: a line ends at \n (so \r\n too). The
 * store keeps a document's line starts; reports turn a source's offset into its 1-based line.
 */
export const lineStartsOf = (text: string): Array<number> => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/**
 * The last of `n` ascending starts that is at or before `offset` (0 when none is): a binary search over
 * any list of line starts, read through `startAt`.
 */
export const lastStartAtOrBefore = (n: number, startAt: (i: number) => number, offset: number): number => {
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (startAt(mid) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The 1-based line holding `offset`, over ascending line starts. */
export const lineAt = (starts: ReadonlyArray<number>, offset: number): number => lastStartAtOrBefore(starts.length, (i) => starts[i]!, offset) + 1
