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
export const normalizeForDedup = (text: string): string => {
  let out = ""
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (ignorable(c)) continue
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i]
  }
  return out
}
