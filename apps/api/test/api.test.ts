import { execFile } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { checkExposure, startServer, type RunningServer } from "../src/server.ts"

const repoRoot = new URL("../../../", import.meta.url).pathname
const seeds = join(repoRoot, "seeds")
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()
const db = join(mkdtempSync(join(tmpdir(), "dashiji-api-")), "api.db")
const TOKEN = "test-token-123"
let server: RunningServer

const post = (path: string, body: string | Uint8Array, type: string, token: string | null = TOKEN) =>
  fetch(`${server.url}${path}`, { method: "POST", body, headers: { "content-type": type, ...(token === null ? {} : { authorization: `Bearer ${token}` }) } })

beforeAll(async () => {
  server = await startServer({ db, port: 0, host: "127.0.0.1", token: TOKEN, maxBodyBytes: 1024 * 1024 })
})
afterAll(async () => {
  await server?.close()
})

describe("dashiji API over a real server and a real SQLite store", () => {
  it("ingests the five seeds by POST (text/plain and JSON) and reports created and merged ids", async () => {
    for (const [i, f] of seedFiles.entries()) {
      const text = readFileSync(join(seeds, f), "utf8")
      const res = i % 2 === 0 ? await post(`/documents?name=${encodeURIComponent(f)}`, text, "text/plain; charset=utf-8") : await post("/documents", JSON.stringify({ name: f, text }), "application/json")
      expect(res.status).toBe(201)
      const body = (await res.json()) as { status: string; created: Array<string>; merged: Array<string> }
      expect(body.status).toBe("ingested")
      expect(body.created.length + body.merged.length).toBeGreaterThan(0)
      for (const id of [...body.created, ...body.merged]) expect(id).toMatch(/^ev_[0-9a-f]{12}$/)
    }
    const again = await post(`/documents?name=${seedFiles[0]}`, readFileSync(join(seeds, seedFiles[0]!), "utf8"), "text/plain")
    expect(again.status).toBe(200)
    expect(((await again.json()) as { status: string }).status).toBe("skipped")
  })

  it("GET /events?month=2020-02&fields=all returns the same events as `dashiji events --month 2020-02 --json` on the same store; without fields=, their summaries", async () => {
    const listing = async (extra: string) => {
      const items: Array<unknown> = []
      let cursor: string | null = null
      do {
        const res: Response = await fetch(`${server.url}/events?month=2020-02&limit=500${extra}${cursor ? `&cursor=${cursor}` : ""}`)
        expect(res.status).toBe(200)
        const page = (await res.json()) as { items: Array<unknown>; nextCursor: string | null }
        items.push(...page.items)
        cursor = page.nextCursor
      } while (cursor !== null)
      return items
    }
    const { stdout } = await promisify(execFile)(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "apps/cli/src/bin.ts"), "events", "--month", "2020-02", "--json", "--all", "--db", db], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 })
    const cli = stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; date: unknown; title: string; kind: string; people: Array<{ name: string; role: string }>; places: Array<{ name: string }>; sources: Array<unknown> })
    expect(cli.length).toBeGreaterThan(50)
    expect(await listing("&fields=all")).toEqual(cli)
    const summaries = cli.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      kind: e.kind,
      lead: (e.people.find((p) => p.role === "lead") ?? e.people[0])?.name ?? null,
      places: e.places.map((p) => p.name),
      sourceCount: e.sources.length
    }))
    expect(await listing("")).toEqual(summaries)
    // fields= adds record fields to each summary
    expect(await listing("&fields=people,sources")).toEqual(summaries.map((s, i) => ({ ...s, people: cli[i]!.people, sources: cli[i]!.sources })))
    expect((await fetch(`${server.url}/events?fields=body`)).status).toBe(400)
  })

  it("serves every read route", async () => {
    const health = await (await fetch(`${server.url}/health`)).json()
    expect(health).toMatchObject({ status: "ok" })
    const page = (await (await fetch(`${server.url}/events?q=${encodeURIComponent("电视电话会议")}&kind=conference_call&limit=5`)).json()) as { items: Array<{ id: string; kind: string }>; nextCursor: string | null }
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.every((e) => e.kind === "conference_call")).toBe(true)
    const one = (await (await fetch(`${server.url}/events/${page.items[0]!.id}`)).json()) as { id: string; sources: Array<{ span: Array<number> }> }
    expect(one.id).toBe(page.items[0]!.id)
    expect(one.sources[0]!.span).toHaveLength(2)
    const people = (await (await fetch(`${server.url}/people`)).json()) as { items: Array<{ name: string; pinyin: string; count: number }> }
    expect(people.items.length).toBeGreaterThan(10)
    expect(people.items.every((p) => /^\p{Lu}/u.test(p.pinyin))).toBe(true)
    const person = (await (await fetch(`${server.url}/people/${encodeURIComponent(people.items[0]!.name)}`)).json()) as { pinyin: string; count: number; events: Array<unknown> }
    expect(person.count).toBe(person.events.length)
    expect(person.pinyin).toBe(people.items[0]!.pinyin)
    const places = (await (await fetch(`${server.url}/places`)).json()) as { items: Array<unknown> }
    expect(places.items.length).toBeGreaterThan(5)
    const months = (await (await fetch(`${server.url}/months`)).json()) as { items: Array<{ month: string; count: number }> }
    expect(months.items.find((m) => m.month === "2020-02")!.count).toBeGreaterThan(50)
    const md = await fetch(`${server.url}/reports/2020-02`)
    expect(md.headers.get("content-type")).toContain("text/markdown")
    expect(await md.text()).toContain("# 2020年2月 大事记")
    const csv = await fetch(`${server.url}/reports/2020-02`, { headers: { accept: "text/csv" } })
    expect(csv.headers.get("content-type")).toContain("text/csv")
    expect((await csv.text()).startsWith("id,start,end")).toBe(true)
    const jsonl = await fetch(`${server.url}/reports/2020-02?format=jsonl`)
    expect((await jsonl.text()).split("\n")[0]).toMatch(/^\{"id":"ev_/)
    const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }
    expect(openapi.openapi).toBe("3.1.0")
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/events", "/events/{id}", "/reports/{month}", "/documents"]))
    expect(openapi.components.schemas["Event"]).toBeDefined()
    // the person record's pinyin comes from the one schema, as a required non-empty string
    const eventSchema = JSON.stringify(openapi.components.schemas["Event"])
    expect(eventSchema).toMatch(/"required":\["name","pinyin","titles","role"\]/)
    expect(eventSchema).toMatch(/"pinyin":\{[^}]*"minLength":1/)
    const docs = await fetch(`${server.url}/docs`)
    expect(await docs.text()).toContain("/openapi.json")
    expect(docs.headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("answers errors as JSON with the right status and no stack trace", async () => {
    const check = async (res: Response, status: number) => {
      expect(res.status).toBe(status)
      const body = (await res.json()) as { error: string; message: string }
      expect(typeof body.error).toBe("string")
      expect(typeof body.message).toBe("string")
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/)
    }
    await check(await fetch(`${server.url}/events?month=2020-13`), 400)
    await check(await fetch(`${server.url}/events?limit=5000`), 400)
    await check(await fetch(`${server.url}/events?cursor=garbage`), 400)
    await check(await fetch(`${server.url}/reports/20-02`), 400)
    await check(await fetch(`${server.url}/events/ev_000000000000`), 404)
    await check(await fetch(`${server.url}/people/${encodeURIComponent("无此人")}`), 404)
    await check(await fetch(`${server.url}/nowhere`), 404)
    await check(await post("/documents?name=a.txt", "3月2日,省长主持召开会议。", "text/plain", null), 401)
    await check(await post("/documents?name=a.txt", "3月2日,省长主持召开会议。", "text/plain", "wrong"), 401)
    await check(await post("/documents?name=x.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), "text/plain"), 415)
    await check(await post("/documents?name=x.bin", new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0, 3]), "text/plain"), 415)
    await check(await post("/documents", "<xml/>", "application/xml"), 415)
    await check(await post("/documents", "{not json", "application/json"), 400)
    await check(await post("/documents", JSON.stringify({ text: "no name" }), "application/json"), 400)
    await check(await post("/documents", "", "text/plain"), 400)
  })

  it("refuses bodies over the size limit with 413", async () => {
    // a small limit, so the whole oversize body fits in the socket buffers and the client reads the answer
    const small = await startServer({ db, port: 0, host: "127.0.0.1", maxBodyBytes: 2000 })
    try {
      const res = await fetch(`${small.url}/documents?name=big.txt`, { method: "POST", body: "长".repeat(3000), headers: { "content-type": "text/plain", "x-dashiji-client": "test" } })
      expect(res.status).toBe(413)
      expect(((await res.json()) as { error: string }).error).toBe("payload_too_large")
    } finally {
      await small.close()
    }
  })

  it("refuses to listen beyond loopback without a token", async () => {
    expect(checkExposure("0.0.0.0", undefined)).toMatch(/refusing/)
    expect(checkExposure("0.0.0.0", "t")).toBeNull()
    expect(checkExposure("127.0.0.1", undefined)).toBeNull()
    await expect(startServer({ db, port: 0, host: "0.0.0.0" })).rejects.toThrow(/DASHIJI_TOKEN/)
  })
})
