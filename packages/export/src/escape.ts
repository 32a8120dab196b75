/**
 * User text in Markdown: nothing from the input may become markup or raw HTML. HTML specials become
 * entities; inline Markdown punctuation is backslash-escaped; what would open a block at the start of a
 * line (#, -, +, =, "1.", "1)") is escaped there. Whitespace runs (line breaks, ideographic spaces) become
 * one space and the ends are trimmed, so one entry stays one line and leading spaces cannot open a code block.
 */
export const escapeMarkdown = (text: string): string => {
  const t = text.replace(/\s+/g, " ").trim()
  // bare URLs and e-mail addresses become code spans: GFM (and linkify) would turn them into live links
  const spans = linkLike(t)
  if (spans.length === 0) return escapePlain(t)
  let out = ""
  let at = 0
  for (const [start, end] of spans) {
    out += `${at === 0 && start > 0 ? escapePlain(t.slice(0, start)) : escapeInner(t.slice(at, start))}${codeSpan(t.slice(start, end))}`
    at = end
  }
  return out + escapeInner(t.slice(at))
}

/** Escaped text that starts the line (block markers escaped too). */
const escapePlain = (text: string): string =>
  escapeInner(text)
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")

/** Escaped text inside a line. */
const escapeInner = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~!])/g, "\\$1")

/** A table cell: escaped text (| included), never empty-looking when the text is empty. */
export const escapeCell = (text: string): string => escapeMarkdown(text)

/**
 * A code span for names that should read verbatim (document file names): a fence longer than any backtick
 * run inside, padded when the text touches a backtick. The renderer escapes HTML inside code spans.
 */
export const codeSpan = (text: string): string => {
  const s = text.replace(/\s+/g, " ")
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = "`".repeat(longest + 1)
  const pad = s.startsWith("`") || s.endsWith("`") || (s.startsWith(" ") && s.endsWith(" ") && s.trim() !== "") ? " " : ""
  return `${fence}${pad}${s}${pad}${fence}`
}

// characters a URL or an address runs over (ASCII only: Chinese text right after a URL ends it; | and `
// end it too, so that a code span never holds a table's cell separator)
const urlChar = new Uint8Array(128)
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%") urlChar[c.charCodeAt(0)] = 1
const localChar = new Uint8Array(128)
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._+") localChar[c.charCodeAt(0)] = 1
const domainChar = new Uint8Array(128)
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.") domainChar[c.charCodeAt(0)] = 1
const isIn = (table: Uint8Array, code: number) => code < 128 && table[code] === 1

/**
 * Where a URL read over its characters ends as a link would: trailing sentence punctuation is not part of
 * it, nor a closing parenthesis it did not open (GFM's rule: 见https://x.cn/a). → https://x.cn/a).
 */
const trimUrlEnd = (text: string, from: number, end: number): number => {
  let open = 0
  for (let i = from; i < end; i++) open += text[i] === "(" ? 1 : text[i] === ")" ? -1 : 0
  for (;;) {
    const c = text[end - 1]
    if (end > from && c !== undefined && ".,:;!?*_~'\"".includes(c)) end--
    else if (end > from && c === ")" && open < 0) {
      end--
      open++
    } else return end
  }
}

/**
 * [start, end) of each bare URL (http://, https://, ftp://, www.) and e-mail address in `text`, in order,
 * found in one pass: a prefix is looked for, then the URL read on to its last URL character.
 */
export const linkLike = (text: string): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = []
  let from = 0
  const prefix = /https?:\/\/|ftp:\/\/|www\./gi
  const push = (start: number, end: number) => {
    if (out.length > 0 && start < out[out.length - 1]![1]) return
    out.push([start, end])
  }
  for (let m = prefix.exec(text); m !== null; m = prefix.exec(text)) {
    let end = m.index + m[0].length
    while (end < text.length && isIn(urlChar, text.charCodeAt(end))) end++
    end = trimUrlEnd(text, m.index + m[0].length, end)
    if (end > m.index + m[0].length && m.index >= from) {
      push(m.index, end)
      from = end
    }
    prefix.lastIndex = Math.max(prefix.lastIndex, end)
  }
  // addresses: each @ with a name before it and a dotted domain after it
  const urls = [...out]
  let u = 0
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    // inside a URL (https://user@host): already code
    while (u < urls.length && urls[u]![1] <= at) u++
    if (u < urls.length && urls[u]![0] <= at) continue
    let start = at
    while (start > 0 && isIn(localChar, text.charCodeAt(start - 1)) && text[start - 1] !== "@") start--
    let end = at + 1
    while (end < text.length && isIn(domainChar, text.charCodeAt(end))) end++
    while (end > at + 1 && text[end - 1] === ".") end--
    const domain = text.slice(at + 1, end)
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain)) out.push([start, end])
  }
  return out.sort((a, b) => a[0] - b[0])
}
