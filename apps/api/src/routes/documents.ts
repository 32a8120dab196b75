import { contentHashOf, decodeBytes, type DocumentMeta, mergeMeta, sameMeta } from "@dashiji/core"
import { Ingest, type IngestedDocument } from "@dashiji/store"
import { Effect, Either, Option, Schema } from "effect"
import { describeProblem, DocumentMetaBody, DocumentMetaQuery } from "../document-meta.ts"
import { Hono } from "hono"
import { fail } from "../errors.ts"
import type { ParsePool } from "../parse/pool.ts"
import type { Run } from "../runtime.ts"
import { DocumentBody } from "../validation.ts"

const decodeBody = Schema.decodeUnknownEither(DocumentBody)
const decodeMetaQuery = Schema.decodeUnknownEither(DocumentMetaQuery)
const decodeMetaBody = Schema.decodeUnknownEither(DocumentMetaBody)

interface Posted {
  readonly name: string
  readonly bytes: Uint8Array
  readonly meta: DocumentMeta
  readonly year: number | undefined
}

const failedParse = (name: string, reason: string): IngestedDocument => ({ name, status: "failed", reason, mentions: 0, created: [], merged: [] })
const skipped = (name: string): IngestedDocument => ({ name, status: "skipped", reason: "already stored (same content)", mentions: 0, created: [], merged: [] })

/**
 * The parse in a worker thread (the event loop keeps answering other requests meanwhile) within the
 * request's deadline, then the store's write transaction here.
 */
const parseAndStore = ({ name, bytes, meta, year }: Posted, pool: ParsePool, deadlineMs: number) =>
  Effect.gen(function* () {
    const store = yield* Ingest
    // stored bytes: skipped, or their metadata updated (and parsed again when the publication date changed,
    // since it may change years)
    const stored = yield* store.documentMeta(contentHashOf(bytes))
    let given = meta
    if (Option.isSome(stored)) {
      given = mergeMeta(stored.value, meta)
      if (sameMeta(given, stored.value)) return skipped(name)
      if ((given.published ?? "") === (stored.value.published ?? "")) return yield* store.updateDocumentMeta(name, contentHashOf(bytes), given)
    }
    return yield* pool.parseEffect({ name, bytes, meta: given, year }, deadlineMs).pipe(
      Effect.flatMap((outcome) =>
        !outcome.ok ? Effect.succeed(failedParse(name, outcome.reason)) : Option.isSome(stored) ? store.reresolveDocument(outcome.parsed) : store.ingestParsedDocument(outcome.parsed)
      ),
      // no worker can start here: parse on the event loop, as without a pool
      Effect.catchTag("PoolUnavailable", () => store.ingestDocument({ name, bytes, meta }, { year }))
    )
  })

/**
 * POST /documents: a text/plain body with ?name= (and the X-Dashiji-Client header or the token), or JSON
 * {name, text}. The bytes go through the same decoder as files, so binary or undecodable bodies are
 * refused with the decoder's reason.
 */
export const documentsRoutes = (run: Run, options: { readonly pool?: ParsePool | undefined; readonly timeoutMs: number }) =>
  new Hono().post("/", async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
    let name: string
    let bytes: Uint8Array
    // metadata and the default year: in the query for any body, in a JSON body too (the body's win)
    const query = decodeMetaQuery(c.req.query())
    if (query._tag === "Left") return fail(c, 400, "bad_request", describeProblem(query.left))
    let { year, ...meta } = query.right
    if (type === "application/json") {
      let json: unknown
      try {
        json = await c.req.json()
      } catch {
        return fail(c, 400, "bad_request", "the body is not valid JSON")
      }
      // the metadata first: its message names the field (the body's own says what a body is)
      const fromBody = decodeMetaBody(json)
      if (fromBody._tag === "Left") return fail(c, 400, "bad_request", describeProblem(fromBody.left))
      const body = decodeBody(json)
      if (body._tag === "Left") return fail(c, 400, "bad_request", "expected JSON {name: string, text: string}")
      name = body.right.name
      bytes = Buffer.from(body.right.text, "utf8")
      const { year: bodyYear, ...bodyMeta } = fromBody.right
      meta = { ...meta, ...bodyMeta }
      year = bodyYear ?? year
    } else if (type === "text/plain") {
      const q = c.req.query("name")
      if (q === undefined || q.length === 0 || q.length > 255) return fail(c, 400, "bad_request", "a text/plain body needs ?name=")
      name = q
      bytes = new Uint8Array(await c.req.arrayBuffer())
    } else return fail(c, 415, "unsupported_media_type", "send text/plain (with ?name=) or application/json {name, text}")
    const refused = Either.getLeft(decodeBytes(name, bytes))
    if (Option.isSome(refused)) return fail(c, refused.value._tag === "EmptyDocument" ? 400 : 415, refused.value._tag, refused.value.reason)
    const posted: Posted = { name, bytes, meta, year }
    const result = await run(options.pool === undefined ? Effect.flatMap(Ingest, (s) => s.ingestDocument({ name, bytes, meta }, { year })) : parseAndStore(posted, options.pool, options.timeoutMs))
    if (result.status === "failed") return fail(c, 422, "unprocessable", result.reason ?? "the document could not be parsed")
    const answer = { name: result.name, status: result.status, mentions: result.mentions, created: result.created, merged: result.merged }
    return c.json(result.status === "updated" ? { ...answer, updated: result.updated ?? [] } : answer, result.status === "ingested" ? 201 : 200)
  })
