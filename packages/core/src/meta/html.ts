import { decodeEntityAt } from "../clean/entities.ts"
import { type DocumentMeta, normalizePublished } from "../schema/document-meta.ts"

/** Metadata lives in the head; a page's first 256 KB hold it (nothing past is read). */
const HEAD_LIMIT = 256 * 1024
/** A tag longer than this is no metadata tag (and is not read further). */
const TAG_LIMIT = 4096

const entities = (s: string): string => {
  if (!s.includes("&")) return s
  let out = ""
  for (let i = 0; i < s.length; ) {
    if (s[i] === "&") {
      const r = decodeEntityAt(s, i)
      if (r !== null) {
        out += r.text
        i += r.length
        continue
      }
    }
    out += s[i]
    i++
  }
  return out
}

const tidy = (s: string): string => entities(s).replace(/\s+/g, " ").trim()

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f"

/** The attributes of a tag's inside (`name="v" name='v' name=v name`), read left to right once. */
const attributesOf = (tag: string): Map<string, string> => {
  const out = new Map<string, string>()
  let i = 0
  const n = tag.length
  while (i < n) {
    while (i < n && (isSpace(tag[i]) || tag[i] === "/")) i++
    const from = i
    while (i < n && !isSpace(tag[i]) && tag[i] !== "=" && tag[i] !== "/") i++
    const name = tag.slice(from, i).toLowerCase()
    while (i < n && isSpace(tag[i])) i++
    let value = ""
    if (tag[i] === "=") {
      i++
      while (i < n && isSpace(tag[i])) i++
      const q = tag[i]
      if (q === '"' || q === "'") {
        const end = tag.indexOf(q, i + 1)
        value = tag.slice(i + 1, end < 0 ? n : end)
        i = end < 0 ? n : end + 1
      } else {
        const start = i
        while (i < n && !isSpace(tag[i])) i++
        value = tag.slice(start, i)
      }
    }
    if (name !== "" && !out.has(name)) out.set(name, value)
    if (i === from) i++
  }
  return out
}

/** The tags named `name` in `head` (as their text between `<name` and `>`), read in one pass. */
const tagsNamed = (head: string, lower: string, name: string): Array<string> => {
  const out: Array<string> = []
  for (let i = lower.indexOf(`<${name}`); i >= 0; i = lower.indexOf(`<${name}`, i + 1)) {
    const after = lower.charCodeAt(i + name.length + 1)
    // <meta> but not <metadata>: the name ends at a space, a slash or the tag's end
    if (!(after === 32 || after === 9 || after === 10 || after === 13 || after === 47 || after === 62)) continue
    const end = lower.indexOf(">", i)
    if (end < 0 || end - i > TAG_LIMIT) continue
    out.push(head.slice(i + name.length + 1, end))
  }
  return out
}

/**
 * A page's own metadata: <title> (or og:title), the site (og:site_name, application-name, or a
 * publisher/author meta), the publication time (article:published_time, og:published_time, pubdate,
 * PubDate, publishdate, date, DC.date), and the canonical link (or og:url). Fields the page does not give
 * are left out. Linear in the head's length.
 */
export const htmlMetadata = (text: string): DocumentMeta => {
  const head = text.length > HEAD_LIMIT ? text.slice(0, HEAD_LIMIT) : text
  const lower = head.toLowerCase()
  const metas = new Map<string, string>()
  for (const tag of tagsNamed(head, lower, "meta")) {
    const a = attributesOf(tag)
    const key = (a.get("property") ?? a.get("name") ?? a.get("itemprop") ?? "").toLowerCase()
    const content = a.get("content")
    if (key !== "" && content !== undefined && !metas.has(key)) metas.set(key, tidy(content))
  }
  let canonical: string | undefined
  for (const tag of tagsNamed(head, lower, "link")) {
    const a = attributesOf(tag)
    if ((a.get("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical") && a.get("href") !== undefined) {
      canonical = tidy(a.get("href")!)
      break
    }
  }
  let title: string | undefined
  const t = lower.indexOf("<title")
  if (t >= 0) {
    const open = lower.indexOf(">", t)
    const close = open < 0 ? -1 : lower.indexOf("</title", open)
    if (open >= 0 && close > open && close - open < TAG_LIMIT) title = tidy(head.slice(open + 1, close))
  }
  const first = (...keys: Array<string>): string | undefined => {
    for (const k of keys) {
      const v = metas.get(k)
      if (v !== undefined && v !== "") return v
    }
    return undefined
  }
  const publishedRaw = first("article:published_time", "og:published_time", "og:article:published_time", "pubdate", "publishdate", "publish_date", "dc.date", "dc.date.issued", "date", "datepublished")
  const published = publishedRaw === undefined ? null : normalizePublished(publishedRaw)
  const meta: { -readonly [K in keyof DocumentMeta]?: string } = {}
  const titled = first("og:title") ?? (title !== undefined && title !== "" ? title : undefined)
  if (titled !== undefined) meta["title"] = titled
  const publisher = first("og:site_name", "sitename", "site_name", "application-name", "article:publisher", "publisher", "author")
  if (publisher !== undefined) meta["publisher"] = publisher
  if (published !== null) meta["published"] = published
  const url = canonical ?? first("og:url")
  if (url !== undefined && /^https?:\/\//i.test(url)) meta["url"] = url
  return meta
}
