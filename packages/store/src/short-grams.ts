/**
 * The index behind one- and two-character searches on SQLite. A word index cannot serve them (郑州 is one
 * jieba token, 州市 none), so they were a substring test over every event's text: fast when the word is
 * common (the date walk fills a page at once), half a second on 100,000 events when no event has it.
 *
 * Each event's text is indexed by its character pairs: within every run of letters and digits, each two
 * adjacent characters, and the run's last character alone. A two-character query is then one term, a
 * one-character query a prefix (the pairs it begins, or the run it ends). That is a superset of what the
 * substring test (LIKE, which folds ASCII case only) accepts — every occurrence of a query made of letters
 * and digits lies inside one run — and the substring test beside it keeps only real occurrences.
 *
 * Terms are the characters' code points in hex (six digits each, ASCII letters folded to lower case first,
 * as LIKE folds them), so the FTS5 tokenizer never splits, folds or strips a term on its own.
 */

const RUN = /[\p{L}\p{N}]+/gu
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]{1,2}$/u

/** LIKE's case folding: ASCII only. */
const foldAscii = (c: string): string => (c >= "A" && c <= "Z" ? c.toLowerCase() : c)

const hex = (c: string): string => foldAscii(c).codePointAt(0)!.toString(16).padStart(6, "0")

/** The terms of a text, space-separated (each once). */
export const shortGrams = (text: string): string => {
  const terms = new Set<string>()
  for (const run of text.match(RUN) ?? []) {
    const cs = [...run].map(hex)
    for (let i = 0; i + 1 < cs.length; i++) terms.add(cs[i]! + cs[i + 1]!)
    terms.add(cs[cs.length - 1]!)
  }
  return [...terms].join(" ")
}

/**
 * The FTS5 query for a one- or two-character search, or undefined when the index cannot answer it (a
 * query holding anything but letters and digits: its occurrences may cross runs).
 */
export const shortGramQuery = (q: string): string | undefined => {
  if (!LETTERS_AND_DIGITS.test(q)) return undefined
  const term = [...q].map(hex).join("")
  return [...q].length === 1 ? `"${term}" *` : `"${term}"`
}
