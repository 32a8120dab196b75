import { JSONSchema, Schema } from "effect"
import { operations, type Answer, type AnyStruct, type Content, type Operation } from "./contract/operations.ts"
import { ErrorBody } from "./contract/bodies.ts"
import { errorExample } from "./contract/examples.ts"

/**
 * OpenAPI 3.1 made from the operation table (contract/operations.ts) and its Effect Schemas: the same
 * schemas validate the requests, so a parameter cannot be checked without being documented. Named schemas
 * (an `identifier` annotation) go to components/schemas and are referred to from there.
 */

type Json = Record<string, unknown>

const isSchema = (s: Content["schema"]): s is Schema.Schema.Any => Schema.isSchema(s)

/** A collector of named schemas: each Effect Schema's JSON Schema, its named parts in `definitions`. */
const schemaWriter = () => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const of = (s: Schema.Schema.Any): Json =>
    JSONSchema.fromAST(s.ast, { definitions, definitionPath: "#/components/schemas/", target: "openApi3.1", topLevelReferenceStrategy: "keep" }) as unknown as Json
  return { definitions, of }
}

const errorAnswer = (description: string, code: string, message: string): Answer => ({
  description,
  content: { "application/json": { schema: ErrorBody, example: errorExample(code, message) } }
})

/** Answers every route can give, whatever it does (the guard, the time limit, a failure of the store). */
const shared: Readonly<Record<string, Answer>> = {
  "421": errorAnswer("the Host header is not the address the server is bound to (DNS rebinding)", "misdirected_request", "this server answers only to the address it is bound to"),
  "500": errorAnswer("the store could not answer", "store_error", "the store could not answer"),
  "504": errorAnswer("the request took longer than the server's time limit (30 s by default)", "timeout", "request failed")
}
const notModified = { description: "If-None-Match named the current ETag: nothing changed", headers: { ETag: { description: "the current entity tag", schema: { type: "string" } } } }
const sharedName: Readonly<Record<string, string>> = { "304": "NotModified", "421": "Misdirected", "500": "StoreError", "504": "Timeout" }

/** Effect names each refinement in `title` (maxLength(40)): noise for a reader, dropped everywhere. */
const dropRefinementTitles = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(dropRefinementTitles)
  if (v === null || typeof v !== "object") return v
  const out: Json = {}
  for (const [k, x] of Object.entries(v)) if (!(k === "title" && typeof x === "string" && /^[a-zA-Z]+\(.*\)$/.test(x))) out[k] = dropRefinementTitles(x)
  return out
}

export const openApiDocument = () => dropRefinementTitles(makeDocument()) as ReturnType<typeof makeDocument>

const makeDocument = () => {
  const w = schemaWriter()
  const content = (c: Readonly<Record<string, Content>>) =>
    Object.fromEntries(Object.entries(c).map(([type, { schema, example }]) => [type, { schema: isSchema(schema) ? w.of(schema) : schema, ...(example === undefined ? {} : { example }) }]))
  const answer = (a: Answer) => ({ description: a.description, ...(a.headers === undefined ? {} : { headers: a.headers }), ...(a.content === undefined ? {} : { content: content(a.content) }) })
  const parameters = (op: Operation, where: "query" | "path", s: AnyStruct | undefined) => {
    if (s === undefined) return []
    const json = w.of(s) as { properties?: Record<string, Json>; required?: Array<string> }
    return Object.entries(json.properties ?? {}).map(([name, schema]) => {
      const { description, ...rest } = schema
      return {
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        ...(typeof description === "string" ? { description } : {}),
        schema: rest,
        ...(op.examples?.[name] === undefined ? {} : { example: op.examples[name] })
      }
    })
  }
  const paths: Record<string, Record<string, Json>> = {}
  for (const op of operations) {
    const responses: Record<string, unknown> = Object.fromEntries(Object.entries(op.responses).map(([status, a]) => [status, answer(a)]))
    if (op.method === "get") responses["304"] = { $ref: "#/components/responses/NotModified" }
    for (const status of Object.keys(shared)) responses[status] ??= { $ref: `#/components/responses/${sharedName[status]}` }
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description === undefined ? {} : { description: op.description }),
      parameters: [
        ...parameters(op, "path", op.params),
        ...parameters(op, "query", op.query),
        ...(op.method === "get" ? [{ name: "If-None-Match", in: "header", required: false, description: "an ETag of an earlier answer: 304 without a body if it is still current", schema: { type: "string" } }] : []),
        ...(op.headers ?? []).map((h) => ({ name: h.name, in: "header", required: false, description: h.description, schema: { type: "string" } }))
      ],
      ...(op.body === undefined ? {} : { requestBody: { required: true, description: op.body.description, content: content(op.body.content) } }),
      // the token is optional: without DASHIJI_TOKEN a loopback server takes writes without one
      security: op.secured === true ? [{ bearer: [] }, {}] : [],
      responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)))
    }
  }
  const responses: Record<string, unknown> = { NotModified: notModified }
  for (const [status, a] of Object.entries(shared)) responses[sharedName[status]!] = answer(a)
  return {
    openapi: "3.1.0",
    info: {
      title: "dashiji API",
      version: "0.2.0",
      description: "大事记: a deduplicated chronicle of dated events from Chinese government news. Every error is JSON `{error, message}`.",
      license: { name: "MIT", identifier: "MIT" }
    },
    servers: [{ url: "/", description: "the server that serves this document (dashiji serve: http://127.0.0.1:8787 by default)" }],
    tags: [
      { name: "events", description: "the chronicle's events" },
      { name: "people and places", description: "who and where, with counts and timelines" },
      { name: "reports", description: "a month's chronicle as a file" },
      { name: "documents", description: "adding documents to the store" },
      { name: "store", description: "the server and its store" }
    ],
    paths,
    components: {
      schemas: w.definitions,
      responses,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "DASHIJI_TOKEN, when the server has one (required beyond loopback)" } }
    }
  }
}
