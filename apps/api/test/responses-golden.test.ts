import { existsSync, writeFileSync } from "node:fs"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { firstDifference, readGzLines, readParsedFixture, writeGzLines } from "../../../packages/store/test/store-dump.ts"
import { tempDb, withStore } from "../../../packages/store/test/helpers.ts"
import { startServer, type RunningServer } from "../src/server.ts"

/**
 * Issue #22: the API answers exactly as it did before its code was split up. The store is filled from the
 * store's checked-in parser output for the seeds and the development corpus (packages/store/test/fixtures,
 * so extraction changes do not move it); every month's listing and report, every event, the people and the
 * places are fetched from a real server on loopback and must equal the checked-in responses line for line.
 * A missing golden file fails; `UPDATE_GOLDEN=1 npx vitest run test/responses-golden.test.ts` rewrites it
 * after a deliberate change of a response (read the diff: `zcat test/golden/responses.txt.gz`).
 */
const golden = new URL("./golden/responses.txt.gz", import.meta.url).pathname
const update = process.env["UPDATE_GOLDEN"] === "1"
let server: RunningServer

beforeAll(async () => {
  const db = tempDb()
  const documents = readParsedFixture()
  await withStore(db, (s) => Effect.forEach(documents, (d) => s.ingestParsedDocument(d)))
  // no rate limit: the test reads a few hundred listings and reports as fast as it can
  server = await startServer({ db, port: 0, host: "127.0.0.1", token: "golden-token", limits: { concurrent: 0, perSecond: 0, burst: 1 } })
}, 600_000)
afterAll(async () => {
  await server?.close()
})

const get = async (path: string): Promise<string> => {
  const res = await fetch(`${server.url}${path}`)
  return `GET ${path} ${res.status} ${res.headers.get("content-type") ?? ""}\n${await res.text()}`
}

/** Every page of a listing, following its cursors. */
const pages = async (path: string): Promise<Array<string>> => {
  const out: Array<string> = []
  let cursor: string | null = null
  do {
    const url: string = `${path}${cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`}`
    const body = await get(url)
    out.push(body)
    const json = JSON.parse(body.slice(body.indexOf("\n") + 1)) as unknown
    const next = typeof json === "object" && json !== null && "nextCursor" in json ? json.nextCursor : null
    cursor = typeof next === "string" ? next : null
  } while (cursor !== null)
  return out
}

describe("API responses on the seeds and the development corpus", () => {
  it("equal the checked-in responses", async () => {
    const responses: Array<string> = []
    const monthsBody = await get("/months")
    responses.push(monthsBody, await get("/people"), await get("/places"))
    const months = (JSON.parse(monthsBody.slice(monthsBody.indexOf("\n") + 1)) as { items: Array<{ month: string }> }).items.map((m) => m.month)
    expect(months.length).toBeGreaterThan(10)
    const ids = new Set<string>()
    for (const month of months) {
      for (const page of await pages(`/events?month=${month}&limit=50`)) {
        responses.push(page)
        for (const m of page.matchAll(/"id":"(ev_[0-9a-f]{12})"/g)) ids.add(m[1]!)
      }
      responses.push(await get(`/reports/${month}?format=markdown`), await get(`/reports/${month}?format=csv`))
    }
    expect(ids.size).toBeGreaterThan(100)
    for (const id of [...ids].sort()) responses.push(await get(`/events/${id}`))
    // blank lines are no part of the comparison: the golden file's reader drops them
    const actual = responses.join("\n").split("\n").filter((l) => l.length > 0)
    if (update) writeFileSync(golden, writeGzLines(actual))
    expect(existsSync(golden), `${golden} is missing: write it with UPDATE_GOLDEN=1 (see the header)`).toBe(true)
    const expected = readGzLines(golden)
    if (actual.join("\n") !== expected.join("\n")) expect.fail(firstDifference(actual, expected))
  }, 600_000)
})
