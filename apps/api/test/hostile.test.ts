import { request as httpRequest } from "node:http"
import { mkdtempSync } from "node:fs"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sqliteClientLayer, writeTransaction } from "@dashiji/store"
import { Effect } from "effect"
import { ParsePool } from "../src/parse/pool.ts"
import { type RunningServer, startServer } from "../src/server.ts"

const tempDb = () => join(mkdtempSync(join(tmpdir(), "dashiji-api-hostile-")), "api.db")

/** A document of `bytes` bytes on one line: made-up officials named clause after clause. */
const bigDocument = (bytes: number, salt: string) => {
  const unit = `副省长林明远、省委书记钟海岚，`
  return `3月2日，${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}（${salt}）`
}

/** A document of `bytes` bytes of ordinary made-up reports, one a line: seconds of parsing at 16 MB. */
const longDocument = (bytes: number, salt: string) => {
  const lines: Array<string> = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const l = `${(i % 12) + 1}月${(i % 28) + 1}日，副省长林明远到青川市白石县调研第${i}项工作，市委书记钟海岚陪同。`
    lines.push(l)
    size += Buffer.byteLength(l) + 1
  }
  return `${lines.join("\n")}\n（${salt}）`
}

/** A raw HTTP request, so that Host and Origin can be anything (fetch will not send a foreign Host). */
const raw = (url: string, method: string, path: string, headers: Record<string, string>, body?: string) =>
  new Promise<{ status: number; headers: Record<string, string | Array<string> | undefined>; body: string }>((resolve, reject) => {
    const u = new URL(url)
    const req = httpRequest({ host: u.hostname, port: u.port, method, path, headers: { ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }), ...headers } }, (res) => {
      let data = ""
      res.on("data", (b: Buffer) => (data += b.toString()))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }))
    })
    req.on("error", reject)
    if (body !== undefined) req.write(body)
    req.end()
  })

const expectSecureHeaders = (headers: Headers | Record<string, string | Array<string> | undefined>) => {
  const get = (k: string) => (headers instanceof Headers ? headers.get(k) : (headers[k] as string | undefined) ?? null)
  expect(get("content-security-policy")).toMatch(/default-src 'none'/)
  expect(get("content-security-policy")).toMatch(/frame-ancestors 'none'/)
  expect(get("x-content-type-options")).toBe("nosniff")
  expect(get("x-frame-options")).not.toBeNull()
}

