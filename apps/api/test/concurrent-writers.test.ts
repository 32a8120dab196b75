import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EventQuery, sqliteStoreLayer } from "@dashiji/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { startServer } from "../src/server.ts"

const repoRoot = new URL("../../../", import.meta.url).pathname
const tsx = join(repoRoot, "node_modules/.bin/tsx")
const cli = join(repoRoot, "apps/cli/src/bin.ts")

const ingest = (dir: string, db: string) =>
  new Promise<{ code: number; stderr: string }>((resolve) => {
    const p = spawn(tsx, [cli, "ingest", dir, "--db", db, "--year", "2021"], { cwd: repoRoot })
    let stderr = ""
    p.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    p.on("exit", (code) => resolve({ code: code ?? -1, stderr }))
  })

const surnames = ["柏", "韦", "颜", "骆", "汪"]
const given = ["景行", "若愚", "致远", "慎之", "怀瑾"]
const work = ["调研春耕备耕", "部署防汛抗旱", "检查安全生产", "督办民生实事"]

/** Made-up dated reports; neighbouring documents report some of the same days, so they merge. */
const corpus = (n: number): Array<[string, string]> => {
  const salt = Math.floor(Math.random() * 100)
  return Array.from({ length: n }, (_, i) => {
    const lines = Array.from({ length: 5 }, (_, k) => {
      const ev = Math.floor(i / 2) * 2 + k
      return `${(ev % 12) + 1}月${((ev * 5 + salt) % 27) + 1}日，副省长${surnames[(ev + salt) % 5]}${given[(ev * 2 + salt) % 5]}到白沙县${work[ev % 4]}。`
    })
    return [`api-doc-${String(i).padStart(2, "0")}.txt`, `${lines.join("\n")}\n（第${i}稿）`]
  })
}

/** Every event (each record carries its sources and merges) and every document, through the store. */
const contents = (db: string) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(EventQuery, (s) =>
        Effect.gen(function* () {
          const events = []
          let cursor: string | undefined
          for (;;) {
            const page = yield* s.listEvents({ limit: 500, cursor })
            events.push(...page.items)
            if (page.nextCursor === null) break
            cursor = page.nextCursor
          }
          return { documents: yield* s.documentNames(), events }
        })
      )
    ).pipe(Effect.provide(sqliteStoreLayer(db)))
  )

describe("the API and the CLI writing one store at once", () => {
  it("POST /documents while `dashiji ingest` runs on the same store: both finish, and the store equals a sequential ingest", async () => {
    const base = mkdtempSync(join(tmpdir(), "dashiji-api-writers-"))
    const docs = corpus(40)
    const byApi = (i: number) => i % 4 === 1
    const all = join(base, "all")
    const cliHalf = join(base, "cli-half")
    mkdirSync(all)
    mkdirSync(cliHalf)
    docs.forEach(([name, text], i) => {
      writeFileSync(join(all, name), text)
      if (!byApi(i)) writeFileSync(join(cliHalf, name), text)
    })
    const sequential = join(base, "sequential.db")
    expect((await ingest(all, sequential)).code).toBe(0)

    const db = join(base, "shared.db")
    const server = await startServer({ db, port: 0, host: "127.0.0.1" })
    try {
      const statuses: Array<number> = []
      const post = async (name: string, text: string) => {
        const res = await fetch(`${server.url}/documents`, { method: "POST", body: JSON.stringify({ name, text }), headers: { "content-type": "application/json" } })
        statuses.push(res.status)
        await res.arrayBuffer()
      }
      // the first of the API's documents before the CLI starts: the parser threads are ready after it
      const apiDocs = docs.filter((_, i) => byApi(i))
      await post(...apiDocs[0]!)
      let cliDone = false
      const cliRun = ingest(cliHalf, db).then((r) => ((cliDone = true), r))
      // start posting once the CLI has begun to write
      for (let t = 0; t < 600; t++) {
        const health = (await (await fetch(`${server.url}/health`)).json()) as { events: number }
        if (health.events > 0) break
        await new Promise((r) => setTimeout(r, 50))
      }
      let overlapped = 0
      for (const [name, text] of apiDocs.slice(1)) {
        await post(name, text)
        if (!cliDone) overlapped++
      }
      const r = await cliRun
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      expect(statuses.every((s) => s === 201)).toBe(true)
      // the two writers really did write at the same time
      expect(overlapped).toBeGreaterThan(0)
    } finally {
      await server.close()
    }
    const [got, expected] = [await contents(db), await contents(sequential)]
    expect(got.documents).toHaveLength(40)
    expect(expected.events.some((e) => e.merged.length > 0)).toBe(true)
    expect(got).toEqual(expected)
  })
})
