import { contentHashOf, decodeBytes } from "@dashiji/core"
import { EventStore, type IngestedDocument } from "@dashiji/store"
import { Effect, Schema } from "effect"
import { Hono } from "hono"
import { fail, HttpError } from "../errors.ts"
import { ParseDeadline, type ParseOutcome, type ParsePool, PoolBusy, PoolUnavailable } from "../parse/pool.ts"
import type { Run } from "../runtime.ts"
import { DocumentBody } from "../validation.ts"

const decodeBody = Schema.decodeUnknownEither(DocumentBody)

/**
 * The parse in a worker thread (the event loop keeps answering other requests meanwhile) within the
 * request's deadline, then the store's write transaction here.
 */
const parseAndStore = async (run: Run, pool: ParsePool, name: string, bytes: Uint8Array, deadlineMs: number): Promise<IngestedDocument> => {
  if (await run(Effect.flatMap(EventStore, (s) => s.hasDocument(contentHashOf(bytes))))) return { name, status: "skipped", reason: "already stored (same content)", mentions: 0, created: [], merged: [] }
  let outcome: ParseOutcome
  try {
    outcome = await pool.parse({ name, bytes }, deadlineMs)
  } catch (e) {
    // no worker can start here: parse on the event loop, as without a pool
    if (e instanceof PoolUnavailable) return run(Effect.flatMap(EventStore, (s) => s.ingestDocument({ name, bytes })))
    if (e instanceof PoolBusy) throw new HttpError(503, "busy", "every parser is busy; retry shortly", 2)
    if (e instanceof ParseDeadline) throw new HttpError(504, "timeout", `the document was not parsed within ${deadlineMs} ms`)
    throw new HttpError(500, "internal", "the parser failed on this document")
  }
  if (!outcome.ok) return { name, status: "failed", reason: outcome.reason, mentions: 0, created: [], merged: [] }
  const parsed = outcome.parsed
  return run(Effect.flatMap(EventStore, (s) => s.ingestParsedDocument(parsed)))
}

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
    if (type === "application/json") {
      let json: unknown
      try {
        json = await c.req.json()
      } catch {
        return fail(c, 400, "bad_request", "the body is not valid JSON")
      }
      const body = decodeBody(json)
      if (body._tag === "Left") return fail(c, 400, "bad_request", "expected JSON {name: string, text: string}")
      name = body.right.name
      bytes = Buffer.from(body.right.text, "utf8")
    } else if (type === "text/plain") {
      const q = c.req.query("name")
      if (q === undefined || q.length === 0 || q.length > 255) return fail(c, 400, "bad_request", "a text/plain body needs ?name=")
      name = q
      bytes = new Uint8Array(await c.req.arrayBuffer())
    } else return fail(c, 415, "unsupported_media_type", "send text/plain (with ?name=) or application/json {name, text}")
    const decoded = decodeBytes(name, bytes)
    if ("_tag" in decoded) return fail(c, decoded._tag === "EmptyDocument" ? 400 : 415, decoded._tag, decoded.reason)
    const result = options.pool === undefined ? await run(Effect.flatMap(EventStore, (s) => s.ingestDocument({ name, bytes }))) : await parseAndStore(run, options.pool, name, bytes, options.timeoutMs)
    if (result.status === "failed") return fail(c, 422, "unprocessable", result.reason ?? "the document could not be parsed")
    return c.json({ name: result.name, status: result.status, mentions: result.mentions, created: result.created, merged: result.merged }, result.status === "ingested" ? 201 : 200)
  })
