/** Character classes shared by the entity extractors. */

export const isHanCode = (x: number): boolean => (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || x === 0x3007

export const isHan = (c: string | undefined): boolean => c !== undefined && isHanCode(c.charCodeAt(0))

const table = (chars: string): Uint8Array => {
  const t = new Uint8Array(65536)
  for (const c of chars) t[c.charCodeAt(0)] = 1
  return t
}
const clauseBreaks = table(",，。；;：:！!？?\n\r \t\u3000\u00a0")
const sentenceBreaks = table("。；;！!？?\n\r")

/** Ends a clause: punctuation (half or full width), line breaks and spaces. */
export const isClauseBreak = (c: string | undefined): boolean => c === undefined || clauseBreaks[c.charCodeAt(0)] === 1

/** Ends a sentence. */
export const isSentenceBreak = (c: string | undefined): boolean => c === undefined || sentenceBreaks[c.charCodeAt(0)] === 1

/** A lookup table of characters, for tests in inner loops. */
export const charTable = table
export const inTable = (t: Uint8Array, c: string | undefined): boolean => c !== undefined && t[c.charCodeAt(0)] === 1

/** Does `text` have `word` at `at`? */
export const hasAt = (text: string, at: number, word: string): boolean => text.startsWith(word, at)

/**
 * How far a clause or a sentence is read either way from a position: several times the longest seen in
 * real documents (about 150 and 600 characters). The extractors read the clause around every name and
 * trigger, so on a line without punctuation an unbounded read made them quadratic in its length.
 */
export const CLAUSE_WINDOW = 500
export const SENTENCE_WINDOW = 2000

/** Start of the run holding `at` that no character of `breaks` interrupts (just after the previous one). */
const runStart = (text: string, at: number, breaks: Uint8Array, window: number): number => {
  let i = Math.min(at, text.length)
  const lo = Math.max(0, i - window)
  while (i > lo && breaks[text.charCodeAt(i - 1)] !== 1) i--
  return i
}

/** End of the run starting at `at` (the next character of `breaks`, exclusive). */
const runEnd = (text: string, at: number, breaks: Uint8Array, window: number): number => {
  let i = at
  const hi = Math.min(text.length, at + window)
  while (i < hi && breaks[text.charCodeAt(i)] !== 1) i++
  return i
}

/** Start of the clause holding `at` (after the previous clause break; at most CLAUSE_WINDOW back). */
export const clauseStart = (text: string, at: number): number => runStart(text, at, clauseBreaks, CLAUSE_WINDOW)
/** End of the clause holding `at` (the next clause break, exclusive; at most CLAUSE_WINDOW on). */
export const clauseEnd = (text: string, at: number): number => runEnd(text, at, clauseBreaks, CLAUSE_WINDOW)
/** Start of the sentence holding `at` (after the previous sentence break; at most SENTENCE_WINDOW back). */
export const sentenceStart = (text: string, at: number): number => runStart(text, at, sentenceBreaks, SENTENCE_WINDOW)
/** End of the sentence holding `at` (the next sentence break, exclusive; at most SENTENCE_WINDOW on). */
export const sentenceEnd = (text: string, at: number): number => runEnd(text, at, sentenceBreaks, SENTENCE_WINDOW)

/**
 * Index just after the first sentence (the lead: title line and first sentence of a chronicle entry). A
 * sentence's end before any word is none (the ! of a page's ![image]() markup, a ? where a page lost a
 * character): the lead runs on to the end of the first sentence that holds Chinese text.
 */
export const leadEnd = (text: string): number => {
  // the first sentence end after the first Chinese character: one pass over the text (testing each end's
  // whole prefix for Chinese read a line of a million ? marks a million times)
  const firstHan = text.search(/\p{Script=Han}/u)
  if (firstHan < 0) return text.length
  const ends = /[。！？!?]/g
  ends.lastIndex = firstHan
  const m = ends.exec(text)
  return m === null ? text.length : m.index + 1
}

/**
 * A copy of `s` in one piece of memory. A slice of a longer string reads each character through its
 * parent, and the extractors read every character of a mention a dozen times: the copy measured about
 * twice as fast to scan, for one pass of copying. (The UTF-16 round trip keeps every code unit as is.)
 */
export const flatString = (s: string): string => (s.length < 16 ? s : Buffer.from(s, "utf16le").toString("utf16le"))
