/** Character classes shared by the entity extractors. */

export const isHan = (c: string | undefined): boolean => {
  if (c === undefined) return false
  const x = c.charCodeAt(0)
  return (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || x === 0x3007
}

/** Ends a clause: punctuation (half or full width), line breaks and spaces. */
export const isClauseBreak = (c: string | undefined): boolean =>
  c === undefined || /[,，。；;：:！!？?\n\r\s]/.test(c)

/** Ends a sentence. */
export const isSentenceBreak = (c: string | undefined): boolean => c === undefined || /[。；;！!？?\n\r]/.test(c)

/** Does `text` have `word` at `at`? */
export const hasAt = (text: string, at: number, word: string): boolean => text.startsWith(word, at)

/** The longest word of `words` (a set, max length `max`) that starts at `at`. */
export const longestAt = (text: string, at: number, words: ReadonlySet<string>, max: number, min = 1): string | null => {
  for (let len = Math.min(max, text.length - at); len >= min; len--) {
    const w = text.slice(at, at + len)
    if (words.has(w)) return w
  }
  return null
}

/** The longest word of `words` that ends at `end` (exclusive). */
export const longestEndingAt = (text: string, end: number, words: ReadonlySet<string>, max: number, min = 1): string | null => {
  for (let len = Math.min(max, end); len >= min; len--) {
    const w = text.slice(end - len, end)
    if (words.has(w)) return w
  }
  return null
}

/** Start of the clause holding `at` (after the previous clause break). */
export const clauseStart = (text: string, at: number): number => {
  let i = at
  while (i > 0 && !isClauseBreak(text[i - 1])) i--
  return i
}

/** End of the clause holding `at` (the next clause break, exclusive). */
export const clauseEnd = (text: string, at: number): number => {
  let i = at
  while (i < text.length && !isClauseBreak(text[i])) i++
  return i
}

/** Index just after the first sentence (the lead: title line and first sentence of a chronicle entry). */
export const leadEnd = (text: string): number => {
  const m = /[。！？!?]/.exec(text)
  return m === null ? text.length : m.index + 1
}
