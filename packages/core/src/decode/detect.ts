import { isUtf8 } from "node:buffer"
import { Either } from "effect"
import iconv from "iconv-lite"
import { big5Fit, charsetOfLabel, declaredCharset, fitShare, foreignRowShare, gb18030Fit, utf8Fit } from "./charset.ts"
import { BinaryDocument, type DecodeError, EmptyDocument, UndecodableDocument } from "./errors.ts"

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5"

export interface DecodedText {
  readonly text: string
  readonly encoding: Encoding
}

/** The text, or why the bytes are none: an `Either`, so `yield*` in an Effect fails with the typed error. */
export type Decoded = Either.Either<DecodedText, DecodeError>

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)

const ascii = (s: string): ReadonlyArray<number> => [...s].map((c) => c.charCodeAt(0))

const u32le = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000

/**
 * Common binary formats that get fed to text tools by mistake. Short magic numbers that text can start
 * with (`BM`, `RIFF`, `GIF8`) are checked with more of their header.
 */
const binaryFormats: ReadonlyArray<readonly [string, (b: Uint8Array) => boolean]> = [
  ["PNG image", (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47])],
  ["JPEG image", (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ["GIF image", (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))],
  ["PDF document", (b) => startsWith(b, ascii("%PDF-"))],
  ["ZIP archive (docx/xlsx?)", (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04])],
  ["gzip archive", (b) => startsWith(b, [0x1f, 0x8b])],
  ["ELF executable", (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46])],
  // RIFF, a 4-byte size, then the form type
  ["WebP/RIFF media", (b) => startsWith(b, ascii("RIFF")) && b.length >= 12 && /^[A-Z0-9 ]{4}$/.test(Buffer.from(b.subarray(8, 12)).toString("latin1"))],
  // BM, the file size, two reserved 16-bit zeros, the offset of the pixels (past the 14-byte file header)
  ["BMP image", (b) => startsWith(b, [0x42, 0x4d]) && b.length >= 18 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0 && u32le(b, 10) >= 26 && u32le(b, 2) >= 26],
  ["OLE document (doc/xls)", (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])]
]

/**
 * The text when the bytes are valid UTF-8, else null. `isUtf8` (simdutf) is strict (no overlong forms,
 * surrogates or code points past U+10FFFF) and several times faster than a fatal TextDecoder; a BOM is
 * kept as U+FEFF, as before.
 */
const strictUtf8 = (b: Uint8Array): string | null =>
  isUtf8(b) ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8") : null

/** Share of decoded characters that are CJK ideographs or CJK punctuation. */
const cjkShare = (s: string): number => {
  let cjk = 0
  let letters = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c <= 0x20) continue
    letters++
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++
  }
  return letters === 0 ? 0 : cjk / letters
}

// control characters other than tab, line feed, form feed, carriage return; and U+FFFD
const control = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/

const controlShare = (s: string): number => {
  // a native scan answers for the usual text with none at all
  if (!control.test(s)) return 0
  let ctl = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) ctl++
  }
  return s.length === 0 ? 0 : ctl / s.length
}

/**
 * Detects the encoding of a document's bytes and decodes it. BOMs decide first; then strict UTF-8 (or
 * UTF-8 cut mid-character at the end); then a declared legacy charset, GB18030 (a superset of
 * GBK/GB2312) or Big5 by the structure of the bytes; UTF-16 without a BOM is accepted only when the
 * NUL-byte pattern makes it unambiguous. Everything else is a typed error (the Left).
 */
export const decodeBytes = (document: string, bytes: Uint8Array, charset?: string): Decoded => {
  if (bytes.length === 0) return Either.left(new EmptyDocument({ document, reason: "the file is empty (0 bytes)" }))
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(document, bytes.subarray(3), "utf-8", Buffer.from(bytes.subarray(3)).toString("utf8"))
  if (startsWith(bytes, [0xff, 0xfe])) return finish(document, bytes, "utf-16le", iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"))
  if (startsWith(bytes, [0xfe, 0xff])) return finish(document, bytes, "utf-16be", iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"))
  for (const [name, test] of binaryFormats) {
    if (test(bytes)) return Either.left(new BinaryDocument({ document, reason: `binary content: looks like a ${name}` }))
  }
  const sample = bytes.subarray(0, 1 << 16)
  let nuls = 0
  let evenNuls = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      nuls++
      if (i % 2 === 0) evenNuls++
    }
  }
  if (nuls > 0) {
    // UTF-16 without BOM: NULs fall regularly on one byte parity (ASCII-heavy text) — otherwise binary.
    const oddNuls = nuls - evenNuls
    // NULs (nearly) all on one byte parity: the high bytes of ASCII characters in UTF-16 (a few CJK
    // characters such as U+5F00 add NULs on the other). Accept it when the decoded text reads as text
    // (no control characters, and Chinese or mostly ASCII letters)
    if (nuls >= 2 && bytes.length % 2 === 0 && Math.max(evenNuls, oddNuls) >= 0.9 * nuls) {
      const enc = oddNuls > evenNuls ? "utf-16le" : "utf-16be"
      const text = iconv.decode(Buffer.from(bytes), enc)
      if (controlShare(text) < 0.01 && (cjkShare(text) > 0.3 || nuls > sample.length / 4)) return finish(document, bytes, enc, text)
    }
    return Either.left(new BinaryDocument({ document, reason: `binary content: ${nuls} NUL byte(s) in the first ${sample.length} bytes` }))
  }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return finish(document, bytes, "utf-8", utf8)
  return decodeLegacy(document, bytes, charset)
}

