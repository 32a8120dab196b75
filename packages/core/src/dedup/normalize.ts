/** Punctuation and spaces the deduplicator ignores: ASCII, general and CJK punctuation, full-width forms. */
const ignorable = (c: number): boolean =>
  c <= 0x2f ||
  (c >= 0x3a && c <= 0x40) ||
  (c >= 0x5b && c <= 0x60) ||
  (c >= 0x7b && c <= 0xbf) ||
  (c >= 0x2000 && c <= 0x206f) ||
  (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff00 && c <= 0xff0f) ||
  (c >= 0xff1a && c <= 0xff20) ||
  (c >= 0xff3b && c <= 0xff40) ||
  (c >= 0xff5b && c <= 0xff65) ||
  c === 0xfeff

/**
 * Text as the deduplicator compares it: no punctuation, no spaces, ASCII lower-cased.
 * (The cleaner has already removed spam and joined broken lines.)
 */
export const normalizeForDedup = (text: string): string =>
  // native regex passes: a character loop with string appends allocates on every character
  text.replace(ignorableRun, "").replace(upperRun, (s) => s.toLowerCase())

const ignorableRun =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufeff]+/g
const upperRun = /[A-Z]+/g
