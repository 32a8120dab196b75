import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

// The seeds are a development set: rules must not know their people. Their names may stand in the
// roster (real officeholders, with sources) and in tests, never in code or in the other data files.
const root = new URL("../../../", import.meta.url).pathname
const gold = readFileSync(join(root, "seeds/gold.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim().length > 0)
  .flatMap((l) => (JSON.parse(l) as { events: Array<{ people?: Array<string> }> }).events.flatMap((e) => e.people ?? []))
const seedPeople = [...new Set(gold)]

const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })

const codeAndData = [
  ...["packages/core", "packages/store", "packages/export", "apps/api", "apps/tui", "apps/cli"].flatMap((d) => filesUnder(join(root, d, "src"))),
  ...filesUnder(join(root, "packages/core/data")).filter((f) => !/roster\.csv$|SOURCES\.md$/.test(f))
].filter((f) => /\.(ts|tsx|tsv|txt|json|csv)$/.test(f) && !f.includes("/seeds"))

describe("seed people", () => {
  it("are known to this test (the gold names people)", () => {
    expect(seedPeople.length).toBeGreaterThan(20)
  })
  it("appear in no source file and no data file but the roster", () => {
    const found = codeAndData.flatMap((f) => {
      const text = readFileSync(f, "utf8")
      return seedPeople.filter((n) => text.includes(n)).map((n) => `${f.slice(root.length)}: ${n}`)
    })
    expect(found).toEqual([])
  })
})
