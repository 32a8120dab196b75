import { compose, type MappedText } from "../builder.ts"
import { looksLikeHtml, toPlainText } from "../html.ts"
import { isEscapedText, unescapedText } from "./escaped.ts"
import { isJson, jsonStrings } from "./json.ts"
import { isSqlDump, sqlStrings } from "./sql.ts"
import { isSourceCode, sourceStrings } from "./source.ts"
import { scriptStrings, scriptsHoldTheText } from "./page-scripts.ts"
import { worthReading } from "./worth-reading.ts"

/**
 * Text that real files hold inside containers: a JSON record or API response (`"<p>…<\/p>"`,
 * `\u201c`), an SQL dump's `INSERT INTO … VALUES ('…')` rows, a program's string literals (caption: '…'), a program's string literal with `\n`
 * between Chinese sentences. The container is recognised by its shape, its strings are unescaped, and the
 * HTML step then runs on what they hold. Every character keeps its raw offset: an unescaped character
 * maps to the start of its escape. One file per container (json.ts, sql.ts, escaped.ts) over unescape.ts.
 */
export type Container = "json" | "sql" | "source" | "escaped"

export interface Unwrapped {
  readonly container: Container
  /** The strings the container holds, in document order, each mapped to raw offsets. */
  readonly pieces: ReadonlyArray<MappedText>
}

/** The container a text is, by its shape; null for plain text and HTML. */
export const detectContainer = (raw: string): Container | null => {
  if (isJson(raw)) return "json"
  if (isSqlDump(raw)) return "sql"
  if (isSourceCode(raw)) return "source"
  if (isEscapedText(raw)) return "escaped"
  return null
}

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

const unwrapAt = (raw: string, depth: number): Unwrapped | null => {
  const container = detectContainer(raw)
  if (container === null) return null
  if (container === "escaped") return { container, pieces: [unescapedText(raw)] }
  const pieces: Array<MappedText> = []
  for (const piece of container === "json" ? jsonStrings(raw) : container === "sql" ? sqlStrings(raw) : sourceStrings(raw)) addPiece(pieces, piece, depth)
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
    const plain = toPlainText(raw, html)
    // a page built by its scripts: what it shows, then the strings its scripts hold
    const scripts = html && raw.includes("<script") ? scriptStrings(raw) : []
    if (!scriptsHoldTheText(plain.text, scripts)) return { html, plain, container: null }
    const parts = [plain, ...scripts.map((p) => compose(p.map, toPlainText(p.text, true)))].filter((p) => p.text.trim().length > 0)
    return { html, plain: joined(parts, raw.length), container: "source" }
  }
  const html = looksLikeHtml(unwrapped.pieces.map((p) => p.text).join("\n"))
  const parts: Array<MappedText> = []
  for (const p of unwrapped.pieces) {
    const plain = compose(p.map, toPlainText(p.text, html))
    if (plain.text.trim().length === 0) continue
    parts.push(plain)
  }
  return { html, plain: joined(parts, raw.length), container: unwrapped.container }
}

/** Pieces of text one a line, each character still mapped to its raw offset. */
const joined = (parts: ReadonlyArray<MappedText>, rawLength: number): MappedText => {
  let length = 0
  for (const p of parts) length += p.text.length + 1
  const map = new Int32Array(Math.max(1, length))
  let at = 0
  for (const p of parts) {
    map.set(p.map.subarray(0, p.text.length), at)
    at += p.text.length
    // the line break between two strings stands where the first one ends
    map[at++] = p.map[p.text.length]!
  }
  // the last string's line break becomes the end
  map[Math.max(0, length - 1)] = rawLength
  return { text: parts.map((p) => p.text).join("\n"), map }
}