describe("the API under a hostile document: parsing off the event loop, with a deadline", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ db: tempDb(), port: 0, host: "127.0.0.1", maxBodyBytes: 6 * 1024 * 1024, timeoutMs: 120_000 })
    // the parser threads load the dictionary first: a small document waits for them
    const warm = await fetch(`${server.url}/documents`, { method: "POST", body: JSON.stringify({ name: "warm.txt", text: "1月2日，副省长温立新到石门县调研。" }), headers: { "content-type": "application/json" } })
    expect(warm.status).toBe(201)
  })
  afterAll(async () => {
    await server?.close()
  })

  it("GET /health is answered while a 5 MB document is being parsed", async () => {
    const text = bigDocument(5 * 1000 * 1000, "health")
    let posted = false
    const big = fetch(`${server.url}/documents?name=big.txt`, { method: "POST", body: text, headers: { "content-type": "text/plain", "x-dashiji-client": "test" } }).then(async (r) => {
      posted = true
      return { status: r.status, body: await r.text() }
    })
    // health, over and over, until the big document is stored
    const answeredDuring: Array<number> = []
    while (!posted) {
      const t = performance.now()
      const h = await fetch(`${server.url}/health`)
      expect(h.status).toBe(200)
      await h.json()
      if (!posted) answeredDuring.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 5))
    }
    const r = await big
    expect(r.status, r.body).toBe(201)
    // answered while the parse was running (on the event loop, it would have waited for the whole parse)
    expect(answeredDuring.length).toBeGreaterThan(2)
  })

  it("a document not parsed within the request's deadline is answered 504, its worker stopped, and the next document parsed", async () => {
    // a deadline the small document below meets and a 16 MB one cannot (it takes seconds)
    const pool = new ParsePool({ size: 1 })
    const quick = await startServer({ db: tempDb(), port: 0, host: "127.0.0.1", maxBodyBytes: 17 * 1024 * 1024, timeoutMs: 300, pool })
    // a small document goes through once a worker has loaded (the ones before it time out in the queue)
    const small = async (day: number) => {
      // up to 60 s: on a loaded machine (the other tests of this file stopping their workers) a fresh worker
      // takes a while to load, and every try before that times out
      let status = 0
      for (const until = Date.now() + 60_000; Date.now() < until && status !== 201; ) {
        const r = await fetch(`${quick.url}/documents`, { method: "POST", body: JSON.stringify({ name: `small-${day}.txt`, text: `1月${day}日，副省长温立新到白石县调研。` }), headers: { "content-type": "application/json" } })
        status = r.status
        await r.arrayBuffer()
      }
      return status
    }
    try {
      expect(await small(3)).toBe(201)
      const res = await fetch(`${quick.url}/documents?name=slow.txt`, { method: "POST", body: longDocument(16 * 1000 * 1000, "slow"), headers: { "content-type": "text/plain", "x-dashiji-client": "test" } })
      expect(res.status).toBe(504)
      expect(((await res.json()) as { error: string }).error).toBe("timeout")
      expectSecureHeaders(res.headers)
      expect((await fetch(`${quick.url}/health`)).status).toBe(200)
      // the pool started a fresh worker: the next document goes through
      expect(await small(4)).toBe(201)
      // the worker that had the long document was stopped, not left to finish it
      expect(pool.restarts).toBe(1)
    } finally {
      await quick.close()
    }
  }, 180_000)

  it("when every parser is busy and the queue is full, a document is answered 503 with Retry-After", async () => {
    const busy = await startServer({ db: tempDb(), port: 0, host: "127.0.0.1", maxBodyBytes: 17 * 1024 * 1024, timeoutMs: 120_000, pool: new ParsePool({ size: 1, queue: 0 }) })
    try {
      const post = (name: string, bytes: number) =>
        fetch(`${busy.url}/documents?name=${name}`, { method: "POST", body: bigDocument(bytes, name), headers: { "content-type": "text/plain", "x-dashiji-client": "test" } })
      // the only parser takes seconds over the first document
      const first = post("a.txt", 16 * 1000 * 1000)
      await new Promise((r) => setTimeout(r, 400))
      const second = await post("b.txt", 1000)
      expect(second.status).toBe(503)
      expect(second.headers.get("retry-after")).toMatch(/^\d+$/)
      expect((await first).status).toBe(201)
    } finally {
      await busy.close()
    }
  })
})

describe("parser threads that cannot start (a bundle without the worker's files)", () => {
  it("are not restarted without end, and documents are parsed on the main thread instead", async () => {
    const pool = new ParsePool({ size: 1, boot: new URL("./no-such-worker.mjs", import.meta.url) })
    const server = await startServer({ db: tempDb(), port: 0, host: "127.0.0.1", pool })
    try {
      const res = await fetch(`${server.url}/documents`, { method: "POST", body: JSON.stringify({ name: "main.txt", text: "1月7日，副省长温立新到石门县调研。" }), headers: { "content-type": "application/json" } })
      expect(res.status).toBe(201)
      await new Promise((r) => setTimeout(r, 500))
      expect(pool.unavailable).toBe(true)
      expect(pool.restarts).toBeLessThanOrEqual(3)
    } finally {
      await server.close()
    }
  })
})

describe("a store another writer holds", () => {
  it("POST /documents waits for the lock, then answers 503 with Retry-After; once free, the document is stored", async () => {
    const db = tempDb()
    process.env["DASHIJI_LOCK_WAIT_MS"] = "300"
    const server = await startServer({ db, port: 0, host: "127.0.0.1" }).finally(() => delete process.env["DASHIJI_LOCK_WAIT_MS"])
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    let holding!: () => void
    const held = new Promise<void>((r) => (holding = r))
    // another connection takes the write lock, as another process's ingest would, and keeps it
    const holder = Effect.runPromise(
      writeTransaction(Effect.sync(() => holding()).pipe(Effect.zipRight(Effect.promise(() => released)))).pipe(
        Effect.provide(sqliteClientLayer(db))
      )
    )
    const body = JSON.stringify({ name: "held.txt", text: "1月6日，副省长温立新到青川市调研。" })
    const post = () => fetch(`${server.url}/documents`, { method: "POST", body, headers: { "content-type": "application/json" } })
    try {
      await held
      const res = await post()
      expect(res.status).toBe(503)
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/)
      expect(((await res.json()) as { error: string }).error).toBe("store_busy")
      release()
      await holder
      expect((await post()).status).toBe(201)
    } finally {
      release()
      await server.close()
    }
  })
})

