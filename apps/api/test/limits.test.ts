import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Ingest, storeLayer } from "@dashiji/store"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { isExpensive, limitsFromEnv, TokenBuckets } from "../src/limits.ts"
import { startServer } from "../src/server.ts"
import { madeUpDocuments } from "./made-up.ts"

/**
 * Expensive reads are limited (issue #23): per client a burst then a steady rate, and so many at once over
 * all clients; past either the server answers 429 with Retry-After before doing the work. Token-less
 * full-text queries (q=*, q=%_\) are refused, not answered by scanning every event.
 */

const seeded = async (db: string) => {
  await Effect.runPromise(
    Effect.scoped(Effect.flatMap(Ingest, (s) => s.ingestDocuments(madeUpDocuments.map((d) => ({ name: d.name, bytes: new Uint8Array(Buffer.from(d.text, "utf8")) })), { year: 2021 }))).pipe(
      Effect.provide(storeLayer(db))
    ) as Effect.Effect<unknown, unknown, never>
  )
  return db
}

describe("limits on expensive reads, on a real server on loopback", () => {
  let db: string
  beforeAll(async () => {
    db = await seeded(join(mkdtempSync(join(tmpdir(), "dashiji-limits-")), "api.db"))
  })

  it("a client past its burst gets 429 with Retry-After; cheap routes still answer; the allowance comes back", async () => {
    const server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1, limits: { concurrent: 0, perSecond: 1, burst: 3 } })
    try {
      const statuses: Array<number> = []
      let refused: Response | undefined
      for (const path of ["/people", "/places", "/months", "/events?q=春耕", "/people"]) {
        const res = await fetch(`${server.url}${path}`)
        statuses.push(res.status)
        if (res.status === 429) refused ??= res
        else await res.arrayBuffer()
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429])
      expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1)
      expect(refused!.headers.get("content-security-policy")).not.toBeNull()
      expect(await refused!.json()).toMatchObject({ error: "too_many_requests" })
      // health, one event, the API description: not limited
      for (const path of ["/health", "/openapi.json", "/events/ev_000000000000"]) expect([200, 404]).toContain((await fetch(`${server.url}${path}`)).status)
      await new Promise((r) => setTimeout(r, 1100))
      expect((await fetch(`${server.url}/months`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it("token-less full-text queries are refused with the reason, in the API and the reader", async () => {
    const server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1 })
    try {
      for (const q of ["*", "%_\\", " ** "]) {
        const res = await fetch(`${server.url}/events?q=${encodeURIComponent(q)}`)
        expect(res.status).toBe(400)
        const body = (await res.json()) as { error: string; message: string }
        expect(body.error).toBe("bad_request")
        expect(body.message).toMatch(/^q: .*not wildcards/)
        const page = await fetch(`${server.url}/search?q=${encodeURIComponent(q)}`)
        expect(page.status).toBe(400)
        expect(await page.text()).toContain("不是通配符")
      }
      // a word still finds its events, a short one too
      for (const q of ["春耕", "春"]) {
        const res = await fetch(`${server.url}/events?q=${encodeURIComponent(q)}`)
        expect(res.status).toBe(200)
        expect(((await res.json()) as { items: Array<unknown> }).items.length).toBeGreaterThan(0)
      }
    } finally {
      await server.close()
    }
  })

  it("requests beyond the limit in flight get 429 with Retry-After; the others are answered", async () => {
    const server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1, limits: { concurrent: 1, perSecond: 0, burst: 0 } })
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => fetch(`${server.url}/${i % 2 === 0 ? "reports/2021-03?format=xlsx" : "events?q=%E6%98%A5%E8%80%95"}`)))
      const statuses = answers.map((r) => r.status)
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1)
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1)
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true)
      for (const r of answers) if (r.status === 429) expect(r.headers.get("retry-after")).toBe("1")
      await Promise.all(answers.map((r) => r.arrayBuffer()))
      // once they are answered, the next one goes through
      expect((await fetch(`${server.url}/months`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe("the limiter's parts", () => {
  it("a bucket gives its burst, then one request per 1/rate seconds; clients are apart", () => {
    const b = new TokenBuckets(2, 3)
    expect([0, 0, 0].map(() => b.take("a", 1000))).toEqual([0, 0, 0])
    expect(b.take("a", 1000)).toBe(1)
    expect(b.take("b", 1000)).toBe(0)
    expect(b.take("a", 1500)).toBe(0)
    expect(b.take("a", 1500)).toBe(1)
  })

  it("remembers a bounded number of clients", () => {
    const b = new TokenBuckets(1, 1, 100)
    for (let i = 0; i < 1000; i++) b.take(`10.0.${i >> 8}.${i & 255}`, 0)
    expect((b as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100)
  })

  it("knows the expensive routes and reads its settings from the environment, refusing a bad one by name", () => {
    for (const p of ["/events", "/people", "/people/某人", "/places", "/months", "/reports/2021-03", "/search", "/index/people"]) expect(isExpensive("GET", p)).toBe(true)
    for (const p of ["/health", "/events/ev_0123456789ab", "/openapi.json", "/docs", "/"]) expect(isExpensive("GET", p)).toBe(false)
    expect(isExpensive("POST", "/documents")).toBe(false)
    expect(limitsFromEnv({})).toEqual({ concurrent: 16, perSecond: 30, burst: 60 })
    expect(limitsFromEnv({ DASHIJI_RATE_LIMIT: "0", DASHIJI_MAX_CONCURRENT: "4" })).toEqual({ concurrent: 4, perSecond: 0, burst: 1 })
    expect(() => limitsFromEnv({ DASHIJI_RATE_LIMIT: "fast" })).toThrow(/DASHIJI_RATE_LIMIT must be a whole number/)
  })
})
