import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { openBrowserData } from "../src/data.ts"
import { monthLabel } from "../src/labels.ts"
import { repoRoot } from "./helpers.ts"

const tsx = join(repoRoot, "node_modules/.bin/tsx")
const bin = join(repoRoot, "apps/cli/src/bin.ts")
// somewhere that is not the repo: seeds/ must be found from the CLI's own location
const elsewhere = mkdtempSync(join(tmpdir(), "dashiji-cwd-"))
const db = join(elsewhere, "store", "dashiji.db")
const seedCount = readdirSync(join(repoRoot, "seeds")).filter((f) => f.endsWith(".txt")).length

/** Stdout is a pipe here, so neither command may wait for keys. */
const dashiji = (...args: Array<string>) => {
  const r = spawnSync(tsx, [bin, ...args], { cwd: elsewhere, encoding: "utf8", timeout: 120_000, env: { ...process.env, CI: "" } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const monthLines = async (): Promise<Array<RegExp>> => {
  const data = openBrowserData(db)
  try {
    return (await data.months()).map((m) => new RegExp(`^${monthLabel(m.month)}\\s+${m.count}$`, "m"))
  } finally {
    await data.close()
  }
}

describe("dashiji start / dashiji tui without a terminal", () => {
  it("start ingests seeds/ into the store, prints the months with counts and exits 0; a second start ingests nothing", async () => {
    const first = dashiji("start", "--db", db)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stderr).toContain(`seeds/: ${seedCount} ingested, 0 already stored → ${db}`)
    const lines = await monthLines()
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) expect(first.stdout).toMatch(l)
    const total = Number(/— (\d+) 件事件/.exec(first.stdout)?.[1])
    expect(total).toBeGreaterThan(0)

    const second = dashiji("start", "--db", db)
    expect(second.status, second.stderr).toBe(0)
    expect(second.stderr).toContain(`seeds/: 0 ingested, ${seedCount} already stored`)
    expect(second.stdout).toBe(first.stdout)
  })

  it("tui prints the same month list when stdout is not a terminal", async () => {
    const r = dashiji("tui", "--db", db)
    expect(r.status, r.stderr).toBe(0)
    for (const l of await monthLines()) expect(r.stdout).toMatch(l)
  })
})
