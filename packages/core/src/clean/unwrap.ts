import { compose, MappedTextBuilder, type MappedText } from "./builder.ts"
import { looksLikeHtml, toPlainText } from "./html.ts"

/**
 * Text that real files hold inside containers: a JSON record or API response (`"<p>…<\/p>"`,
 * `\u201c`), an SQL dump's `INSERT INTO … VALUES ('…')` rows, a program's string literal with `\n`
 * between Chinese sentences. The container is recognised by its shape, its strings are unescaped, and the
 * HTML step then runs on what they hold. Every character keeps its raw offset: an unescaped character
 * maps to the start of its escape.
 */
export type Container = "json" | "sql" | "escaped"

export interface Unwrapped {
  readonly container: Container
  /** The strings the container holds, in document order, each mapped to raw offsets. */
  readonly pieces: ReadonlyArray<MappedText>
}

// a JSON document: an object (or a list of them) whose first key is a string, or a list of strings;
// a JavaScript assignment or JSONP call around it is allowed
const jsonShape = /^[\s\ufeff]*(?:(?:var\s+|let\s+|const\s+)?[A-Za-z_$][\w$.]*\s*(?:=|\()\s*)?(?:\[\s*)*(?:\{\s*"(?:[^"\\\n]|\\.){0,200}"\s*:|\[\s*")/
const sqlInsert = /\b(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)?INTO\s[^;]{0,500}?\bVALUES?\s*\(/gi
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

/** The container a text is, by its shape; null for plain text and HTML. */
export const detectContainer = (raw: string): Container | null => {
  if (jsonShape.test(raw.length > 4096 ? raw.slice(0, 4096) : raw)) return "json"
  sqlInsert.lastIndex = 0
  if (sqlInsert.test(raw)) return "sql"
  if (raw.includes("\\") && escapesInChineseText(raw, 2, programRanges(raw))) return "escaped"
  return null
}

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

type Dialect = "json" | "sql" | "text"

/**
 * Unescapes the string body `raw[from, …)` up to its closing `quote` (or, with no quote, the end), in the
 * given dialect, pushing into `out` with raw offsets. Returns the offset of the closing quote (or the end).
 * JSON and JavaScript: \" \\ \/ \b \f \n \r \t \uXXXX; SQL (MySQL): \0 \' \" \b \n \r \t \Z \\ and a
 * doubled quote; `\r\n` written as two escapes is one line break.
 */
const unescapeInto = (raw: string, from: number, quote: string | null, dialect: Dialect, out: MappedTextBuilder): number => {
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

// a value worth reading: it holds Chinese (any non-ASCII), words with spaces, a date or markup; not an
// id, a number, a path or a URL
const hasNonAscii = /[^\x00-\x7f]/
const hasDate = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/
/**
 * Two letters, a space, two letters, on one line (the space may be the line break): what
 * /[A-Za-z]{2}[^\n]*\s[^\n]*[A-Za-z]{2}/ tests, in two passes (the pattern backtracked over the whole
 * line from every pair of letters: quadratic on a long value).
 */
const isProse = (s: string): boolean => {
  const n = s.length
  const letter = (i: number): boolean => {
    const c = s.charCodeAt(i)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  }
  // after[j]: two letters start after j with no line break between
  const after = new Uint8Array(n)
  let seen = 0
  for (let i = n - 1; i >= 0; i--) {
    after[i] = seen
    if (s.charCodeAt(i) === 10) seen = 0
    else if (i + 1 < n && letter(i) && letter(i + 1)) seen = 1
  }
  // before: two letters end before j with no line break between
  let before = 0
  for (let j = 0; j < n; j++) {
    if (before === 1 && after[j] === 1 && /\s/.test(s[j]!)) return true
    if (s.charCodeAt(j) === 10) before = 0
    else if (j >= 1 && letter(j - 1) && letter(j)) before = 1
  }
  return false
}
// markup, or Chinese written as numeric references (&#20013;)
const hasMarkup = /&#x?[0-9a-fA-F]+;|<\/?[a-zA-Z]/
const worthReading = (s: string): boolean => hasNonAscii.test(s) || hasDate.test(s) || isProse(s) || hasMarkup.test(s)

const maxDepth = 3

/** A string's text, unwrapped again when it is itself a container (a JSON document held in a string). */
const addPiece = (pieces: Array<MappedText>, piece: MappedText, depth: number): void => {
  if (!worthReading(piece.text)) return
  const inner = depth < maxDepth ? unwrapAt(piece.text, depth + 1) : null
  if (inner === null) {
    pieces.push(piece)
    return
  }
  for (const p of inner.pieces) pieces.push(compose(piece.map, p))
}

const readString = (raw: string, at: number, dialect: Dialect): { piece: MappedText; end: number } => {
  const out = new MappedTextBuilder()
  const close = unescapeInto(raw, at + 1, raw[at]!, dialect, out)
  return { piece: out.finish(close), end: Math.min(raw.length, close + 1) }
}

/** The values of a JSON document (keys left out), read leniently: a document cut short still gives its strings. */
const unwrapJson = (raw: string, depth: number): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  let i = raw.indexOf('"')
  while (i >= 0 && i < raw.length) {
    const { piece, end } = readString(raw, i, "json")
    let k = end
    while (k < raw.length && (raw[k] === " " || raw[k] === "\n" || raw[k] === "\r" || raw[k] === "\t")) k++
    if (raw[k] !== ":") addPiece(pieces, piece, depth)
    i = raw.indexOf('"', end)
  }
  return pieces
}

/** The string literals of every `INSERT … VALUES (…), (…);` statement of an SQL dump. */
const unwrapSql = (raw: string, depth: number): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  const n = raw.length
  sqlInsert.lastIndex = 0
  for (let m = sqlInsert.exec(raw); m !== null; m = sqlInsert.exec(raw)) {
    let i = sqlInsert.lastIndex
    let depth0 = 1
    // the tuples run until a `;` or anything but a comma between them
    while (i < n) {
      const c = raw[i]!
      if (c === "'" || c === '"') {
        const { piece, end } = readString(raw, i, "sql")
        addPiece(pieces, piece, depth)
        i = end
        continue
      }
      if (c === "(") depth0++
      else if (c === ")") depth0--
      else if (c === ";" && depth0 <= 0) break
      else if (c === "-" && raw[i + 1] === "-") {
        const eol = raw.indexOf("\n", i)
        i = eol < 0 ? n : eol
        continue
      } else if (c === "/" && raw[i + 1] === "*") {
        const close = raw.indexOf("*/", i + 2)
        i = close < 0 ? n : close + 2
        continue
      } else if (depth0 <= 0 && c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "\t") break
      i++
    }
    sqlInsert.lastIndex = i
  }
  return pieces
}

/** Running text with string escapes in it: unescaped as a whole (a page's scripts and styles as they are), other backslashes kept. */
const unwrapEscaped = (raw: string): Array<MappedText> => {
  const out = new MappedTextBuilder()
  let at = 0
  for (const [s, e] of programRanges(raw)) {
    if (s > at) unescapeInto(raw.slice(0, s), at, null, "text", out)
    out.push(raw.slice(s, e), s, e)
    at = e
  }
  unescapeInto(raw, at, null, "text", out)
  return [out.finish(raw.length)]
}

const unwrapAt = (raw: string, depth: number): Unwrapped | null => {
  const container = detectContainer(raw)
  if (container === null) return null
  const pieces = container === "json" ? unwrapJson(raw, depth) : container === "sql" ? unwrapSql(raw, depth) : unwrapEscaped(raw)
  return { container, pieces }
}

/** The strings a container holds, mapped to raw offsets; null when the text is no container. */
export const unwrapContainer = (raw: string): Unwrapped | null => unwrapAt(raw, 0)

/**
 * Raw decoded text → plain text with a map to raw offsets: a container is unwrapped first, and each string
 * it holds is read as HTML when the strings together carry markup; one string a line.
 */
export const unwrapToPlainText = (raw: string): { readonly html: boolean; readonly plain: MappedText; readonly container: Container | null } => {
  const unwrapped = unwrapContainer(raw)
  if (unwrapped === null) {
    const html = looksLikeHtml(raw)
    return { html, plain: toPlainText(raw, html), container: null }
  }
  const html = looksLikeHtml(unwrapped.pieces.map((p) => p.text).join("\n"))
  const parts: Array<MappedText> = []
  let length = 0
  for (const p of unwrapped.pieces) {
    const plain = compose(p.map, toPlainText(p.text, html))
    if (plain.text.trim().length === 0) continue
    parts.push(plain)
    length += plain.text.length + 1
  }
  const map = new Int32Array(Math.max(1, length))
  let at = 0
  for (const p of parts) {
    map.set(p.map.subarray(0, p.text.length), at)
    at += p.text.length
    // the line break between two strings stands where the first one ends
    map[at++] = p.map[p.text.length]!
  }
  // the last string's line break becomes the end
  map[Math.max(0, length - 1)] = raw.length
  return { html, plain: { text: parts.map((p) => p.text).join("\n"), map }, container: unwrapped.container }
}
