import { MappedTextBuilder, type MappedText } from "../builder.ts"
import { looksLikeHtml } from "../html.ts"
import { unescapeInto } from "./unescape.ts"

// Running text with string escapes in it (a program's string literal dumped as it is: `\n` between
// Chinese sentences, `\u201c`): recognised by escapes that stand in Chinese text, unescaped as a whole.

const escapeSequence = /\\(?:u[0-9a-fA-F]{4}|[nrt"'/\\])/g

const isWide = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff60)

// script and style hold program strings whose escapes are the program's (`"<\/script>"`), not the page's
const programOpen = /<(script|style)\b/gi
const programClose = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi } as const

/**
 * The [start, end) ranges of a page's script and style elements: what /<(script|style)\b[\s\S]*?<\/\1\s*>/gi
 * finds, read as an opening, then its closing looked for once: an element with no closing after it means
 * none after any later opening either (the pattern read to the end from each: quadratic).
 */
const programRanges = (raw: string): Array<readonly [number, number]> => {
  const ranges: Array<readonly [number, number]> = []
  if (!looksLikeHtml(raw)) return ranges
  const unclosed = { script: false, style: false }
  programOpen.lastIndex = 0
  for (let m = programOpen.exec(raw); m !== null; m = programOpen.exec(raw)) {
    const tag = m[1]!.toLowerCase() as keyof typeof programClose
    if (unclosed[tag]) continue
    const close = programClose[tag]
    close.lastIndex = m.index + m[0].length
    const c = close.exec(raw)
    if (c === null) {
      unclosed[tag] = true
      continue
    }
    ranges.push([m.index, c.index + c[0].length])
    programOpen.lastIndex = c.index + c[0].length
  }
  return ranges
}

/** Escapes that stand in Chinese text (next to a Chinese character, or encoding one): a dumped string literal. */
const escapesInChineseText = (raw: string, enough: number, skip: ReadonlyArray<readonly [number, number]>): boolean => {
  let found = 0
  let r = 0
  escapeSequence.lastIndex = 0
  for (let m = escapeSequence.exec(raw); m !== null; m = escapeSequence.exec(raw)) {
    const at = m.index
    while (r < skip.length && skip[r]![1] <= at) r++
    if (r < skip.length && skip[r]![0] <= at) {
      escapeSequence.lastIndex = skip[r]![1]
      continue
    }
    // an escaped backslash is one character: `\\n` is a backslash and an n
    if (at > 0 && raw[at - 1] === "\\") continue
    const end = at + m[0].length
    const encoded = m[0][1] === "u" && isWide(parseInt(m[0].slice(2), 16))
    if (encoded || (at > 0 && isWide(raw.charCodeAt(at - 1))) || (end < raw.length && isWide(raw.charCodeAt(end)))) {
      if (++found >= enough) return true
    }
  }
  return false
}

/** Two escapes or more in Chinese text, outside a page's scripts and styles. */
export const isEscapedText = (raw: string): boolean => raw.includes("\\") && escapesInChineseText(raw, 2, programRanges(raw))

/** Running text with string escapes in it: unescaped as a whole (a page's scripts and styles as they are), other backslashes kept. */
export const unescapedText = (raw: string): MappedText => {
  const out = new MappedTextBuilder()
  let at = 0
  for (const [s, e] of programRanges(raw)) {
    if (s > at) unescapeInto(raw.slice(0, s), at, null, "text", out)
    out.push(raw.slice(s, e), s, e)
    at = e
  }
  unescapeInto(raw, at, null, "text", out)
  return out.finish(raw.length)
}
