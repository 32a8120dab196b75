import { DecodingMode, EntityDecoder, htmlDecodeTree } from "entities/decode"

/**
 * HTML character references: every named reference of the HTML standard (the `entities` package holds the
 * full WHATWG table: &sup2; &rarr; &ldquo; &nbsp; …), decimal and hexadecimal numeric references.
 */

let decoded = ""
// one decoder for the whole process: decoding is synchronous, so calls never interleave
const decoder = new EntityDecoder(htmlDecodeTree, (cp) => {
  decoded += String.fromCodePoint(cp)
})

const run = (s: string, i: number): { text: string; length: number } | null => {
  decoded = ""
  // attribute mode: a reference without its semicolon ends where no letter or digit follows
  // (`&copy 2020` is ©, `?a=1&region=2` stays as written, as browsers read URLs)
  decoder.startEntity(DecodingMode.Attribute)
  let length = decoder.write(s, i + 1)
  if (length < 0) length = decoder.end()
  if (length <= 0) return null
  return { text: decoded, length }
}

// named references written in capitals that the standard lacks (&NBSP;, &MIDDOT;) are common in old pages
const upperName = /^&([A-Z][A-Za-z]{1,30});/

/** Decodes a character reference starting at `&`; returns the text and the reference's length, or null. */
export const decodeEntityAt = (s: string, i: number): { text: string; length: number } | null => {
  // the decoder reads at most one reference; a window keeps it from scanning a long run of digits
  const window = s.length - i > 48 ? s.slice(i, i + 48) : i === 0 ? s : s.slice(i)
  let r = run(window, 0)
  if (r === null) {
    const m = upperName.exec(window)
    if (m === null) return null
    const lower = run(`&${m[1]!.toLowerCase()};`, 0)
    if (lower === null || lower.length !== m[0].length) return null
    r = lower
  }
  // U+FFFD stands for a reference to nothing (&#0;, a surrogate, past U+10FFFF): nothing to keep
  return { text: r.text.replace(/\ufffd/g, ""), length: r.length }
}
