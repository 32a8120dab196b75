import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as SqlClient from "@effect/sql/SqlClient"
import { Ingest } from "../src/ingest.ts"
import { sqliteClientLayer, sqliteStoreLayer } from "../src/layers.ts"
import { writeTransaction } from "../src/transaction.ts"
import { runCli } from "./helpers.ts"

const run = runCli

// made-up officials, places and business: random per run, so nothing depends on one lucky corpus
const pick = <A>(xs: ReadonlyArray<A>, i: number): A => xs[i % xs.length]!
const surnames = ["林", "钟", "顾", "温", "严", "蒋", "邵", "任"]
const given = ["明远", "海岚", "振宇", "晓峰", "立新", "思源", "建华", "文博"]
const cities = ["青川市", "白石县", "云阳市", "石门县", "临江市"]
const business = ["研究部署防汛工作", "调研乡村振兴", "督导安全生产", "听取重点项目汇报", "部署森林防火工作", "检查冬春农田水利建设"]

/**
 * A corpus of short dated reports in which the same day's meeting is reported by several documents
 * (so ingests merge across documents), each document distinct in bytes.
 */
const makeCorpus = (dir: string, files: number) => {
  mkdirSync(dir, { recursive: true })
  const salt = Math.floor(Math.random() * 1000)
  const names: Array<string> = []
  for (let i = 0; i < files; i++) {
    const lines: Array<string> = []
    for (let k = 0; k < 6; k++) {
      // shared events: documents i and i+1 report the events numbered i+k and i+k-... alike
      const ev = Math.floor(i / 2) * 3 + k
      const month = (ev % 12) + 1
      const day = ((ev * 7 + salt) % 27) + 1
      const who = `${pick(surnames, ev + salt)}${pick(given, ev * 3 + salt)}`
      const where = pick(cities, ev)
      lines.push(`${month}月${day}日，副省长${who}到${where}${pick(business, ev)}，要求各地压实责任、抓好落实。`)
    }
    lines.push(`（本稿第${i}号）`)
    const name = `doc-${String(i).padStart(3, "0")}.txt`
    writeFileSync(join(dir, name), lines.join("\n"))
    names.push(name)
  }
  return names
}

/** A folder holding links to some of the corpus files (the same bytes, the same names). */
const subset = (corpus: string, names: ReadonlyArray<string>, dir: string) => {
  mkdirSync(dir, { recursive: true })
  for (const n of names) symlinkSync(join(corpus, n), join(dir, n))
  return dir
}

/** Everything that identifies a store's contents, in a fixed order. */
const snapshot = (db: string) => {
  const d = new Database(db, { readonly: true })
  try {
    return {
      events: d.prepare("SELECT id, date_start, date_end, kind, title, record FROM events ORDER BY id").all(),
      mentions: d.prepare("SELECT key, event_id, content_hash, document, span_start, span_end FROM mentions ORDER BY key").all(),
      merges: d.prepare("SELECT event_id, document, span_start, span_end, method, round(score, 6) AS score FROM merges ORDER BY event_id, document, span_start, method").all(),
      documents: d.prepare("SELECT content_hash, name, mentions FROM documents ORDER BY content_hash").all(),
      people: d.prepare("SELECT event_id, name, role FROM event_people ORDER BY event_id, name, role").all()
    }
  } finally {
    d.close()
  }
}

const temp = () => mkdtempSync(join(tmpdir(), "dashiji-concurrent-"))

describe("concurrent writers", () => {
  it("two `dashiji ingest` processes on one store, disjoint and overlapping halves, both finish with the store a sequential ingest gives", async () => {
    const base = temp()
    const corpus = join(base, "corpus")
    const names = makeCorpus(corpus, 48)
    // the reference: one process, every file
    const sequential = join(base, "sequential.db")
    const ref = await run(["ingest", corpus, "--db", sequential, "--year", "2021"])
    expect(ref.code).toBe(0)
    const expected = snapshot(sequential)
    expect(expected.documents).toHaveLength(48)
    expect(expected.merges.length).toBeGreaterThan(0)

    const halves = [
      ["disjoint", names.slice(0, 24), names.slice(24)],
      ["overlapping", names.slice(0, 32), names.slice(16)]
    ] as const
    for (const [label, a, b] of halves) {
      const db = join(base, `${label}.db`)
      // both start on a store that does not exist yet: they also race to create and migrate it
      const [ra, rb] = await Promise.all([
        run(["ingest", subset(corpus, a, join(base, `${label}-a`)), "--db", db, "--year", "2021"]),
        run(["ingest", subset(corpus, b, join(base, `${label}-b`)), "--db", db, "--year", "2021"])
      ])
      expect(`${ra.stderr}${rb.stderr}`).not.toMatch(/lock|busy|SqliteError|Error/i)
      expect([ra.code, rb.code]).toEqual([0, 0])
      const got = snapshot(db)
      expect(got.documents).toEqual(expected.documents)
      expect(got.events.map((e) => (e as { id: string }).id)).toEqual(expected.events.map((e) => (e as { id: string }).id))
      expect(got.events).toEqual(expected.events)
      expect(got.mentions).toEqual(expected.mentions)
      expect(got.merges).toEqual(expected.merges)
      expect(got.people).toEqual(expected.people)
    }
  })

  it("a writer that waits too long fails with a typed error naming the holder: exit 75, the reason on stderr, nothing on stdout", async () => {
    const base = temp()
    const corpus = join(base, "corpus")
    makeCorpus(corpus, 2)
    const db = join(base, "held.db")
    // this process takes the store's write lock the way every writer does, and keeps it
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    let holding!: () => void
    const held = new Promise<void>((r) => (holding = r))
    const holder = Effect.runPromise(
      writeTransaction(Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT 1`).pipe(Effect.zipRight(Effect.sync(() => holding())), Effect.zipRight(Effect.promise(() => released)))).pipe(
        Effect.provide(sqliteClientLayer(db))
      )
    )
    await held
    try {
      const r = await run(["ingest", corpus, "--db", db, "--year", "2021"], { DASHIJI_LOCK_WAIT_MS: "700" })
      // EX_TEMPFAIL, nothing on stdout, the reason on stderr without a stack trace
      expect(r.code).toBe(75)
      expect(r.stdout).toBe("")
      expect(r.stderr).toMatch(/the store .*held\.db is locked by process \d+/)
      expect(r.stderr).toContain(`process ${process.pid}`)
      expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/)
    } finally {
      release()
      await holder
    }
    // once the lock is free, the same command finishes
    const again = await run(["ingest", corpus, "--db", db, "--year", "2021"], { DASHIJI_LOCK_WAIT_MS: "700" })
    expect(again.code).toBe(0)
    expect(readdirSync(base).filter((f) => f.endsWith("-writer"))).toEqual([])
  })

  it("writers in one process and another process interleave: every document is stored once", async () => {
    const base = temp()
    const corpus = join(base, "corpus")
    const names = makeCorpus(corpus, 12)
    const db = join(base, "mixed.db")
    const inputs = names.map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(corpus, n))) }))
    const other = run(["ingest", corpus, "--db", db, "--year", "2021"])
    const here = await Effect.runPromise(
      Effect.scoped(Effect.flatMap(Ingest, (s) => s.ingestDocuments(inputs, { year: 2021 }))).pipe(Effect.provide(sqliteStoreLayer(db)))
    )
    const r = await other
    expect(r.code).toBe(0)
    expect(here.every((d) => d.status !== "failed")).toBe(true)
    expect(snapshot(db).documents).toHaveLength(12)
  })
})
