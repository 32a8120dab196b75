/**
 * User text in Markdown: nothing from the input may become markup or raw HTML. HTML specials become
 * entities; inline Markdown punctuation is backslash-escaped; what would open a block at the start of a
 * line (#, -, +, =, "1.", "1)") is escaped there. Whitespace runs (line breaks, ideographic spaces) become
 * one space and the ends are trimmed, so one entry stays one line and leading spaces cannot open a code block.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~!])/g, "\\$1")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")

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
