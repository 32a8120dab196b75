import { decodeBytes, normalizePublished } from "@dashiji/core"
import { Either } from "effect"
import { NotAFeed } from "./errors.ts"

/** One item of a feed: the page it links to, with what the feed says about it. */
export interface FeedItem {
  readonly url: string
  readonly title?: string
  readonly published?: string
}

const CDATA_OPEN = "<![CDATA["

/** The text of an element's content: CDATA kept as is, entities of the XML kind decoded, tags dropped. */
const textOf = (inner: string): string => {
  let out = ""
  let i = 0
  while (i < inner.length) {
    const c = inner.indexOf(CDATA_OPEN, i)
    const plain = c < 0 ? inner.slice(i) : inner.slice(i, c)
    out += plain.replace(/<[^<>]*>/g, "").replace(/&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, e: string) => {
      if (e === "lt") return "<"
      if (e === "gt") return ">"
      if (e === "quot") return '"'
      if (e === "apos") return "'"
      if (e === "amp") return "&"
      const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ""
    })
    if (c < 0) break
    const end = inner.indexOf("]]>", c + CDATA_OPEN.length)
    out += inner.slice(c + CDATA_OPEN.length, end < 0 ? inner.length : end)
    i = end < 0 ? inner.length : end + 3
  }
  return out.replace(/\s+/g, " ").trim()
}

/** Each `<name …>…</name>` (or `<name …/>`) inside `xml` from `from` to `to`, as [attributes, inner]. */
const elements = (xml: string, lower: string, name: string, from: number, to: number): Array<[string, string]> => {
  const out: Array<[string, string]> = []
  const open = `<${name}`
  let i = lower.indexOf(open, from)
  while (i >= 0 && i < to) {
    const after = lower.charCodeAt(i + open.length)
    const gt = lower.indexOf(">", i)
    if (gt < 0 || gt > to) break
    // the name ends here: <link> is not <linkage>
    if (after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13) {
      const attrs = xml.slice(i + open.length, gt)
      if (attrs.endsWith("/")) out.push([attrs.slice(0, -1), ""])
      else {
        const close = lower.indexOf(`</${name}`, gt)
        const end = close < 0 || close > to ? to : close
        out.push([attrs, xml.slice(gt + 1, end)])
        i = end
      }
    }
    i = lower.indexOf(open, i + 1)
  }
  return out
}

const attr = (attrs: string, name: string): string | undefined => {
  const lower = attrs.toLowerCase()
  let i = lower.indexOf(name)
  while (i >= 0) {
    const before = i === 0 ? " " : lower[i - 1]!
    let j = i + name.length
    while (lower[j] === " ") j++
    if (/\s/.test(before) && lower[j] === "=") {
      j++
      while (lower[j] === " ") j++
      const q = attrs[j]
      if (q === '"' || q === "'") {
        const end = attrs.indexOf(q, j + 1)
        return textOf(attrs.slice(j + 1, end < 0 ? attrs.length : end))
      }
    }
    i = lower.indexOf(name, i + 1)
  }
  return undefined
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom → the pages they list, in feed order, each with its title and
 * publication date when the feed gives them; relative links resolved against the feed's URL. A body that
 * is not one of these is `NotAFeed`.
 */
export const parseFeed = (url: string, bytes: Uint8Array): Either.Either<Array<FeedItem>, NotAFeed> => {
  const decoded = decodeBytes(url, bytes)
  if (Either.isLeft(decoded)) return Either.left(new NotAFeed({ url, reason: `not a feed: ${decoded.left.reason}` }))
  const xml = decoded.right.text
  const lower = xml.toLowerCase()
  const start = lower.search(/\S/)
  const kind = lower.includes("<rss") ? "rss" : lower.includes("<feed") ? "atom" : lower.includes("<rdf:rdf") ? "rdf" : null
  if (start < 0 || xml[start] !== "<" || kind === null || /^\s*<!doctype html|^\s*<html/.test(lower))
    return Either.left(new NotAFeed({ url, reason: "not a feed: the body is not RSS, Atom or RDF XML" }))
  const itemName = kind === "atom" ? "entry" : "item"
  const items: Array<FeedItem> = []
  for (const [, inner] of elements(xml, lower, itemName, 0, xml.length)) {
    const innerLower = inner.toLowerCase()
    let link: string | undefined
    for (const [attrs, content] of elements(inner, innerLower, "link", 0, inner.length)) {
      const href = attr(attrs, "href")
      const rel = attr(attrs, "rel")
      if (href !== undefined && (rel === undefined || rel === "alternate")) link = href
      else if (href === undefined && textOf(content) !== "") link = textOf(content)
      if (link !== undefined) break
    }
    if (link === undefined) {
      const guid = elements(inner, innerLower, "guid", 0, inner.length)[0]
      if (guid !== undefined && /^https?:\/\//i.test(textOf(guid[1]))) link = textOf(guid[1])
    }
    if (link === undefined) continue
    let resolved: string
    try {
      resolved = new URL(link, url).href
    } catch {
      continue
    }
    const title = elements(inner, innerLower, "title", 0, inner.length)[0]
    const date = ["pubdate", "published", "dc:date", "updated"].map((n) => elements(inner, innerLower, n, 0, inner.length)[0]).find((d) => d !== undefined)
    const published = date === undefined ? null : normalizePublished(textOf(date[1]))
    items.push({ url: resolved, ...(title !== undefined && textOf(title[1]) !== "" ? { title: textOf(title[1]) } : {}), ...(published === null ? {} : { published }) })
  }
  return Either.right(items)
}
