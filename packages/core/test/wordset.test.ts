import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { StartIndex } from "../src/knowledge/start-index.ts"
import { WordSet } from "../src/knowledge/wordset.ts"

// a small alphabet (with a surrogate pair) so that random words and texts overlap often
const alphabet = fc.constantFrom("省", "委", "书", "记", "市", "长", "河", "南", "a", "𠀋")
const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""))
const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(""))

/** What the trie must agree with: the same questions answered by comparing substrings. */
const naive = (words: ReadonlyArray<string>) => ({
  allAt: (t: string, at: number) =>
    [...new Set(words)].filter((w) => t.startsWith(w, at) && at < t.length).sort((a, b) => a.length - b.length),
  wordAt: (t: string, s: number, e: number) => (e > s && e <= t.length && words.includes(t.slice(s, e)) ? t.slice(s, e) : null)
})

describe("WordSet", () => {
  it("finds the same words as substring comparison, at every position", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), text, (words, t) => {
        const set = new WordSet(words)
        const ref = naive(words)
        for (let at = 0; at <= t.length; at++) {
          const all = ref.allAt(t, at)
          expect(set.allAt(t, at)).toEqual(all)
          expect(set.longestAt(t, at)).toBe(all.at(-1) ?? null)
          expect(set.longestAt(t, at, 2)).toBe(all.filter((w) => w.length >= 2).at(-1) ?? null)
          expect(set.startsAt(t, at)).toBe(at < t.length && words.some((w) => w.charCodeAt(0) === t.charCodeAt(at)))
          for (let end = at; end <= t.length + 1; end++) expect(set.wordAt(t, at, end)).toBe(ref.wordAt(t, at, end))
        }
        expect(set.occurrencesIn(t)).toEqual([...Array(t.length).keys()].flatMap((at) => ref.allAt(t, at).map((w) => ({ at, word: w }))))
      }),
      { numRuns: 300 }
    )
  })

  it("answers the longest word ending at a position", () => {
    const set = new WordSet(["省委", "河南省委", "委"])
    expect(set.longestEndingAt("中共河南省委", 6)).toBe("河南省委")
    expect(set.longestEndingAt("中共河南省委", 6, 3)).toBe("河南省委")
    expect(set.longestEndingAt("中共河南省", 5)).toBeNull()
  })
})

describe("StartIndex", () => {
  it("gives every set the positions where one of its words may start, as each set would find them", () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), text, (lists, t) => {
        const sets = lists.map((l) => new WordSet(l))
        const positions = new StartIndex(Object.fromEntries(sets.map((s, i) => [`set${i}`, s]))).positions(t)
        expect(Object.keys(positions)).toEqual(sets.map((_, i) => `set${i}`))
        sets.forEach((s, i) => expect(positions[`set${i}`]).toEqual([...Array(t.length).keys()].filter((at) => s.startsAt(t, at))))
        // and the occurrences found from those positions are all of them
        sets.forEach((s, i) => expect(s.occurrencesIn(t, positions[`set${i}`])).toEqual(s.occurrencesIn(t)))
      }),
      { numRuns: 200 }
    )
  })
})
