/**
 * Lines of a raw document, as editors and `sed -n Np` count them: a line ends at \n (so \r\n too). The
 * store keeps a document's line starts; reports turn a source's offset into its 1-based line.
 */
export const lineStartsOf = (text: string): Array<number> => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/** The 1-based line holding `offset`, by binary search over ascending line starts. */
export const lineAt = (starts: ReadonlyArray<number>, offset: number): number => {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
