import { WordSet } from "../knowledge/wordset.ts"

/**
 * Injected gambling/SEO spam: runs like `90分钟足球网_bet36亚洲体育¥在线官网` pasted where a name stood.
 * A run is seeded by words from data/spam-words.txt and grows over adjacent ASCII/symbol characters
 * (and short Chinese gaps between such pieces). A lone spam word in ordinary prose (打击赌博) is not
 * enough: the run needs two word hits, or one hit glued to ASCII/symbol noise.
 */

const isAsciiNoise = (c: string): boolean => /[A-Za-z0-9_¥￥$@#|~.\-+]/.test(c)
const isHan = (c: string): boolean => /\p{Script=Han}/u.test(c)

export interface SpamMatcher {
  readonly words: WordSet
}

export const makeSpamMatcher = (words: ReadonlyArray<string>): SpamMatcher => ({
  words: new WordSet(words.map((w) => w.toLowerCase()))
})

const asciiWord = /^[a-z0-9]+$/
const letter = /[a-z]/i

/**
 * The code units toLowerCase may change: A–Z and everything outside the ranges known to have no case
 * (ASCII, general punctuation, CJK symbols and ideographs, fullwidth forms but Ａ–Ｚ). A character
 * class: the expression engine scans a line for it faster than a loop.
 */
const mayChangeCase = /[A-Z\u0080-\u1fff\u2100-\u2fff\ua000-\ufeff\uff21-\uff3a\ufffe\uffff]/

/** `line.toLowerCase()`, without the copy for the lines (nearly all) that have nothing to lower. */
export const lowered = (line: string): string => (mayChangeCase.test(line) ? line.toLowerCase() : line)

/** [start, end) ranges of `line` to remove as spam. */
export const findSpam = (line: string, matcher: SpamMatcher): Array<[number, number]> => {
  const lower = lowered(line)
  // most lines hold no spam word at all: the marks are only made once one is found
  let hit: Uint8Array | null = null
  let starts: Uint8Array | null = null
  let hits = 0
  // one walk over the line: the trie answers every word that starts at each position
  for (const { at, word: w } of matcher.words.occurrencesIn(lower)) {
    // ASCII words must stand alone among ASCII letters (no `bet` inside `alphabet`)
    const before = line[at - 1]
    const after = line[at + w.length]
    const bounded = !asciiWord.test(w) || ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after)))
    if (!bounded) continue
    hit ??= new Uint8Array(line.length)
    starts ??= new Uint8Array(line.length)
    for (let k = at; k < at + w.length; k++) hit[k] = 1
    starts[at] = 1
    hits++
  }
  if (hits === 0 || hit === null || starts === null) return []
  return spamRanges(line, hit, starts)
}

/** Grows the word hits of a line into the runs of spam to remove. */
const spamRanges = (line: string, hit: Uint8Array, starts: Uint8Array): Array<[number, number]> => {
  const ranges: Array<[number, number]> = []
  let i = 0
  while (i < line.length) {
    if (hit[i] !== 1) {
      i++
      continue
    }
    let s = i
    let e = i
    while (e < line.length && hit[e] === 1) e++
    // grow over noise and further hits; absorb a short Han gap only when noise lies on its far side
    let grew = true
    while (grew) {
      grew = false
      while (e < line.length && (hit[e] === 1 || isAsciiNoise(line[e]!))) {
        e++
        grew = true
      }
      while (s > 0 && (hit[s - 1] === 1 || isAsciiNoise(line[s - 1]!))) {
        s--
        grew = true
      }
      for (let gap = 1; gap <= 3 && s - gap - 1 >= 0; gap++) {
        const far = line[s - gap - 1]!
        const gapText = line.slice(s - gap, s)
        if (![...gapText].every(isHan)) break
        if (/[0-9A-Za-z]/.test(far) || hit[s - gap - 1] === 1) {
          s = s - gap
          grew = true
          break
        }
      }
      for (let gap = 1; gap <= 3 && e + gap < line.length; gap++) {
        const far = line[e + gap]!
        const gapText = line.slice(e, e + gap)
        if (![...gapText].every(isHan)) break
        if (hit[e + gap] === 1 || (/[0-9A-Za-z]/.test(far) && gap <= 1)) {
          e = e + gap
          grew = true
          break
        }
      }
    }
    // trim plain ASCII punctuation at the edges (a sentence's full stop is not spam)
    while (e > s && /[.\-+]/.test(line[e - 1]!)) e--
    let wordHits = 0
    let noise = 0
    for (let k = s; k < e; k++) {
      if (starts[k] === 1) wordHits++
      if (hit[k] !== 1 && isAsciiNoise(line[k]!)) noise++
    }
    if (wordHits >= 2 || noise >= 2) ranges.push([s, e])
    i = Math.max(e, i + 1)
  }
  return ranges
}
