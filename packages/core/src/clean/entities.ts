/** The HTML character references that occur in Chinese news pages; numeric ones are decoded generally. */
const named: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  middot: "·",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  laquo: "«",
  raquo: "»",
  times: "×",
  copy: "©",
  reg: "®",
  yen: "¥",
  bull: "•"
}

/** Decodes a character reference starting at `&`; returns the text and the reference's length, or null. */
export const decodeEntityAt = (s: string, i: number): { text: string; length: number } | null => {
  const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?/.exec(s.slice(i, i + 12))
  if (m === null) return null
  const body = m[1]!
  if (body.startsWith("#")) {
    const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { text: "", length: m[0].length }
    return { text: String.fromCodePoint(cp), length: m[0].length }
  }
  const t = named[body.toLowerCase()]
  return t === undefined ? null : { text: t, length: m[0].length }
}
