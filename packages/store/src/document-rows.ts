import type { DocumentMeta } from "@dashiji/core"

/** A row of `documents` as SQL gives it (metadata columns NULL when unknown). */
export interface DocumentRow {
  readonly content_hash: string
  readonly name: string
  readonly format: string
  readonly encoding: string
  readonly size: number
  readonly mentions: number
  readonly ingested_at: string
  readonly url: string | null
  readonly title: string | null
  readonly publisher: string | null
  readonly published: string | null
  readonly fetched_at: string | null
}

/** The last answer a URL gave a fetch: its content and the validators of a conditional request. */
export interface FetchRecord {
  readonly url: string
  readonly contentHash: string
  readonly etag: string | null
  readonly lastModified: string | null
  readonly checkedAt: string
}

export const metaColumns = (m: DocumentMeta) => ({
  url: m.url ?? null,
  title: m.title ?? null,
  publisher: m.publisher ?? null,
  published: m.published ?? null,
  fetched_at: m.fetchedAt ?? null
})

/** A stored document's metadata, with the encoding its bytes were read as (for citing it). */
export const metaOfRow = (r: Pick<DocumentRow, "url" | "title" | "publisher" | "published" | "fetched_at"> & { readonly encoding?: string | null }): DocumentMeta => ({
  ...(r.url === null || r.url === undefined ? {} : { url: r.url }),
  ...(r.title === null || r.title === undefined ? {} : { title: r.title }),
  ...(r.publisher === null || r.publisher === undefined ? {} : { publisher: r.publisher }),
  ...(r.published === null || r.published === undefined ? {} : { published: r.published }),
  ...(r.fetched_at === null || r.fetched_at === undefined ? {} : { fetchedAt: r.fetched_at }),
  ...(r.encoding === null || r.encoding === undefined ? {} : { encoding: r.encoding })
})
