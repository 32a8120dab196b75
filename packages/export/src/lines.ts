/**
 * 1-based line of a raw offset in `text`, by binary search over line starts. Lines end at \n (so \r\n too);
 * this is how editors and `sed -n Np` count, and how the store keeps line starts.
 */
export const lineIndex = (text: string): ((offset: number) => number) => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** A `lineOf` for `monthlyReport` from raw document texts by name (undefined for documents not given). */
export const lineLookupFromTexts = (texts: ReadonlyMap<string, string>): ((document: string, offset: number) => number | undefined) => {
  const cache = new Map<string, (offset: number) => number>()
  return (document, offset) => {
    let f = cache.get(document)
    if (f === undefined) {
      const text = texts.get(document)
      if (text === undefined) return undefined
      f = lineIndex(text)
      cache.set(document, f)
    }
    return f(offset)
  }
}
