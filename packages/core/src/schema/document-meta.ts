import { Schema } from "effect"

/**
 * What is known about a document beside its bytes: where it came from and who published it when. Every
 * field is optional: a file on disk may have none, a fetched page has at least its URL and fetch time.
 */

const validDay = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export const PublishedDate = Schema.String.pipe(
  Schema.pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  // a day on the calendar: 2021-02-30 matches the pattern and names no day
  Schema.filter((s) => validDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) || `${s} is not a day on the calendar`, { jsonSchema: {} }),
  Schema.annotations({ identifier: "PublishedDate", description: "the publication date, YYYY-MM-DD" })
)

export const DocumentMeta = Schema.Struct({
  url: Schema.optional(Schema.String.pipe(Schema.maxLength(2048))),
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(1000))),
  publisher: Schema.optional(Schema.String.pipe(Schema.maxLength(500))),
  published: Schema.optional(PublishedDate),
  /** ISO 8601 timestamp of the download. */
  fetchedAt: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  /** The charset the server declared for the bytes (Content-Type); the decoder reads it as a page's own declaration. */
  charset: Schema.optional(Schema.String.pipe(Schema.maxLength(40))),
  /**
   * The encoding the bytes were read as (utf-8, gb18030, big5, utf-16le, utf-16be): the decoder's answer,
   * which follows the server's or the page's declaration when the bytes fit it. The store gives it with a
   * stored document's metadata; given in a sidecar or manifest it is read as the file's declared charset.
   */
  encoding: Schema.optional(Schema.String.pipe(Schema.maxLength(40)))
}).annotations({ identifier: "DocumentMeta" })
export type DocumentMeta = typeof DocumentMeta.Type

/** The fields the store keeps as metadata (the charset only serves decoding; the encoding is the decoder's). */
export const META_FIELDS = ["url", "title", "publisher", "published", "fetchedAt"] as const
const ALL_FIELDS = [...META_FIELDS, "charset"] as const

const pad = (n: number) => String(n).padStart(2, "0")

const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})/
const cnDay = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
const slashDay = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})/

/**
 * A publication date as people write it (2020-07-08, 2020-07-08T10:00:00+08:00, 2020/7/8, 2020年7月8日,
 * or an RFC 822 date from a feed) → YYYY-MM-DD, or null when it names no real day. A timestamp keeps the
 * day it was written with (its own offset), not the day in UTC.
 */
export const normalizePublished = (raw: string): string | null => {
  const s = raw.trim()
  const m = isoDay.exec(s) ?? cnDay.exec(s) ?? slashDay.exec(s)
  if (m !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null
  }
  // RFC 822 (feeds): "Wed, 08 Jul 2020 10:00:00 +0800" — the day as written, whatever the offset
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(s)
  if (rfc !== null) {
    const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(rfc[2]!.toLowerCase()) + 1
    const [y, d] = [Number(rfc[3]), Number(rfc[1])]
    return month > 0 && validDay(y, month, d) ? `${y}-${pad(month)}-${pad(d)}` : null
  }
  return null
}

/** The publication date as the parser's page date. */
export const publishedDay = (published: string | undefined): { year: number; month: number; day: number } | null => {
  if (published === undefined) return null
  const m = isoDay.exec(published)
  return m === null ? null : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

/** `over` wins field by field; empty strings say nothing. */
export const mergeMeta = (base: DocumentMeta, over: DocumentMeta): DocumentMeta => {
  const out: { -readonly [K in (typeof ALL_FIELDS)[number]]?: string } = {}
  for (const k of ALL_FIELDS) {
    const v = over[k] !== undefined && over[k]!.trim() !== "" ? over[k] : base[k]
    if (v !== undefined && v.trim() !== "") out[k] = v.trim()
  }
  return out
}

/** Do two metadata records say the same thing (in what the store keeps)? */
export const sameMeta = (a: DocumentMeta, b: DocumentMeta): boolean => META_FIELDS.every((k) => (a[k] ?? "") === (b[k] ?? ""))
