import { spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { startServer } from "@dashiji/api"
import { pgExecute } from "@dashiji/store"
import autocannon from "autocannon"
import { Effect } from "effect"
import type { BenchDoc } from "./corpus.ts"

/**
 * PostgreSQL figures beside SQLite's: `dashiji ingest --workers 1|2|4` on both back-ends (the built
 * command, as a user runs it), and the API's month listing on a large PostgreSQL store. The server is
 * DASHIJI_BENCH_PG (default postgres://root@127.0.0.1:5432/test); each store is a schema made for it and
 * dropped after.
 */

const repoRoot = fileURLToPath(new URL("../", import.meta.url))
const bin = join(repoRoot, "apps/cli/bin/dashiji.mjs")
export const benchPgUrl = process.env["DASHIJI_BENCH_PG"] ?? "postgres://root@127.0.0.1:5432/test"

const admin = (statement: string) => Effect.runPromise(pgExecute(benchPgUrl, statement))

/** A fresh schema on the bench server, as a store URL, and how to drop it. */
export const pgSchema = async (label: string) => {
  const schema = `dashiji_bench_${label}_${process.pid}_${Date.now().toString(36)}`
  await admin(`CREATE SCHEMA ${schema}`)
  const u = new URL(benchPgUrl)
  u.searchParams.set("options", `-c search_path=${schema}`)
  return { url: u.toString(), drop: () => admin(`DROP SCHEMA ${schema} CASCADE`).then(() => undefined) }
}

const ingestOnce = (dir: string, db: string, workers: number) =>
  new Promise<number>((resolve, reject) => {
    const t = performance.now()
    const p = spawn(process.execPath, [bin, "ingest", dir, "--workers", String(workers), "--db", db, "--year", "2020"], { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "1" } })
    let err = ""
    p.stderr.on("data", (b: Buffer) => (err += b.toString()))
    p.on("exit", (code) => (code === 0 ? resolve((performance.now() - t) / 1000) : reject(new Error(`ingest --workers ${workers} exited ${code}: ${err.trim().split("\n").pop() ?? ""}`))))
  })

export interface WorkersFigure {
  readonly backend: "SQLite" | "PostgreSQL"
  readonly workers: number
  readonly seconds: number
  readonly mbps: number
  /** Time with one worker ÷ time with this many (above 1: faster). */
  readonly speedup: number
}

/** The same documents ingested into a new store of each back-end by 1, 2 and 4 workers. */
export const benchWorkersIngest = async (docs: ReadonlyArray<BenchDoc>, counts: ReadonlyArray<number> = [1, 2, 4]): Promise<Array<WorkersFigure>> => {
  const dir = mkdtempSync(join(tmpdir(), "dashiji-bench-workers-"))
  for (const d of docs) writeFileSync(join(dir, d.name), d.bytes)
  const mb = docs.reduce((n, d) => n + d.bytes.length, 0) / 1024 / 1024
  const out: Array<WorkersFigure> = []
  for (const backend of ["SQLite", "PostgreSQL"] as const) {
    let one = 0
    for (const workers of counts) {
      let seconds: number
      if (backend === "SQLite") seconds = await ingestOnce(dir, join(mkdtempSync(join(tmpdir(), "dashiji-bench-")), "w.db"), workers)
      else {
        const s = await pgSchema(`w${workers}`)
        try {
          seconds = await ingestOnce(dir, s.url, workers)
        } finally {
          await s.drop()
        }
      }
      if (workers === counts[0]) one = seconds
      out.push({ backend, workers, seconds, mbps: mb / seconds, speedup: one / seconds })
    }
  }
  return out
}

/** autocannon on the API's month listing of the store at `db` (a PostgreSQL URL here), bounded in time. */
export const benchMonthApi = async (db: string, seconds: number) => {
  // throughput is what is measured: the per-client and concurrency limits (429) are off, as in api.ts
  const server = await startServer({ db, port: 0, host: "127.0.0.1", limits: { concurrent: 0, perSecond: 0, burst: 0 } })
  try {
    await fetch(`${server.url}/events?month=2018-05`)
    return await new Promise<{ rps: number; p50: number; p99: number; errors: number }>((resolve, reject) =>
      autocannon({ url: `${server.url}/events?month=2018-05&limit=50`, duration: seconds, connections: 10, timeout: 30 }, (err, r) =>
        err ? reject(err) : resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx })
      )
    )
  } finally {
    await server.close()
  }
}