describe("a browser-safe local server", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ db: tempDb(), port: 0, host: "127.0.0.1" })
  })
  afterAll(async () => {
    await server?.close()
  })
  const host = () => `127.0.0.1:${server.port}`
  const json = JSON.stringify({ name: "page.txt", text: "1月4日，副省长温立新到临江市调研。" })

  it("refuses a Host that is not the bound address (DNS rebinding), for reads and writes", async () => {
    const r = await raw(server.url, "GET", "/health", { host: "evil.example" })
    expect(r.status).toBe(421)
    expect(JSON.parse(r.body)).toMatchObject({ error: "misdirected_request" })
    expectSecureHeaders(r.headers)
    expect((await raw(server.url, "POST", "/documents", { host: `evil.example:${server.port}`, "content-type": "application/json" }, json)).status).toBe(421)
    // the loopback names of the bound address are the same server
    expect((await raw(server.url, "GET", "/health", { host: `localhost:${server.port}` })).status).toBe(200)
    expect((await raw(server.url, "GET", "/health", { host: host() })).status).toBe(200)
  })

  it("refuses writes from a foreign Origin or a cross-site fetch, and accepts its own origin", async () => {
    const foreign = await raw(server.url, "POST", "/documents", { host: host(), origin: "http://evil.example", "content-type": "application/json" }, json)
    expect(foreign.status).toBe(403)
    expect(JSON.parse(foreign.body)).toMatchObject({ error: "forbidden_origin" })
    expect((await raw(server.url, "POST", "/documents", { host: host(), origin: "null", "content-type": "application/json" }, json)).status).toBe(403)
    expect((await raw(server.url, "POST", "/documents", { host: host(), "sec-fetch-site": "cross-site", "content-type": "application/json" }, json)).status).toBe(403)
    const own = await raw(server.url, "POST", "/documents", { host: host(), origin: `http://${host()}`, "content-type": "application/json" }, json)
    expect(own.status).toBe(201)
  })

  it("a simple cross-site POST cannot write: text/plain needs the client header (or the token), forms are refused", async () => {
    const plain = await raw(server.url, "POST", "/documents?name=p.txt", { host: host(), "content-type": "text/plain" }, "1月5日，副省长温立新到云阳市调研。")
    expect(plain.status).toBe(403)
    expect(JSON.parse(plain.body)).toMatchObject({ error: "client_header_required" })
    const form = await raw(server.url, "POST", "/documents", { host: host(), "content-type": "application/x-www-form-urlencoded" }, "name=a&text=b")
    expect(form.status).toBe(415)
    const none = await raw(server.url, "POST", "/documents", { host: host() }, "1月5日")
    expect(none.status).toBe(415)
    const withHeader = await raw(server.url, "POST", "/documents?name=p.txt", { host: host(), "content-type": "text/plain", "x-dashiji-client": "script" }, "1月5日，副省长温立新到云阳市调研。")
    expect(withHeader.status).toBe(201)
  })

  it("every response carries CSP and the secure headers: HEAD, errors, refusals and Node's own 431", async () => {
    for (const [method, path] of [
      ["GET", "/health"],
      ["HEAD", "/health"],
      ["HEAD", "/events"],
      ["GET", "/nowhere"],
      ["GET", "/events?month=2020-13"],
      ["GET", "/openapi.json"]
    ] as const) {
      const r = await raw(server.url, method, path, { host: host() })
      expect(r.status, `${method} ${path}`).toBeGreaterThan(0)
      expect(r.headers["content-security-policy"], `${method} ${path}`).toBeDefined()
      expectSecureHeaders(r.headers)
    }
    // the docs page (Swagger UI) runs scripts and styles from this server only: nothing inline, nothing from elsewhere
    const docs = await raw(server.url, "GET", "/docs", { host: host() })
    expect(String(docs.headers["content-security-policy"])).toMatch(/script-src 'self';/)
    expect(String(docs.headers["content-security-policy"])).toMatch(/style-src 'self';/)
    expect(String(docs.headers["content-security-policy"])).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
    // headers too large: Node answers before the app; the answer still carries the headers
    const answer = await new Promise<string>((resolve) => {
      const s = connect(server.port, "127.0.0.1", () => s.write(`GET /health HTTP/1.1\r\nHost: ${host()}\r\nX-Big: ${"a".repeat(64 * 1024)}\r\n\r\n`))
      let data = ""
      s.on("data", (b: Buffer) => (data += b.toString()))
      s.on("end", () => resolve(data))
      s.on("error", () => resolve(data))
    })
    expect(answer).toMatch(/^HTTP\/1\.1 431/)
    expect(answer).toMatch(/Content-Security-Policy: default-src 'none'/)
    expect(answer).toMatch(/X-Content-Type-Options: nosniff/)
  })
})
