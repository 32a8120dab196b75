import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { shortGramQuery, shortGrams } from "../src/short-grams.ts"

// a small alphabet, so that pairs repeat and queries often occur: Han, ASCII in both cases, a digit, a
// character outside the BMP, punctuation and a space that end runs
const alphabet = fc.constantFrom("郑", "州", "市", "会", "议", "G", "g", "5", "𠀋", "，", "·", " ", "\n")
const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(""))
const query = fc.array(alphabet, { minLength: 1, maxLength: 2 }).map((cs) => cs.join(""))

/** SQLite's LIKE '%q%': a substring, ASCII letters in any case. */
const like = (t: string, q: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase()).includes(q.replace(/[A-Z]/g, (c) => c.toLowerCase()))

/** What FTS5 answers for the query on a row holding these terms: the term, or with ` *` any term it begins. */
const ftsMatches = (grams: string, match: string) => {
  const terms = grams.split(" ")
  const prefix = match.endsWith(" *")
  const term = match.replace(/ \*$/, "").replace(/"/g, "")
  return terms.some((t) => (prefix ? t.startsWith(term) : t === term))
}

describe("the character-pair index of short searches", () => {
  it("finds every row the substring test accepts, for every query of letters and digits", () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const match = shortGramQuery(q)
        if (match === undefined) return
        if (like(t, q)) expect(ftsMatches(shortGrams(t), match)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })

  it("serves only queries of one or two letters or digits (others stay a substring scan)", () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(shortGramQuery(q) !== undefined).toBe(/^[\p{L}\p{N}]+$/u.test(q))
      })
    )
    expect(shortGramQuery("会议室")).toBeUndefined()
  })

  it("narrows: a pair the text does not hold, or holds only across punctuation, is not matched", () => {
    const grams = shortGrams("郑州，市会议")
    expect(ftsMatches(grams, shortGramQuery("郑州")!)).toBe(true)
    expect(ftsMatches(grams, shortGramQuery("州市")!)).toBe(false)
    expect(ftsMatches(grams, shortGramQuery("议会")!)).toBe(false)
    // a run's last character is found alone
    expect(ftsMatches(grams, shortGramQuery("州")!)).toBe(true)
    expect(ftsMatches(grams, shortGramQuery("议")!)).toBe(true)
    expect(ftsMatches(grams, shortGramQuery("省")!)).toBe(false)
  })
})
