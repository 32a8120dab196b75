import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createHash } from "node:crypto"
import { PgClient } from "@effect/sql-pg"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { allEvents, pgAdmin, repoRoot, runCli, seedInputs, tempDb, tempPgStore, withStore } from "./helpers.ts"
import { fullQueries, pgSnapshot, sqliteSnapshot } from "./snapshots.ts"

const cli = join(repoRoot, "apps/cli/src/bin.ts")
const tsx = join(repoRoot, "node_modules/.bin/tsx")
const run = runCli

/** What the store answers to the queries a reader asks (full text long and short, a person, a month). */
const answers = (db: string) =>
  withStore(db, (s) =>
    Effect.all({
      long: allEvents(s, { q: "疫情防控" }),
      short: allEvents(s, { q: "郑" }),
      person: allEvents(s, { person: "王国生" }),
      month: allEvents(s, { month: "2020-02" }),
      months: s.months()
    })
  )

describe("PostgreSQL store commands", () => {
  it("dashiji copy moves a SQLite store into PostgreSQL and back, row for row, answering the same; a store that is not empty is refused", async () => {
    const source = tempDb()
    await withStore(source, (s) => s.ingestDocuments(seedInputs()))
    const pg = await tempPgStore()
    const there = await run(["copy", "--from", source, "--to", pg])
    expect(there.code, there.stderr).toBe(0)
    expect(there.stdout).toMatch(/^5 documents, \d+ events, \d+ mentions copied from .* to postgres:\/\//)
    const back = tempDb()
    const again = await run(["copy", "--from", pg, "--to", back])
    expect(again.code, again.stderr).toBe(0)
    const expected = sqliteSnapshot(source, fullQueries)
    expect(expected["events"]!.length).toBeGreaterThan(100)
    expect(await pgSnapshot(pg, fullQueries)).toEqual(expected)
    expect(sqliteSnapshot(back, fullQueries)).toEqual(expected)
    const want = await answers(source)
    expect(want.long.length).toBeGreaterThan(0)
    expect(await answers(pg)).toEqual(want)
    expect(await answers(back)).toEqual(want)
    // into a store that holds something: refused in one line, nothing written
    const refused = await run(["copy", "--from", source, "--to", pg])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^dashiji copy: the target store is not empty \(5 documents, \d+ events\)/)
    expect(await pgSnapshot(pg, fullQueries)).toEqual(expected)
  })

  it("dashiji migrate makes a new PostgreSQL store's tables once, when two run at once, and then has nothing to do", async () => {
    const pg = await tempPgStore()
    const [a, b] = await Promise.all([run(["migrate", "--db", pg]), run(["migrate", "--db", pg])])
    expect([a.code, b.code], `${a.stderr}${b.stderr}`).toEqual([0, 0])
    expect([a.stdout, b.stdout].join("")).toMatch(/migrated from 0 to \d+/)
    const after = await run(["migrate", "--db", pg])
    expect(after.stdout).toMatch(/is up to date \(migration \d+\)/)
    const tables = await pgAdmin("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename", pg)
    expect(tables.map((t) => t["tablename"])).toEqual(expect.arrayContaining(["documents", "events", "events_fts", "mention_keys", "mentions"]))
    // a server that is not there: one line, no stack
    const down = await run(["migrate", "--db", "postgres://root@127.0.0.1:1/none"])
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(/^dashiji migrate: cannot connect to postgres:\/\/root@127\.0\.0\.1:1\/none: .*ECONNREFUSED/)
    expect(down.stderr.trim().split("\n")).toHaveLength(1)
  })

  it("two dashiji serve on one PostgreSQL store answer the same, and both see what a third process stores", async () => {
    const pg = await tempPgStore()
    const dir = mkdtempSync(join(tmpdir(), "dashiji-serve-pg-"))
    writeFileSync(join(dir, "a.txt"), "3月2日，省长林海岚主持召开省政府常务会议，研究部署春耕生产工作。\n3月9日，林海岚到青川市调研乡村振兴工作。\n")
    expect((await run(["ingest", dir, "--db", pg, "--year", "2031"])).code).toBe(0)
    const servers: Array<ChildProcess> = []
    try {
      const urls = await Promise.all(
        [0, 1].map(
          () =>
            new Promise<string>((resolve, reject) => {
              const p = spawn(tsx, [cli, "serve", "--db", pg, "--port", "0"], { cwd: repoRoot })
              servers.push(p)
              let out = ""
              p.stdout.on("data", (b: Buffer) => {
                out += b.toString()
                const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
                if (m !== null) resolve(m[1]!)
              })
              p.on("exit", (code) => reject(new Error(`serve exited ${code}`)))
            })
        )
      )
      const get = async (url: string, path: string) => {
        const r = await fetch(`${url}${path}`)
        expect(r.status).toBe(200)
        return r.json()
      }
      const paths = ["/months", "/events?month=2031-03", "/events?q=%E6%98%A5%E8%80%95%E7%94%9F%E4%BA%A7", "/people"]
      for (const path of paths) expect(await get(urls[1]!, path)).toEqual(await get(urls[0]!, path))
      expect(((await get(urls[0]!, "/events?month=2031-03")) as { items: Array<unknown> }).items).toHaveLength(2)
      // stored by another process while both serve: each answers with it at once (no state of their own)
      writeFileSync(join(dir, "b.txt"), "4月6日，林海岚到白石县督导安全生产工作。\n")
      expect((await run(["ingest", dir, "--db", pg, "--year", "2031"])).code).toBe(0)
      for (const url of urls) expect(((await get(url, "/months")) as { items: Array<{ month: string }> }).items.map((m) => m.month)).toEqual(["2031-03", "2031-04"])
    } finally {
      for (const p of servers) p.kill("SIGTERM")
      await Promise.all(servers.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on("exit", r)))))
    }
  })

  it("a writer that waits longer than DASHIJI_LOCK_WAIT_MS for what another holds fails with exit 75 in one line; once free, the same command finishes", async () => {
    const pg = await tempPgStore()
    const dir = mkdtempSync(join(tmpdir(), "dashiji-lock-pg-"))
    const text = "5月8日，副市长顾思源到临江市检查冬春农田水利建设。\n"
    writeFileSync(join(dir, "c.txt"), text)
    expect((await run(["migrate", "--db", pg])).code).toBe(0)
    const hash = createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex")
    // another session holds the document's lock (as a writer storing the same bytes would)
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    let holding!: () => void
    const held = new Promise<void>((r) => (holding = r))
    const holder = Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const conn = yield* sql.reserve
          yield* conn.executeUnprepared(`SELECT pg_advisory_lock(hashtextextended('doc:${hash}', 0))`, [], undefined)
          holding()
          yield* Effect.promise(() => released)
          yield* conn.executeUnprepared("SELECT pg_advisory_unlock_all()", [], undefined)
        })
      ).pipe(Effect.provide(PgClient.layer({ url: Redacted.make(pg) })))
    )
    await held
    try {
      const r = await run(["ingest", dir, "--db", pg, "--year", "2031"], { DASHIJI_LOCK_WAIT_MS: "700" })
      expect(r.code).toBe(75)
      expect(r.stdout).toBe("")
      expect(r.stderr).toMatch(/^dashiji ingest: the store postgres:\/\/.* is locked by another process; gave up after waiting \d/)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
    } finally {
      release()
      await holder
    }
    const again = await run(["ingest", dir, "--db", pg, "--year", "2031"], { DASHIJI_LOCK_WAIT_MS: "700" })
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toMatch(/^1 document read, 1 event stored/)
  })
})
