import { isUtf8 } from "node:buffer"
import iconv from "iconv-lite"
import { BinaryDocument, type DecodeError, EmptyDocument, UndecodableDocument } from "./errors.ts"

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030"

export interface DecodedText {
  readonly text: string
  readonly encoding: Encoding
}

/** Magic numbers of common binary formats that get fed to text tools by mistake. */
const binarySignatures: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (docx/xlsx?)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["WebP/RIFF media", [0x52, 0x49, 0x46, 0x46]],
  ["BMP image", [0x42, 0x4d]],
  ["OLE document (doc/xls)", [0xd0, 0xcf, 0x11, 0xe0]]
]

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)

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
 * Detects the encoding of a document's bytes and decodes it. BOMs decide first; then strict UTF-8;
 * then GB18030 (a superset of GBK/GB2312) when the result reads as Chinese; UTF-16 without a BOM is
 * accepted only when the NUL-byte pattern makes it unambiguous. Everything else is a typed error.
 */
export const decodeBytes = (document: string, bytes: Uint8Array): DecodedText | DecodeError => {
  if (bytes.length === 0) return new EmptyDocument({ document, reason: "the file is empty (0 bytes)" })
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(document, bytes.subarray(3), "utf-8", Buffer.from(bytes.subarray(3)).toString("utf8"))
  if (startsWith(bytes, [0xff, 0xfe])) return finish(document, bytes, "utf-16le", iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"))
  if (startsWith(bytes, [0xfe, 0xff])) return finish(document, bytes, "utf-16be", iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"))
  for (const [name, sig] of binarySignatures) {
    if (startsWith(bytes, sig)) return new BinaryDocument({ document, reason: `binary content: looks like a ${name}` })
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
    return new BinaryDocument({ document, reason: `binary content: ${nuls} NUL byte(s) in the first ${sample.length} bytes` })
  }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return finish(document, bytes, "utf-8", utf8)
  const gb = iconv.decode(Buffer.from(bytes), "gb18030")
  if (!gb.includes("\ufffd") && cjkShare(gb) > 0.3) return finish(document, bytes, "gb18030", gb)
  return new UndecodableDocument({
    document,
    reason: "not valid UTF-8, and GB18030/GBK decoding does not yield Chinese text (unknown or mixed encoding)"
  })
}

const finish = (document: string, _bytes: Uint8Array, encoding: Encoding, text: string): DecodedText | DecodeError => {
  if (text.trim().length === 0) return new EmptyDocument({ document, reason: "the file holds only white space" })
  if (controlShare(text) > 0.05) return new BinaryDocument({ document, reason: "binary content: too many control characters" })
  return { text, encoding }
}
