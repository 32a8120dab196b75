import { Event } from "@dashiji/core"
import { JSONSchema, Schema } from "effect"
import { DocumentBody, EventQuery, ReportQuery } from "./validation.ts"

const schemaOf = (s: Schema.Schema.Any) => {
  const { $schema: _drop, ...rest } = JSONSchema.make(s) as unknown as Record<string, unknown>
  return rest
}

/** Query parameters listed from the same Effect Schema the validator uses. */
const queryParams = (s: Schema.Schema.Any) => {
  const json = JSONSchema.make(s, { target: "openApi3.1" }) as { properties?: Record<string, unknown>; $defs?: unknown }
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: false, schema }))
}

const error = { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }
const json = (ref: string) => ({ "application/json": { schema: { $ref: ref } } })

/** OpenAPI 3.1, generated from the schemas the app validates with. */
export const openApiDocument = () => ({
  openapi: "3.1.0",
  info: { title: "dashiji API", version: "0.1.0", description: "大事记: a deduplicated chronicle of dated events from Chinese government news" },
  components: {
    schemas: {
      Event: schemaOf(Event),
      DocumentBody: schemaOf(DocumentBody),
      Error: { type: "object", required: ["error", "message"], properties: { error: { type: "string" }, message: { type: "string" } } },
      Page: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Event" } }, nextCursor: { type: ["string", "null"] } } }
    },
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } }
  },
  paths: {
    "/health": { get: { summary: "liveness and event count", responses: { "200": { description: "ok" } } } },
    "/events": { get: { summary: "events by date with filters and full-text search", parameters: queryParams(EventQuery), responses: { "200": { description: "a page", content: json("#/components/schemas/Page") }, "400": error } } },
    "/events/{id}": { get: { summary: "one event with all sources and merges", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^ev_[0-9a-f]{12}$" } }], responses: { "200": { description: "the event", content: json("#/components/schemas/Event") }, "404": error } } },
    "/people": { get: { summary: "people with event counts, titles and the name in pinyin", responses: { "200": { description: "people" } } } },
    "/people/{name}": { get: { summary: "a person's timeline (with titles and the name in pinyin)", parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "timeline" }, "404": error } } },
    "/places": { get: { summary: "places with event counts", responses: { "200": { description: "places" } } } },
    "/months": { get: { summary: "months with event counts", responses: { "200": { description: "months" } } } },
    "/reports/{month}": {
      get: {
        summary: "the month's report: Markdown (default), CSV, people CSV or JSONL, by ?format= or Accept",
        parameters: [{ name: "month", in: "path", required: true, schema: { type: "string", pattern: "^(\\d{4}|XXXX)-(0[1-9]|1[0-2])$" } }, ...queryParams(ReportQuery)],
        responses: { "200": { description: "the report", content: { "text/markdown": {}, "text/csv": {}, "application/x-ndjson": {} } }, "400": error }
      }
    },
    "/documents": {
      post: {
        summary: "ingest a document; returns created and merged event ids",
        security: [{ bearer: [] }],
        parameters: [
          { name: "name", in: "query", required: false, schema: { type: "string" }, description: "document name for text/plain bodies" },
          { name: "X-Dashiji-Client", in: "header", required: false, schema: { type: "string" }, description: "any value; a text/plain body needs it when the server has no token (a web page cannot send it cross-site)" }
        ],
        requestBody: { content: { "text/plain": { schema: { type: "string" } }, ...json("#/components/schemas/DocumentBody") } },
        responses: {
          "201": { description: "ingested" },
          "200": { description: "already stored" },
          "400": error,
          "401": error,
          "403": { ...error, description: "a foreign Origin, a cross-site request, or text/plain without X-Dashiji-Client" },
          "413": error,
          "415": error,
          "421": { ...error, description: "a Host that is not the server's address" },
          "503": { ...error, description: "every parser is busy (Retry-After)" },
          "504": { ...error, description: "not parsed within the request's deadline" }
        }
      }
    }
  }
})

/** A self-contained docs page (no CDN: it renders the routes from /openapi.json in plain HTML). */
export const docsPage = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>dashiji API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .3rem}h2{margin-top:2rem}li{margin:.3rem 0}</style>
</head><body><h1>dashiji API</h1><p>OpenAPI document: <a href="/openapi.json">/openapi.json</a></p><div id="routes">loading…</div>
<script>
fetch('/openapi.json').then(r => r.json()).then(doc => {
  const root = document.getElementById('routes'); root.textContent = ''
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const h = document.createElement('h2'); h.textContent = method.toUpperCase() + ' ' + path; root.append(h)
    const p = document.createElement('p'); p.textContent = op.summary || ''; root.append(p)
    const params = (op.parameters || []).map(x => x.name + ' (' + x.in + ')')
    if (params.length) { const ul = document.createElement('ul'); for (const t of params) { const li = document.createElement('li'); li.textContent = t; ul.append(li) } root.append(ul) }
  }
})
</script></body></html>`
