import type { DocumentMeta } from "@dashiji/core"
import { chineseDate } from "./dates.ts"
import { codeSpan, escapeMarkdown } from "./escape.ts"

/** What a report knows about a document: its metadata, when it has any (file names only otherwise). */
export type SourceOf = (document: string) => DocumentMeta | undefined

/** Does the metadata say anything a citation shows (a fetch time alone does not)? */
export const hasCitation = (m: DocumentMeta | undefined): m is DocumentMeta =>
  m !== undefined && (m.title !== undefined || m.publisher !== undefined || m.url !== undefined || m.published !== undefined)

/**
 * A link target that stays one link whatever the URL holds: http(s) only (anything else is no link),
 * and every character Markdown or HTML could read as syntax percent-encoded.
 */
export const safeHref = (url: string): string | null => {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null
  let out = ""
  for (const ch of url) {
    const c = ch.codePointAt(0)!
    out += c > 0x20 && c < 0x7f && !`<>()[]"'\`\\ |*_`.includes(ch) ? ch : encodeURIComponent(ch).replace(/[()'*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`)
  }
  return out
}

/** 《title》，publisher，2020年7月8日 — the parts known, in that order (plain text). */
export const citationText = (m: DocumentMeta): string =>
  [m.title === undefined ? null : `《${m.title}》`, m.publisher ?? null, m.published === undefined ? null : chineseDate(m.published)].filter((s): s is string => s !== null).join("，")

/** How an encoding is written for readers: UTF-8, GB18030, Big5, UTF-16LE (the decoder's names are lower case). */
export const encodingLabel = (encoding: string): string => (encoding.toLowerCase() === "big5" ? "Big5" : encoding.toUpperCase())

/** `a.txt`，GB18030 编码，第 3 行…: the file in a code span, then the encoding its bytes were read as, when known. */
const fileDetail = (document: string, detail: string, meta: DocumentMeta | undefined): string =>
  meta?.encoding === undefined ? `${codeSpan(document)} ${detail}` : `${codeSpan(document)}，${encodingLabel(meta.encoding)} 编码，${detail}`

/**
 * A source in Markdown: the title as a link to the page, publisher and date, then where in the document
 * (`detail`: the file, line and span, after the encoding when known) in parentheses. Without metadata,
 * the file and the detail.
 */
export const citeMarkdown = (document: string, detail: string, meta: DocumentMeta | undefined): string => {
  if (!hasCitation(meta)) return fileDetail(document, detail, meta)
  const href = meta.url === undefined ? null : safeHref(meta.url)
  const title = meta.title === undefined ? null : `《${escapeMarkdown(meta.title)}》`
  const label = title ?? (href === null ? null : escapeMarkdown(meta.publisher ?? "原文"))
  const parts: Array<string> = []
  if (label !== null) parts.push(href === null ? label : `[${label}](${href})`)
  if (meta.publisher !== undefined && (title !== null || href === null)) parts.push(escapeMarkdown(meta.publisher))
  if (meta.published !== undefined) parts.push(`${chineseDate(meta.published)}发布`)
  return `${parts.join("，")}（${fileDetail(document, detail, meta)}）`
}

/** A source in plain text (CSV cells, the terminal): the citation and its URL, or the file name. */
export const citePlain = (document: string, meta: DocumentMeta | undefined): string => {
  if (!hasCitation(meta)) return document
  const text = citationText(meta)
  return [text === "" ? null : text, meta.url ?? null].filter((s): s is string => s !== null).join(" ") || document
}
