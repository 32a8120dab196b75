/**
 * Byte-level evidence for the legacy Chinese encodings: what a page declares, and how well its bytes fit
 * the structure of GB18030 and Big5. Structure, not the share of Chinese characters, decides, because a
 * GBK page can be mostly markup (a search-result page is 90 % ASCII) and still be Chinese.
 */

export type DeclaredCharset = "utf-8" | "gb18030" | "big5"

// WHATWG encoding labels (https://encoding.spec.whatwg.org/#names-and-labels) of the encodings read here;
// GBK and GB2312 are subsets of GB18030, so one decoder reads all three
const labels: ReadonlyMap<string, DeclaredCharset> = new Map<string, DeclaredCharset>([
  ...["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"].map((l) => [l, "utf-8"] as const),
  ...[
    "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk",
    "gb18030", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "hz-gb-2312"
  ].map((l) => [l, "gb18030"] as const),
  ...["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "ms950", "windows-950"].map((l) => [l, "big5"] as const)
])

/** The encoding a label names (a Content-Type's charset), among those read here; null for any other. */
export const charsetOfLabel = (label: string): DeclaredCharset | null => labels.get(label.trim().toLowerCase()) ?? null

const declaration = /(?:charset|encoding)\s*=\s*["']?\s*([a-z0-9_.:-]+)/i

/**
 * The charset a page declares in its first KBs: `<meta charset=…>`, `content="text/html; charset=…"`,
 * `<?xml … encoding="…"?>`, or null when it declares none (or one not read here).
 */
export const declaredCharset = (bytes: Uint8Array): DeclaredCharset | null => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1")
  const m = declaration.exec(head)
  return m === null ? null : (labels.get(m[1]!.toLowerCase()) ?? null)
}

export interface ByteFit {
  /** Bytes ≥ 0x80 outside a sequence cut by the end of the file. */
  readonly high: number
  /** Of those, the bytes that belong to well-formed multi-byte sequences. */
  readonly valid: number
  /** Where the text ends without a multi-byte sequence cut by the end of the file (a truncated download). */
  readonly end: number
}

export const fitShare = (f: ByteFit): number => (f.high === 0 ? 1 : f.valid / f.high)

const isTrailGb = (b: number): boolean => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe)
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39

/**
 * One step of a byte-fit scan at a byte ≥ 0x80: a well-formed sequence (its length and how many of its
 * bytes are ≥ 0x80), a sequence cut by the end of the file (a truncated download), or no sequence (null).
 */
type Step = { readonly length: number; readonly high: number } | "cut" | null

/** Walks the bytes with an encoding's `stepAt`, counting the high bytes and those in well-formed sequences. */
const fitBy = (b: Uint8Array, stepAt: (b: Uint8Array, i: number) => Step): ByteFit => {
  let high = 0
  let valid = 0
  let i = 0
  while (i < b.length) {
    if (b[i]! < 0x80) {
      i++
      continue
    }
    const step = stepAt(b, i)
    if (step === "cut") return { high, valid, end: i }
    if (step === null) {
      high++
      i++
      continue
    }
    high += step.high
    valid += step.high
    i += step.length
  }
  return { high, valid, end: b.length }
}

const isLead = (c: number): boolean => c >= 0x81 && c <= 0xfe

/** A two-byte sequence of a lead and a trail (the trail may be an ASCII byte). */
const pair = (trail: number): Step => ({ length: 2, high: trail >= 0x80 ? 2 : 1 })

/**
 * How the bytes fit GB18030: a lead byte 0x81–0xFE with a trail 0x40–0x7E/0x80–0xFE, or the four-byte
 * form (lead, digit, lead, digit; first byte 0x81–0x84 for the BMP, 0x90–0xE3 beyond it).
 */
export const gb18030Fit = (b: Uint8Array): ByteFit =>
  fitBy(b, (b, i) => {
    const c = b[i]!
    if (!isLead(c)) return null
    if (i + 1 >= b.length) return "cut"
    const d = b[i + 1]!
    if (isTrailGb(d)) return pair(d)
    if (isDigit(d) && ((c >= 0x81 && c <= 0x84) || (c >= 0x90 && c <= 0xe3))) {
      if (i + 3 >= b.length) {
        // a four-byte sequence cut by the end of the file, when what is there fits
        const e = b[i + 2]
        if (e === undefined || isLead(e)) return "cut"
      } else if (isLead(b[i + 2]!) && isDigit(b[i + 3]!)) return { length: 4, high: 2 }
    }
    return null
  })

/** How the bytes fit Big5 (with the HKSCS extension iconv-lite decodes): lead 0x81–0xFE, trail 0x40–0x7E/0xA1–0xFE. */
export const big5Fit = (b: Uint8Array): ByteFit =>
  fitBy(b, (b, i) => {
    if (!isLead(b[i]!)) return null
    if (i + 1 >= b.length) return "cut"
    const d = b[i + 1]!
    return (d >= 0x40 && d <= 0x7e) || (d >= 0xa1 && d <= 0xfe) ? pair(d) : null
  })

/**
 * How the bytes fit UTF-8: well-formed sequences (no overlong forms, surrogates or code points past
 * U+10FFFF), and where the text ends without a sequence cut by the end of the file.
 */
export const utf8Fit = (b: Uint8Array): ByteFit =>
  fitBy(b, (b, i) => {
    const c = b[i]!
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1
    if (need < 0) return null
    // the second byte's range depends on the lead (no overlong forms, no surrogates, nothing past U+10FFFF)
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf
    let k = 1
    while (k <= need && i + k < b.length) {
      const d = b[i + k]!
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) break
      k++
    }
    if (k > need) return { length: need + 1, high: need + 1 }
    return i + k >= b.length ? "cut" : null
  })

/**
 * Share of the decoded non-ASCII characters that Chinese text almost never holds but Big5 bytes read as
 * GBK produce: Big5's commonest characters (lead bytes 0xA4–0xAF) fall on GBK's kana, Greek, Cyrillic,
 * pinyin and box-drawing rows and its private-use area.
 */
export const foreignRowShare = (s: string): number => {
  let nonAscii = 0
  let odd = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x0370 && c <= 0x04ff) ||
      (c >= 0x0100 && c <= 0x024f) ||
      (c >= 0x3100 && c <= 0x312f) ||
      (c >= 0x2500 && c <= 0x257f) ||
      (c >= 0xe000 && c <= 0xf8ff)
    )
      odd++
  }
  return nonAscii === 0 ? 0 : odd / nonAscii
}
