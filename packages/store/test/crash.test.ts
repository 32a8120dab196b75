import { spawn } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { describe, expect, it } from "vitest"
import { allEvents, repoRoot, seedsDir, tempDb, withStore } from "./helpers.ts"

const cli = join(repoRoot, "apps/cli/src/bin.ts")
const tsx = join(repoRoot, "node_modules/.bin/tsx")

const run = (args: Array<string>) =>
  new Promise<number>((resolve) => {
    const p = spawn(tsx, [cli, ...args], { cwd: repoRoot, stdio: "ignore" })
    p.on("exit", (code) => resolve(code ?? -1))
  })

/** A folder of distinct documents: seed lines re-dated so that no two files are the same. */
const makeCorpus = (dir: string, files: number) => {
  mkdirSync(dir, { recursive: true })
  const lines = readFileSync(join(seedsDir, "000_0ce72cf5ff7b5d7d.txt"), "utf8").split("\n").filter((l) => /^\d+月/.test(l))
  for (let i = 0; i < files; i++) {
    const month = (i % 12) + 1
    const text = lines.map((l, k) => l.replace(/^\d+月\d+日(至\d+日)?/, `${month}月${(k % 27) + 1}日`) + `(第${i}号文件)`).join("\n")
    writeFileSync(join(dir, `doc-${String(i).padStart(3, "0")}.txt`), text)
  }
}

const storedDocuments = (db: string): number => {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (d.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n
    } finally {
      d.close()
    }
  } catch {
    return 0
  }
}

describe("crash safety", () => {
  it("a process killed with SIGKILL mid-ingest leaves a consistent store that a re-run completes", async () => {
    const base = tempDb()
    const corpus = join(base, "..", "corpus")
    makeCorpus(corpus, 80)
    // the reference: one uninterrupted ingest
    const clean = tempDb()
    expect(await run(["ingest", corpus, "--db", clean, "--year", "2021"])).toBe(0)
    // the victim: killed once some documents are committed and others are not
    const victim = tempDb()
    const p = spawn(tsx, [cli, "ingest", corpus, "--db", victim, "--year", "2021"], { cwd: repoRoot, stdio: "ignore", detached: true })
    const started = Date.now()
    while (storedDocuments(victim) < 5 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20))
    process.kill(-p.pid!, "SIGKILL")
    await new Promise((r) => p.on("exit", r))
    const atKill = storedDocuments(victim)
    expect(atKill).toBeGreaterThanOrEqual(5)
    expect(atKill).toBeLessThan(80)
    // consistent: every stored mention belongs to a stored event, every event has its mentions
    const d = new Database(victim, { readonly: true })
    const orphans = d.prepare("SELECT COUNT(*) AS n FROM mentions WHERE event_id NOT IN (SELECT id FROM events)").get() as { n: number }
    const empty = d.prepare("SELECT COUNT(*) AS n FROM events WHERE id NOT IN (SELECT event_id FROM mentions)").get() as { n: number }
    expect(d.pragma("integrity_check", { simple: true })).toBe("ok")
    d.close()
    expect(orphans.n).toBe(0)
    expect(empty.n).toBe(0)
    // the re-run finishes the job: same events as the clean ingest, nothing lost or doubled
    expect(await run(["ingest", corpus, "--db", victim, "--year", "2021"])).toBe(0)
    const ids = async (db: string) => (await withStore(db, allEvents)).map((e) => `${e.id}:${e.sources.length}`).sort()
    expect(await ids(victim)).toEqual(await ids(clean))
    expect(storedDocuments(victim)).toBe(80)
  })
})
