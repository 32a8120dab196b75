import { decodeBytes } from "@dashiji/core"
import { EventStore } from "@dashiji/store"
import { Effect, Schema } from "effect"
import { Hono } from "hono"
import { fail } from "../errors.ts"
import type { Run } from "../runtime.ts"
import { DocumentBody } from "../validation.ts"

const decodeBody = Schema.decodeUnknownEither(DocumentBody)

/**
 * POST /documents: a text/plain body with ?name=, or JSON {name, text}. The bytes go through the
 * same decoder as files, so binary or undecodable bodies are refused with the decoder's reason.
 */
export const documentsRoutes = (run: Run) =>
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
    const result = await run(Effect.flatMap(EventStore, (s) => s.ingestDocument({ name, bytes })))
    if (result.status === "failed") return fail(c, 422, "unprocessable", result.reason ?? "the document could not be parsed")
    return c.json({ name: result.name, status: result.status, mentions: result.mentions, created: result.created, merged: result.merged }, result.status === "ingested" ? 201 : 200)
  })
