/**
 * User text in Markdown: nothing from the input may become markup or raw HTML. HTML specials become
 * entities; inline Markdown punctuation is backslash-escaped; what would open a block at the start of a
 * line (#, -, +, >, =, "1.") is escaped there; line breaks become spaces (one entry, one line).
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/^(\s*)([#+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2")

/** A table cell: escaped text, never a bare pipe. */
export const escapeCell = (text: string): string => escapeMarkdown(text)
