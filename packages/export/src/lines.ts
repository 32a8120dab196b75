import { lineAt, lineStartsOf } from "@dashiji/core"
/** 1-based line of a raw offset in `text` (core's lineStartsOf / lineAt: how the store counts lines too). */
export const lineIndex = (text: string): ((offset: number) => number) => {
  const starts = lineStartsOf(text)
  return (offset: number) => lineAt(starts, offset)
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
