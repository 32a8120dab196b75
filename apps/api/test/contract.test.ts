import SwaggerParser from "@apidevtools/swagger-parser"
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString } from "@redocly/openapi-core"
import { Ajv2020 } from "ajv/dist/2020.js"
import { Event } from "@dashiji/core"
import { Schema } from "effect"
import { request as httpRequest } from "node:http"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { examples, exampleEvent } from "../src/contract/examples.ts"
import { EventPage, IngestResult, MonthsList, PeopleList, PersonTimeline, PlacesList } from "../src/contract/bodies.ts"
import { operations } from "../src/contract/operations.ts"
import { makeApp } from "../src/app.ts"
import { openApiDocument } from "../src/openapi.ts"
import { startServer, type RunningServer } from "../src/server.ts"
import { madeUpDocuments } from "./made-up.ts"

type Doc = ReturnType<typeof openApiDocument>
type Json = Record<string, unknown>
const db = join(mkdtempSync(join(tmpdir(), "dashiji-contract-")), "api.db")
let server: RunningServer
let doc: Doc

beforeAll(async () => {
  server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1 })
  for (const d of madeUpDocuments) {
    const res = await fetch(`${server.url}/documents`, { method: "POST", body: JSON.stringify(d), headers: { "content-type": "application/json" } })
    expect(res.status).toBe(201)
  }
  doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Doc
})
afterAll(async () => {
  await server?.close()
})

/** The document's schemas for ajv: components/schemas as $defs. */
const ajv = new Ajv2020({ strict: false, allErrors: true })
const compiled = new Map<string, ReturnType<typeof ajv.compile>>()
const validatorFor = (schema: unknown) => {
  const key = JSON.stringify(schema)
  let v = compiled.get(key)
  if (v === undefined) {
    const rebase = (x: unknown) => JSON.parse(JSON.stringify(x).replaceAll('"#/components/schemas/', '"#/$defs/')) as Json
    v = ajv.compile({ ...rebase(schema), $defs: rebase(doc.components.schemas) })
    compiled.set(key, v)
  }
  return v
}

/** The operation a request went to: its method and the path template that matches. */
const operationOf = (method: string, path: string) => {
  for (const [template, ops] of Object.entries(doc.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`)
    const op = (ops as Record<string, Json>)[method.toLowerCase()]
    if (op !== undefined && re.test(path)) return { template, op }
  }
  return undefined
}

const resolveResponse = (r: Json): Json => (typeof r["$ref"] === "string" ? (doc.components.responses as Record<string, Json>)[(r["$ref"] as string).split("/").pop()!]! : r)

const seen = new Map<string, Set<string>>()

/** Sends a request, checks the answer against the document (status, media type, body, headers), returns it. */
const call = async (method: string, pathAndQuery: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
  const res = await fetch(`${server.url}${pathAndQuery}`, { method, headers: init.headers, body: init.body })
  const path = new URL(pathAndQuery, server.url).pathname
  const found = operationOf(method, decodeURIComponent(path))
  expect(found, `${method} ${path} is documented`).toBeDefined()
  const { template, op } = found!
  const responses = op["responses"] as Record<string, Json>
  const status = String(res.status)
  expect(Object.keys(responses), `${method} ${template} documents ${status}`).toContain(status)
  seen.set(`${method.toLowerCase()} ${template}`, (seen.get(`${method.toLowerCase()} ${template}`) ?? new Set()).add(status))
  const documented = resolveResponse(responses[status]!)
  for (const header of Object.keys((documented["headers"] as Json | undefined) ?? {})) if (header !== "Retry-After") expect(res.headers.get(header), `${header} on ${status}`).not.toBeNull()
  const bytes = new Uint8Array(await res.arrayBuffer())
  const content = documented["content"] as Record<string, { schema: Json }> | undefined
  if (content === undefined) {
    expect(bytes.length, `${status} has no body`).toBe(0)
    return { res, body: undefined as unknown }
  }
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim()
  expect(Object.keys(content), `${method} ${template} ${status} documents ${type}`).toContain(type)
  const body: unknown = type === "application/json" ? JSON.parse(new TextDecoder().decode(bytes)) : type.startsWith("text/") || type.endsWith("ndjson") ? new TextDecoder().decode(bytes) : bytes
  if (!(body instanceof Uint8Array)) {
    const validate = validatorFor(content[type]!.schema)
    expect(validate(body), `${method} ${pathAndQuery} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true)
  }
  return { res, body }
}

