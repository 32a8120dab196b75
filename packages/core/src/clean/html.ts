import { MappedTextBuilder, type MappedText } from "./builder.ts"
import { decodeEntityAt } from "./entities.ts"
import { normalizeChar } from "./normalize.ts"

const blockTags = new Set([
  "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dd", "dt", "dl", "title", "nav", "aside", "center", "form"
])
const droppedContent = new Set(["script", "style", "noscript", "template", "head", "iframe", "svg", "object"])

// Characters that are not copied unchanged (controls and spaces, entity starts, width variants to
// normalise; and < in HTML): a class, so that the end of a plain run is found by the expression engine
const notPlainClass = "\\x00-\\x20&\\x7f\\xa0\\xad\\u1680\\u2000-\\u200d\\u202f\\u205f\\u2060\\u3000\\ufeff\\uff10-\\uff5a"
const notPlainInText = new RegExp(`[${notPlainClass}]`, "g")
const notPlainInHtml = new RegExp(`[${notPlainClass}<]`, "g")

/** True when the text carries enough markup to be read as HTML. */
export const looksLikeHtml = (raw: string): boolean => {
  const sample = raw.length > 200_000 ? raw.slice(0, 200_000) : raw
  const tags = sample.match(/<\/?(?:p|div|span|br|table|td|tr|li|a|font|strong|b|img|h[1-6]|html|body|script|style)\b[^>]*>/gi)
  return tags !== null && tags.length >= 2
}

/**
 * HTML (or plain text) to text with an offset map: tags removed, block elements as line breaks,
 * script/style and comments dropped, character references decoded, spaces normalised.
 * Written as one linear scan so that broken or deeply nested markup costs no more than clean markup.
 */
export const toPlainText = (raw: string, html: boolean): MappedText => {
  const out = new MappedTextBuilder()
  const n = raw.length
  let i = 0
  const emit = (text: string, start: number, end: number) => {
    for (let k = 0; k < text.length; k++) {
      const c = normalizeChar(text[k]!)
      if (c.length === 0) continue
      out.push(c, text.length === end - start ? start + k : start, text.length === end - start ? start + k + 1 : end)
    }
  }
  const newline = (at: number) => {
    if (out.size > 0 && out.lastChar() !== "\n") out.push("\n", at, at)
  }
  while (i < n) {
    const ch = raw[i]!
    if (html && ch === "<") {
      if (raw.startsWith("<!--", i)) {
        const end = raw.indexOf("-->", i + 4)
        i = end < 0 ? n : end + 3
        continue
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>?/.exec(raw.slice(i, i + 2000))
      if (m !== null) {
        const name = m[1]!.toLowerCase()
        const closing = raw[i + 1] === "/"
        let next = i + m[0].length
        if (!closing && droppedContent.has(name)) {
          const closer = new RegExp(`</${name}`, "gi")
          closer.lastIndex = next
          const close = closer.exec(raw)
          next = close === null ? n : raw.indexOf(">", close.index) + 1 || n
        }
        if (blockTags.has(name)) newline(i)
        i = next
        continue
      }
      if (raw[i + 1] === "!" || raw[i + 1] === "?") {
        const end = raw.indexOf(">", i)
        i = end < 0 ? n : end + 1
        continue
      }
    }
    if (ch === "&") {
      const ent = decodeEntityAt(raw, i)
      if (ent !== null) {
        emit(ent.text, i, i + ent.length)
        i += ent.length
        continue
      }
    }
    if (ch === "\r") {
      if (raw[i + 1] !== "\n") out.push("\n", i, i + 1)
      i++
      continue
    }
    if (html && (ch === "\n" || ch === "\t")) {
      // in HTML, source line breaks are white space; blocks make the lines
      out.push(" ", i, i + 1)
      i++
      continue
    }
    // the common case: a run of characters that need no change is copied in one piece (its end found by
    // the expression engine, which scans faster than a loop)
    const special = html ? notPlainInHtml : notPlainInText
    special.lastIndex = i
    const j = special.exec(raw)?.index ?? n
    if (j > i) {
      out.push(raw.slice(i, j), i, j)
      i = j
      continue
    }
    const c = normalizeChar(ch)
    if (c.length > 0) out.push(c, i, i + 1)
    i++
  }
  return out.finish(n)
}