const decodeWith = (bytes: Uint8Array, end: number, encoding: "gb18030" | "big5"): string =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, end), encoding)

// what share of the high bytes must form well-formed sequences: a declared charset needs less evidence
const declaredFit = 0.9
const undeclaredFit = 0.95

/**
 * Bytes that are not valid UTF-8: UTF-8 cut mid-character at the end (a truncated download), else the
 * legacy encoding a page declares (`<meta charset=gbk>`, big5) when its bytes fit it, else GB18030 by the
 * structure of its byte pairs, else Big5. The share of Chinese characters decides nothing: a GBK page
 * can be mostly markup. Bytes that are mostly UTF-8 are never read as GB18030 (damaged UTF-8 read that
 * way is fluent-looking mojibake); a declared UTF-8 decides nothing (pages are re-saved in other encodings
 * with their meta tags unchanged).
 */
const decodeLegacy = (document: string, bytes: Uint8Array, charset?: string): Decoded => {
  const u = utf8Fit(bytes)
  if (u.end < bytes.length && u.valid === u.high) {
    // only the last character is cut: drop it
    const text = strictUtf8(bytes.subarray(0, u.end))
    if (text !== null) return finish(document, bytes, "utf-8", text)
  }
  if (fitShare(u) >= 0.9) {
    return Either.left(
      new UndecodableDocument({
        document,
        reason: `invalid UTF-8 (${u.high - u.valid} of ${u.high} non-ASCII bytes in no well-formed sequence), and not GB18030 or Big5`
      })
    )
  }
  // the server's Content-Type charset (a fetched page) counts as a declaration, as a browser reads it first
  const declared = (charset === undefined ? null : charsetOfLabel(charset)) ?? declaredCharset(bytes)
  const gb = gb18030Fit(bytes)
  const big5 = big5Fit(bytes)
  if (declared === "gb18030" && fitShare(gb) >= declaredFit) return finish(document, bytes, "gb18030", decodeWith(bytes, gb.end, "gb18030"))
  if (declared === "big5" && fitShare(big5) >= declaredFit) return finish(document, bytes, "big5", decodeWith(bytes, big5.end, "big5"))
  if (gb.valid > 0 && fitShare(gb) >= undeclaredFit) {
    const text = decodeWith(bytes, gb.end, "gb18030")
    // Big5 bytes fit GB18030's structure too; read as GBK they give kana and Greek, not Chinese
    if (foreignRowShare(text) < 0.1 || !(big5.valid > 0 && fitShare(big5) >= undeclaredFit)) return finish(document, bytes, "gb18030", text)
  }
  if (big5.valid > 0 && fitShare(big5) >= undeclaredFit) {
    const text = decodeWith(bytes, big5.end, "big5")
    if (foreignRowShare(text) < 0.1) return finish(document, bytes, "big5", text)
  }
  return Either.left(
    new UndecodableDocument({
      document,
      reason: `not valid UTF-8, and the non-ASCII bytes do not form GB18030/GBK or Big5 characters (${Math.round(fitShare(gb) * 100)} % fit GB18030): unknown or mixed encoding`
    })
  )
}

const finish = (document: string, _bytes: Uint8Array, encoding: Encoding, text: string): Decoded => {
  if (text.trim().length === 0) return Either.left(new EmptyDocument({ document, reason: "the file holds only white space" }))
  if (controlShare(text) > 0.05) return Either.left(new BinaryDocument({ document, reason: "binary content: too many control characters" }))
  return Either.right({ text, encoding })
}