const raw = (port: number, path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
      let data = ""
      res.on("data", (b: Buffer) => (data += b.toString()))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body: data }))
    })
    req.on("error", reject)
    req.end()
  })

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 for swagger-parser", async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined()
  })

  it("passes redocly lint (recommended rules) with no error and no warning", async () => {
    const config = await createConfig({ extends: ["recommended"] })
    const problems = await lintDocument({ document: makeDocumentFromString(JSON.stringify(doc), "/openapi.json"), config, externalRefResolver: new BaseResolver() })
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ""}`)).toEqual([])
  })

  it("documents exactly the API's routes, each with an operationId, parameters described and error answers", () => {
    const app = makeApp({} as never)
    const reader = (p: string) => !["/events", "/people", "/places", "/months", "/reports", "/documents", "/health"].some((r) => p === r || p.startsWith(`${r}/`))
    const served = new Set(app.routes.filter((r) => r.method !== "ALL" && !reader(r.path)).map((r) => `${r.method.toLowerCase()} ${r.path.replace(/\/$/, "") || "/"}`))
    const documented = new Set(operations.map((o) => `${o.method} ${o.path.replace(/\{([^}]+)\}/g, ":$1")}`))
    expect([...served].sort()).toEqual([...documented].sort())
    const ids = new Set<string>()
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops as Record<string, Json>)) {
        const id = op["operationId"] as string
        expect(id, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/)
        expect(ids.has(id)).toBe(false)
        ids.add(id)
        for (const p of (op["parameters"] as Array<Json>) ?? []) expect(typeof p["description"] === "string" || p["in"] === "path", `${method} ${path} ${String(p["name"])} described`).toBe(true)
        const statuses = Object.keys(op["responses"] as Json)
        expect(statuses).toEqual(expect.arrayContaining(["421", "500"]))
        expect(statuses.some((s) => s.startsWith("4") && s !== "421" && s !== "429")).toBe(path === "/health" || path === "/people" || path === "/places" || path === "/months" ? false : true)
      }
    // GET /events lists every filter the store takes
    const names = ((doc.paths["/events"] as Record<string, Json>)["get"]!["parameters"] as Array<{ name: string }>).map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(["from", "to", "month", "person", "place", "kind", "org", "q", "limit", "cursor"]))
  })

  it("has examples that its own schemas accept", () => {
    expect(Schema.decodeUnknownSync(Event)(exampleEvent)).toBeDefined()
    for (const [schema, value] of [
      [EventPage, examples.page],
      [PeopleList, examples.people],
      [PersonTimeline, examples.person],
      [PlacesList, examples.places],
      [MonthsList, examples.months],
      [IngestResult, examples.ingested]
    ] as const)
      expect(() => Schema.decodeUnknownSync(schema as Schema.Schema<unknown, unknown>)(value)).not.toThrow()
  })
})

describe("live answers match the document", () => {
  it("walks every documented route: successes, 304, and the errors each one documents", async () => {
    const { body: page } = await call("GET", "/events?limit=2")
    const first = (page as { items: Array<{ id: string; people: Array<{ name: string }> }> }).items[0]!
    const next = (page as { nextCursor: string }).nextCursor
    expect(next).not.toBeNull()
    await call("GET", `/events?cursor=${next}&limit=500`)
    await call("GET", `/events?month=2021-03&kind=meeting&person=${encodeURIComponent("钟海岚")}&q=${encodeURIComponent("会议")}`)
    await call("GET", `/events?from=2021-03-01&to=2021-03&place=${encodeURIComponent("青川市")}&org=${encodeURIComponent("省委")}`)
    await call("GET", "/health")
    await call("GET", `/events/${first.id}`)
    await call("GET", "/people")
    await call("GET", `/people/${encodeURIComponent("钟海岚")}`)
    await call("GET", "/places")
    const { body: months } = await call("GET", "/months")
    expect((months as { items: Array<{ month: string }> }).items.map((m) => m.month)).toContain("2021-03")
    await call("GET", "/reports/2021-03")
    await call("GET", "/reports/2021-03?format=csv&bom=1")
    await call("GET", "/reports/2021-03?format=people-csv")
    await call("GET", "/reports/2021-03", { headers: { accept: "application/x-ndjson" } })
    const { res: xlsx } = await call("GET", "/reports/2021-03?format=xlsx")
    expect(xlsx.headers.get("content-disposition")).toContain("dashiji-2021-03.xlsx")
    // 304 on every GET route, with the ETag of the first answer
    for (const path of ["/health", "/events?month=2021-03", `/events/${first.id}`, "/people", `/people/${encodeURIComponent("钟海岚")}`, "/places", "/months", "/reports/2021-03"]) {
      const tag = (await fetch(`${server.url}${path}`)).headers.get("etag")
      expect(tag, path).toMatch(/^(W\/)?"/)
      const { res } = await call("GET", path, { headers: { "if-none-match": tag! } })
      expect(res.status, path).toBe(304)
    }
    // documented errors
    for (const path of ["/events?kind=meting", "/events?from=2020-02-30", "/events?month=2020-13", "/events?limit=0", "/reports/2021-13", "/reports/2021-03?format=pdf"]) expect((await call("GET", path)).res.status, path).toBe(400)
    for (const path of ["/events/nope", "/events/ev_000000000000", `/people/${encodeURIComponent("无此人")}`]) expect((await call("GET", path)).res.status, path).toBe(404)
    const text = "2021年5月6日,副省长林明远到青川市调研防汛工作。"
    expect((await call("POST", "/documents?name=five.txt", { headers: { "content-type": "text/plain", "x-dashiji-client": "test" }, body: text })).res.status).toBe(201)
    expect((await call("POST", "/documents?name=five.txt", { headers: { "content-type": "text/plain", "x-dashiji-client": "test" }, body: text })).res.status).toBe(200)
    expect((await call("POST", "/documents", { headers: { "content-type": "application/json" }, body: "{}" })).res.status).toBe(400)
    expect((await call("POST", "/documents", { headers: { "content-type": "text/plain" }, body: text })).res.status).toBe(403)
    expect((await call("POST", "/documents", { headers: { "content-type": "application/xml" }, body: "<a/>" })).res.status).toBe(415)
    // a foreign Host: the guard's 421, as documented on every route
    const misdirected = await raw(server.port, "/events", { host: `evil.example:${server.port}` })
    expect(misdirected.status).toBe(421)
    expect(validatorFor({ $ref: "#/components/schemas/Error" })(JSON.parse(misdirected.body))).toBe(true)
    // every operation was answered successfully at least once
    for (const o of operations) {
      const statuses = seen.get(`${o.method} ${o.path}`)
      expect([...(statuses ?? [])].some((s) => s.startsWith("2")), `${o.method} ${o.path} answered 2xx`).toBe(true)
    }
  })

  it("says which values a closed parameter accepts, and checks dates on the calendar", async () => {
    const kind = (await (await fetch(`${server.url}/events?kind=meting`)).json()) as { message: string }
    expect(kind.message).toBe('kind: expected one of meeting, conference_call, inspection, reception, activity, announcement, other (got "meting")')
    const day = (await (await fetch(`${server.url}/events?from=2020-02-30`)).json()) as { message: string }
    expect(day.message).toMatch(/^from: expected a date .* \(got "2020-02-30"\)$/)
    expect((await fetch(`${server.url}/events?from=2020-02-29`)).status).toBe(200)
    expect((await fetch(`${server.url}/events?from=2021-02-29`)).status).toBe(400)
    const format = (await (await fetch(`${server.url}/reports/2021-03?format=pdf`)).json()) as { message: string }
    expect(format.message).toContain("markdown, csv, jsonl, people-csv, xlsx")
  })

  it("gives a new ETag once the store changes", async () => {
    const before = (await fetch(`${server.url}/months`)).headers.get("etag")
    const res = await fetch(`${server.url}/documents`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "six.txt", text: "2021年6月3日,省长赵启航到青川市检查夏粮收购工作。" }) })
    expect(res.status).toBe(201)
    const after = await fetch(`${server.url}/months`, { headers: { "if-none-match": before! } })
    expect(after.status).toBe(200)
    expect(after.headers.get("etag")).not.toBe(before)
  })

  it("answers no other origin's page (CORS) unless configured, and then only reads", async () => {
    const plain = await fetch(`${server.url}/months`, { headers: { origin: "http://example.test" } })
    expect(plain.headers.get("access-control-allow-origin")).toBeNull()
    const open = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1, corsOrigins: ["http://reader.test:3000"] })
    try {
      const ok = await fetch(`${open.url}/months`, { headers: { origin: "http://reader.test:3000" } })
      expect(ok.headers.get("access-control-allow-origin")).toBe("http://reader.test:3000")
      expect(ok.headers.get("access-control-expose-headers")).toContain("ETag")
      const other = await fetch(`${open.url}/months`, { headers: { origin: "http://other.test" } })
      expect(other.headers.get("access-control-allow-origin")).toBeNull()
      const write = await fetch(`${open.url}/documents`, { method: "POST", headers: { origin: "http://reader.test:3000", "content-type": "application/json" }, body: JSON.stringify({ name: "x.txt", text: "2021年7月1日,省委召开会议。" }) })
      expect(write.status).toBe(403)
    } finally {
      await open.close()
    }
  })

  it("serves /docs with Swagger UI from node_modules", async () => {
    const page = await fetch(`${server.url}/docs`)
    const html = await page.text()
    expect(html).toContain('src="/docs/swagger-ui-bundle.js"')
    expect(html).not.toMatch(/https?:\/\/(?!127)/)
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'")
    for (const asset of ["/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/init.js"]) {
      const res = await fetch(`${server.url}${asset}`)
      expect(res.status, asset).toBe(200)
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(20)
    }
    expect((await fetch(`${server.url}/docs/nothing.js`)).status).toBe(404)
  })
})
