import { MappedTextBuilder, type MappedText } from "../builder.ts"

// Unescaping a string body with raw offsets kept: an unescaped character maps to the start of its escape.

export type Dialect = "json" | "sql" | "text"

const hex4 = (s: string, at: number): number => {
  if (at + 4 > s.length) return -1
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k)
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))) return -1
  }
  return parseInt(s.slice(at, at + 4), 16)
}

/**
 * Reads `\uXXXX` at `at` (the backslash), joining a surrogate pair written as two escapes. Returns the
 * text (empty for a lone surrogate) and where the escape ends, or null when it is no \u escape.
 */
const unicodeEscape = (s: string, at: number): { text: string; end: number } | null => {
  const cp = hex4(s, at + 2)
  if (cp < 0) return null
  if (cp >= 0xd800 && cp <= 0xdbff) {
    const low = s[at + 6] === "\\" && s[at + 7] === "u" ? hex4(s, at + 8) : -1
    if (low >= 0xdc00 && low <= 0xdfff) return { text: String.fromCharCode(cp, low), end: at + 12 }
    return { text: "", end: at + 6 }
  }
  if (cp >= 0xdc00 && cp <= 0xdfff) return { text: "", end: at + 6 }
  return { text: String.fromCharCode(cp), end: at + 6 }
}

/**
 * Unescapes the string body `raw[from, …)` up to its closing `quote` (or, with no quote, the end), in the
 * given dialect, pushing into `out` with raw offsets. Returns the offset of the closing quote (or the end).
 * JSON and JavaScript: \" \\ \/ \b \f \n \r \t \uXXXX; SQL (MySQL): \0 \' \" \b \n \r \t \Z \\ and a
 * doubled quote; `\r\n` written as two escapes is one line break.
 */
export const unescapeInto = (raw: string, from: number, quote: string | null, dialect: Dialect, out: MappedTextBuilder): number => {
  const n = raw.length
  let i = from
  let run = from
  const flush = (to: number) => {
    if (to > run) out.push(raw.slice(run, to), run, to)
  }
  while (i < n) {
    const ch = raw[i]!
    if (quote !== null && ch === quote) {
      if (dialect === "sql" && raw[i + 1] === quote) {
        flush(i)
        out.push(quote, i, i + 2)
        i += 2
        run = i
        continue
      }
      flush(i)
      return i
    }
    if (ch !== "\\" || i + 1 >= n) {
      i++
      continue
    }
    flush(i)
    const e = raw[i + 1]!
    let text: string
    let end = i + 2
    if (e === "n" || e === "r") {
      text = "\n"
      if (e === "r" && raw[i + 2] === "\\" && raw[i + 3] === "n") end = i + 4
    } else if (e === "t") text = "\t"
    else if (e === "u" && dialect !== "sql") {
      const u = unicodeEscape(raw, i)
      if (u === null) text = dialect === "text" ? "\\u" : "u"
      else {
        text = u.text
        end = u.end
      }
    } else if (e === "b" || (dialect === "sql" && (e === "0" || e === "Z"))) text = ""
    else if (e === "f") text = "\n"
    else if (e === '"' || e === "'" || e === "\\" || e === "/") text = e
    // in a string literal an unknown escape stands for its character; in running text it is no escape
    else text = dialect === "text" ? `\\${e}` : e
    if (text.length > 0) out.push(text, i, end)
    i = end
    run = i
  }
  flush(n)
  return n
}

/** The quoted string starting at `at` (its opening quote), unescaped, and where it ends after its closing quote. */
export const readString = (raw: string, at: number, dialect: Dialect): { piece: MappedText; end: number } => {
  const out = new MappedTextBuilder()
  const close = unescapeInto(raw, at + 1, raw[at]!, dialect, out)
  return { piece: out.finish(close), end: Math.min(raw.length, close + 1) }
}
