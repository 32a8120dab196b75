/**
 * One character, normalised for the extractors: every kind of space becomes an ASCII space,
 * full-width ASCII letters/digits become half-width, invisible format characters disappear.
 * Chinese punctuation is kept: it carries sentence structure.
 */
export const normalizeChar = (ch: string): string => {
  const c = ch.charCodeAt(0)
  if (c === 0x20 || c === 0x0a) return ch
  if (c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f)
    return " "
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return ""
  if (c < 0x20 || c === 0x7f) return c === 0x0c || c === 0x0b ? "\n" : ""
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0)
  return ch
}
