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

/**
 * Where a tag whose name ends at `from` ends: past its `>`, or at a `<` that opens the next tag when this
 * one is left open, or `limit` for a tag that runs on. A quoted attribute value may hold `>` and `<`
 * (`title="a > b"`, `data-tools='{"title":"<em>…"}'`); a quote that is not closed before `limit` is an
 * ordinary character, so a stray quote cannot swallow the page.
 */
const tagEnd = (raw: string, from: number, limit: number): number => {
  let afterEq = false
  for (let j = from; j < limit; j++) {
    const c = raw.charCodeAt(j)
    if (c === 0x3e) return j + 1 // >
    if (c === 0x3c) return j // <
    if (c === 0x3d) {
      afterEq = true
      continue
    }
    if (afterEq && (c === 0x22 || c === 0x27)) {
      const close = raw.indexOf(c === 0x22 ? '"' : "'", j + 1)
      if (close >= 0 && close < limit) j = close
      afterEq = false
      continue
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) afterEq = false
  }
  return limit
}

/**
 * East Asian wide characters (ideographs, CJK punctuation, full-width forms): a source line break between
 * two of them is no space (CSS Text 3, segment break transformation), so `省委政法委\n书记` is one word.
 */
const isWide = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff60)

// the rest of a tag whose `<` was cut off (a page excerpt that starts inside a tag): attributes, then `>`
const tagTail = /(?:[a-zA-Z_:][-a-zA-Z0-9_:.]*[ \t\r\n]*=[ \t\r\n]*(?:"[^"]{0,2000}"|'[^']{0,2000}')[ \t\r\n]*)+\/?>/y

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)

/** True when the text carries enough markup to be read as HTML. */
export const looksLikeHtml = (raw: string): boolean => {
  const sample = raw.length > 200_000 ? raw.slice(0, 200_000) : raw
  // [^<>], not [^>]: a tag's attributes stop at the next `<`, so each try reads only to it ("<b" repeated
  // made [^>]* read to the end of the sample from every `<`: quadratic)
  const tags = sample.match(/<\/?(?:p|div|span|br|table|td|tr|li|a|font|strong|b|img|h[1-6]|html|body|script|style)\b[^<>]*>/gi)
  return tags !== null && tags.length >= 2
}

const sentenceEnds = "。！？!?”」』"
/** The last character before `at`, past a few spaces, ends a sentence. */
const endsSentence = (raw: string, at: number): boolean => {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const c = raw[k]!
    if (c === " " || c === "\u3000" || c === "\u00a0" || c === "\t") continue
    return sentenceEnds.includes(c)
  }
  return false
}

/**
 * HTML (or plain text) to text with an offset map: tags removed, block elements as line breaks,
 * script/style and comments dropped, CDATA sections read as markup, character references decoded, spaces
 * normalised, line breaks between Chinese characters removed.
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
  // the end of the open CDATA section, whose `]]>` is skipped like a tag
  let cdataEnd = -1
  while (i < n) {
    const ch = raw[i]!
    if (html && i === cdataEnd) {
      i += 3
      cdataEnd = -1
      continue
    }
    if (html && ch === "<") {
      if (raw.startsWith("<!--", i)) {
        const end = raw.indexOf("-->", i + 4)
        i = end < 0 ? n : end + 3
        continue
      }
      // server-side code left in a template (JSP/ASP <%@ page … %>, <% … %>, PHP <?php … ?>): none of it is
      // text, and it may hold > (a.b->c, if (x > 0)) before its own close
      const serverClose = raw.startsWith("<%", i) ? "%>" : raw.startsWith("<?php", i) || raw.startsWith("<?=", i) ? "?>" : null
      if (serverClose !== null) {
        const end = raw.indexOf(serverClose, i + 2)
        i = end < 0 ? n : end + 2
        continue
      }
      if (raw.startsWith("<![CDATA[", i)) {
        // feeds (RSS) wrap the article's markup in CDATA: read what it holds
        cdataEnd = raw.indexOf("]]>", i + 9)
        i += 9
        continue
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b/.exec(raw.slice(i, i + 64))
      if (m !== null) {
        const name = m[1]!.toLowerCase()
        const closing = raw[i + 1] === "/"
        let next = tagEnd(raw, i + m[0].length, Math.min(n, i + 2000))
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
    if (html && (i === 0 || isSpace(raw.charCodeAt(i - 1))) && isLetter(raw.charCodeAt(i))) {
      tagTail.lastIndex = i
      if (tagTail.test(raw)) {
        i = tagTail.lastIndex
        continue
      }
    }
    if (html && isSpace(raw.charCodeAt(i)) && i > 0 && isWide(raw.charCodeAt(i - 1))) {
      // a run of white space holding a line break, between two wide characters, is nothing
      let j = i
      let lineBreak = false
      while (j < n && isSpace(raw.charCodeAt(j))) {
        if (raw[j] === "\n" || raw[j] === "\r") lineBreak = true
        j++
      }
      if (lineBreak && j < n && isWide(raw.charCodeAt(j))) {
        i = j
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
    let j = special.exec(raw)?.index ?? n
    if (cdataEnd > i && j > cdataEnd) j = cdataEnd
    if (j > i) {
      out.push(raw.slice(i, j), i, j)
      i = j
      continue
    }
    // 。　　本报讯…: a paragraph's full-width indent after a sentence's end, in a text that lost its line
    // breaks (a page saved as one string), starts a new paragraph
    if (ch === "\u3000" && raw[i + 1] === "\u3000" && endsSentence(raw, i)) newline(i)
    const c = normalizeChar(ch)
    if (c.length > 0) out.push(c, i, i + 1)
    i++
  }
  return out.finish(n)
}
