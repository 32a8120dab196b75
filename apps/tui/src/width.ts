/** Terminal columns of a character: CJK and full-width forms take two. */
export const charWidth = (cp: number): number => {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2
  return 1
}

export const displayWidth = (s: string): number => {
  let w = 0
  for (const ch of s) w += charWidth(ch.codePointAt(0)!)
  return w
}

/** Cut to at most `width` columns, ending with … when something was cut. */
export const truncate = (s: string, width: number): string => {
  if (width <= 0) return ""
  if (displayWidth(s) <= width) return s
  let out = ""
  let w = 0
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!)
    if (w + cw > width - 1) break
    out += ch
    w += cw
  }
  return `${out}…`
}

/** Truncate, then pad with spaces to exactly `width` columns. */
export const fit = (s: string, width: number): string => {
  // line breaks and tabs would break the row; runs of spaces are kept (they align calendar headers and hints)
  const t = truncate(s.replace(/[\r\n\t\u000b\u000c]/g, " "), width)
  return t + " ".repeat(Math.max(0, width - displayWidth(t)))
}

/** Characters a line may not start with (closing punctuation; kinsoku shori). */
export const NO_LINE_START = new Set([..."，。、；：？！）］｝〕〉》」』】〗〙〛”’…‥·・～,.;:?!)]}%"])
/** Characters a line may not end with (opening brackets). */
export const NO_LINE_END = new Set([..."（［｛〔〈《「『【〖〘〚“‘([{"])

const WORD = /^[A-Za-z0-9_]$/
const MAX_WORD = 24

/** One line of wrapped text: [start, end) in UTF-16 offsets of the text given. */
export interface LineSpan {
  readonly start: number
  readonly end: number
}

/**
 * Wraps text into lines of at most `width` columns, as offsets (so a caller can map raw positions to lines).
 * Line breaks follow kinsoku: when a line would start with closing punctuation (，。）」…) or end with an
 * opening bracket, characters are carried to the next line with it, as far as that next line still fits.
 */
export const wrapSpans = (text: string, width: number): Array<LineSpan> => {
  const out: Array<LineSpan> = []
  const w = Math.max(1, width)
  let paraStart = 0
  for (;;) {
    const nl = text.indexOf("\n", paraStart)
    const paraEnd = nl === -1 ? text.length : nl
    let lineStart = paraStart
    // the current line's characters: position, character, columns
    let chars: Array<{ pos: number; ch: string; cw: number }> = []
    let used = 0
    for (let i = paraStart; i < paraEnd; ) {
      const cp = text.codePointAt(i)!
      const ch = String.fromCodePoint(cp)
      const cw = charWidth(cp)
      if (used + cw > w && chars.length > 0) {
        let keep = chars.length
        let carried = 0
        while (keep > 1) {
          const next = keep === chars.length ? ch : chars[keep]!.ch
          const last = chars[keep - 1]!.ch
          // nor inside a Latin word or number (an id, a pinyin name), when the word is short enough to move
          const inWord = WORD.test(next) && WORD.test(last) && chars.length - keep < MAX_WORD
          if (!NO_LINE_START.has(next) && !NO_LINE_END.has(last) && !inWord) break
          if (carried + chars[keep - 1]!.cw + cw > w) break
          carried += chars[keep - 1]!.cw
          keep--
        }
        // when the rule cannot be met within the width, a plain break is better than an overflowing line
        const first = keep === chars.length ? ch : chars[keep]!.ch
        const stuck = NO_LINE_START.has(first) || NO_LINE_END.has(chars[keep - 1]!.ch) || (WORD.test(first) && WORD.test(chars[keep - 1]!.ch))
        if (keep < chars.length && stuck) keep = chars.length
        const breakAt = keep === chars.length ? i : chars[keep]!.pos
        out.push({ start: lineStart, end: breakAt })
        chars = chars.slice(keep)
        lineStart = breakAt
        used = chars.reduce((n, c) => n + c.cw, 0)
      }
      chars.push({ pos: i, ch, cw })
      used += cw
      i += ch.length
    }
    out.push({ start: lineStart, end: paraEnd })
    if (nl === -1) return out
    paraStart = nl + 1
  }
}

/** Wrap text into lines of at most `width` columns, with kinsoku line breaking (see wrapSpans). */
export const wrap = (s: string, width: number): Array<string> => wrapSpans(s, width).map((l) => s.slice(l.start, l.end))
