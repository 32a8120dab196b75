/**
 * Text as the deduplicator compares it: no punctuation, no spaces, ASCII lower-cased.
 * (The cleaner has already removed spam and joined broken lines.)
 */
export const normalizeForDedup = (text: string): string =>
  // native regex passes: a character loop with string appends allocates on every character
  text.replace(ignorableRun, "").replace(upperRun, (s) => s.toLowerCase())

/** Runs of the punctuation and spaces the deduplicator ignores: ASCII, general and CJK punctuation, full-width forms. */
const ignorableRun =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufeff]+/g
const upperRun = /[A-Z]+/g
