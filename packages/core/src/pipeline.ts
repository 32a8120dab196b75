import { createHash } from "node:crypto"
import { Effect, Either, Layer } from "effect"
import { decodeBytes } from "./decode/detect.ts"
import type { DocumentError } from "./decode/errors.ts"
import { cleanDocument } from "./clean/index.ts"
import { segmentDocument } from "./segment/index.ts"
import { extractMention } from "./extract/mention.ts"
import { dedupMentions } from "./dedup/index.ts"
import { mentionAsEvent } from "./single-event.ts"
import { Knowledge } from "./knowledge/Knowledge.ts"
import { bundledEraTermsSync, eraRange } from "./knowledge/era.ts"
import { Segmenter } from "./segmenter.ts"
import type { DocumentFormat, Event } from "./schema/event.ts"
import type { ExtractedMention } from "./mention.ts"
import { htmlMetadata } from "./meta/html.ts"
import { type DocumentMeta, mergeMeta, publishedDay } from "./schema/document-meta.ts"

export interface ParseOptions {
  /** Default year for dates whose year nothing else justifies (`--year`). */
  readonly year?: number | undefined
}

/** A page's markup, worth reading for its metadata. */
const looksLikeHtml = (text: string): boolean => /<(?:html|head|meta|title)[\s>]/i.test(text.slice(0, 4096))

export interface DocumentInput {
  /** File name as given on the command line or posted to the API. */
  readonly name: string
  readonly bytes: Uint8Array
  /**
   * What is known about the document from outside it (a sidecar, a manifest, the API, a fetch). It wins
   * over what the page's own markup says; a publication date here is the page's date when the text
   * states none (it justifies years as a printed publication date does).
   */
  readonly meta?: DocumentMeta | undefined
}

export interface ParsedDocument {
  readonly name: string
  /** sha256 hex of the raw bytes. */
  readonly contentHash: string
  readonly format: DocumentFormat
  readonly encoding: string
  readonly size: number
  /** The raw decoded text every span points into. */
  readonly text: string
  readonly mentions: ReadonlyArray<ExtractedMention>
  /** The given metadata over what the page's markup says. */
  readonly meta: DocumentMeta
}

export interface CorpusResult {
  readonly documents: ReadonlyArray<ParsedDocument>
  /** Deduplicated events, sorted by start date then id. */
  readonly events: ReadonlyArray<Event>
  readonly errors: ReadonlyArray<DocumentError>
}

export const contentHashOf = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")

/** decode → clean → segment → extract for one document: mentions, not yet deduplicated. */
export const parseDocument = (
  input: DocumentInput,
  options: ParseOptions = {}
): Effect.Effect<ParsedDocument, DocumentError, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const decoded = yield* decodeBytes(input.name, input.bytes, input.meta?.charset)
    const seg = yield* Segmenter
    const knowledge = yield* Knowledge
    const contentHash = contentHashOf(input.bytes)
    const clean = cleanDocument(decoded.text, knowledge)
    const meta = mergeMeta(looksLikeHtml(decoded.text) ? htmlMetadata(decoded.text) : {}, input.meta ?? {})
    const pageOwn = segmentDocument(clean, input.name)
    // the date the text itself prints wins; the metadata's date stands in only for a page without one
    const given = pageOwn.published === null ? publishedDay(meta.published) : null
    const segmented = given === null ? pageOwn : { ...pageOwn, published: given }
    const era = eraRange(clean.text, bundledEraTermsSync())
    const mentionContext = { document: input.name, contentHash, defaultYear: options.year ?? null, era }
    const first = segmented.slices.map((slice) => extractMention(slice, segmented, clean, mentionContext, seg, knowledge))
    // a report names a person with a title once and bare after that: a mention that holds a name the
    // document gives with a title elsewhere, without taking it, is read again knowing the name
    const titled = titledNamesOf(first)
    const mentions = first.map((m, i) =>
      missesName(m, titled) ? extractMention(segmented.slices[i]!, segmented, clean, { ...mentionContext, documentNames: titled }, seg, knowledge) : m
    )
    return {
      name: input.name,
      contentHash,
      format: segmented.format,
      encoding: decoded.encoding,
      size: input.bytes.length,
      text: decoded.text,
      mentions,
      meta
    }
  })

/** The names a document's mentions give with a title. */
const titledNamesOf = (mentions: ReadonlyArray<ExtractedMention>): ReadonlySet<string> =>
  new Set(mentions.flatMap((m) => m.people.filter((p) => p.titles.length > 0).map((p) => p.name)))

/** Does the mention's text hold one of `names` that it did not take? */
const missesName = (m: ExtractedMention, names: ReadonlySet<string>): boolean => {
  for (const n of names) if (m.text.includes(n) && !m.people.some((p) => p.name === n)) return true
  return false
}

/** Parses every document (a bad one becomes an error value; the others go on), then deduplicates. */
export const parseCorpus = (
  inputs: ReadonlyArray<DocumentInput>,
  options: ParseOptions & { readonly dedup?: boolean } = {}
): Effect.Effect<CorpusResult, never, Segmenter | Knowledge> =>
  Effect.gen(function* () {
    const documents: Array<ParsedDocument> = []
    const errors: Array<DocumentError> = []
    for (const input of inputs) {
      const r = yield* Effect.either(parseDocument(input, options))
      if (Either.isLeft(r)) errors.push(r.left)
      else documents.push(r.right)
    }
    const mentions = documents.flatMap((d) => d.mentions)
    const events = options.dedup === false ? mentions.map(mentionAsEvent) : dedupMentions(mentions)
    return { documents, events, errors }
  })

/** Services the parser needs, with the bundled knowledge data. */
export const CoreLive = Layer.mergeAll(Segmenter.Default, Knowledge.Default)
