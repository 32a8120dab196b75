import { spawn, spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { pgAdmin, repoRoot, tempDb, tempPgStore } from "./helpers.ts"
import { pgSnapshot, sqliteSnapshot } from "./snapshots.ts"

const cli = join(repoRoot, "apps/cli/src/bin.ts")
const tsx = join(repoRoot, "node_modules/.bin/tsx")
// the development corpus and the seeds: documents that merge across files
const corpus = join(repoRoot, "eval/corpus/raw")
const seeds = join(repoRoot, "seeds")

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}
const started = (args: ReadonlyArray<string>) => spawn(tsx, [cli, ...args], { cwd: repoRoot })
const finished = (p: ReturnType<typeof started>) =>
  new Promise<Run>((resolve) => {
    let stdout = ""
    let stderr = ""
    p.stdout!.on("data", (b: Buffer) => (stdout += b.toString()))
    p.stderr!.on("data", (b: Buffer) => (stderr += b.toString()))
    p.on("exit", (code, signal) => resolve({ code: code ?? (signal === null ? -1 : 128), stdout, stderr }))
  })
const run = (args: ReadonlyArray<string>) => finished(started(args))

const storedDocuments = async (url: string): Promise<number> => {
  try {
    return Number((await pgAdmin("SELECT COUNT(*) AS n FROM documents", url))[0]?.["n"] ?? 0)
  } catch {
    return 0
  }
}

/** The worker processes a `dashiji ingest --workers N` started (its children running the same command). */
const workersOf = (pid: number): Array<number> => {
  const all = spawnSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).stdout.trim().split("\n").map((l) => l.trim().split(/\s+/).map(Number) as [number, number])
  const below = (p: number): Array<number> => all.filter(([, pp]) => pp === p).flatMap(([c]) => [c, ...below(c)])
  const env = (p: number) => {
    try {
      return spawnSync("cat", [`/proc/${p}/environ`], { encoding: "utf8" }).stdout
    } catch {
      return ""
    }
  }
  return below(pid).filter((p) => env(p).includes("DASHIJI_INGEST_PART="))
}

describe("parallel ingest into PostgreSQL", () => {
  it("4 workers in 2 processes give the events, ids and merge groups of one sequential SQLite ingest; a worker killed mid-ingest, then a re-run, gives them too", async () => {
    // the reference: one process, one document after another, into SQLite
    const sequential = tempDb()
    const ref = await run(["ingest", corpus, seeds, "--db", sequential])
    expect(ref.code, ref.stderr).toBe(0)
    const expected = sqliteSnapshot(sequential)
    expect(expected["documents"]!.length).toBeGreaterThan(40)
    // documents merged into events of other documents: the case where parallel writers could disagree
    const perEvent = new Map<string, Set<unknown>>()
    for (const m of expected["mentions"]!) perEvent.set(String(m["event_id"]), (perEvent.get(String(m["event_id"])) ?? new Set()).add(m["content_hash"]))
    expect([...perEvent.values()].filter((docs) => docs.size > 1).length).toBeGreaterThan(0)

    // two processes of two workers each, over all the documents in two orders: every document is raced for
    const url = await tempPgStore()
    const [a, b] = await Promise.all([run(["ingest", corpus, seeds, "--workers", "2", "--db", url]), run(["ingest", seeds, corpus, "--workers", "2", "--db", url])])
    expect([a.code, b.code], `${a.stderr}${b.stderr}`).toEqual([0, 0])
    expect(`${a.stderr}${b.stderr}`).toBe("")
    expect(await pgSnapshot(url)).toEqual(expected)

    // a worker killed with SIGKILL once documents are being committed; the run fails and says so
    const victim = await tempPgStore()
    const p = started(["ingest", corpus, seeds, "--workers", "2", "--db", victim])
    const done = finished(p)
    const t0 = Date.now()
    // the first committed document: the workers have started storing and have most of their share to go
    while ((await storedDocuments(victim)) < 1 && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 10))
    const workers = workersOf(p.pid!)
    expect(workers.length).toBeGreaterThan(0)
    process.kill(workers[0]!, "SIGKILL")
    const killed = await done
    expect(killed.code).not.toBe(0)
    expect(killed.stderr).toMatch(/worker \d of 2 stopped/)
    expect(killed.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/)
    const atKill = await storedDocuments(victim)
    expect(atKill).toBeLessThan(expected["documents"]!.length)
    // consistent as it stands: every mention's event is stored, every event has its mentions
    const orphans = await pgAdmin("SELECT COUNT(*) AS n FROM mentions WHERE event_id NOT IN (SELECT id FROM events)", victim)
    const empty = await pgAdmin("SELECT COUNT(*) AS n FROM events WHERE id NOT IN (SELECT event_id FROM mentions)", victim)
    expect([Number(orphans[0]!["n"]), Number(empty[0]!["n"])]).toEqual([0, 0])
    // the re-run finishes the job: the same store as the sequential ingest
    const again = await run(["ingest", corpus, seeds, "--workers", "2", "--db", victim])
    expect(again.code, again.stderr).toBe(0)
    expect(await pgSnapshot(victim)).toEqual(expected)
  })
})
