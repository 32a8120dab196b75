import { existsSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { dashiji, stackFrame, tempDir, writeCorpus } from "./helpers.ts"

describe("ingest", () => {
  it("says plainly what changed, creates the store only when asked, and a re-run stores nothing", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const db = join(dir, "s.db")
    const first = dashiji(["ingest", docs, "--db", db, "--year", "2021"])
    expect(first.status, first.stderr).toBe(0)
    expect(first.stderr).toBe("")
    const m = /^2 documents read, (\d+) events stored( \((\d+) merged into stored events\))?; (\d+) events in .*s\.db \(new store\)\n$/.exec(first.stdout)
    expect(m, first.stdout).not.toBeNull()
    expect(Number(m![1])).toBeGreaterThan(3)
    expect(existsSync(db)).toBe(true)
    const again = dashiji(["ingest", docs, "--db", db, "--year", "2021"])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(new RegExp(`^2 documents read \\(2 already stored\\), 0 events stored; ${m![4]} events in .*s\\.db\\n$`))
  })

  it("a store in a folder that does not exist: made, and said where", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const r = dashiji(["ingest", docs, "--db", join(dir, "new", "sub", "s.db"), "--year", "2021"])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/ events in .*new\/sub\/s\.db \(new store; made the folder .*new\)\n$/)
    expect(existsSync(join(dir, "new", "sub", "s.db"))).toBe(true)
  })

  it("shows no progress bar when stderr is not a terminal (no carriage returns, no escape codes)", () => {
    const dir = tempDir()
    const r = dashiji(["ingest", writeCorpus(join(dir, "docs")), "--db", join(dir, "s.db"), "--year", "2021"])
    expect(r.stderr).not.toMatch(/[\r\u001b]/)
    expect(r.stdout).not.toMatch(/[\r\u001b]/)
  })

  it("parse prints event records for the same documents, and no output names node_modules or a stack frame", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const r = dashiji(["parse", docs, "--year", "2021"])
    expect(r.status).toBe(0)
    const events = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; date: { start: string } })
    expect(events.length).toBeGreaterThan(3)
    expect(events.every((e) => /^ev_[0-9a-f]{12}$/.test(e.id) && e.date.start.startsWith("2021-"))).toBe(true)
    for (const s of [r.stdout, r.stderr]) {
      expect(s).not.toContain("node_modules")
      expect(s).not.toMatch(stackFrame)
    }
  })
})
