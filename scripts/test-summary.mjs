// Sums the vitest JSON results of every package into one closing line: "N passed, N failed".
import { existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const dirs = ["packages/core", "packages/store", "packages/export", "apps/api", "apps/tui", "apps/cli"]
if (process.argv.includes("--clean")) {
  // results of an earlier run must not be counted in this one
  for (const d of dirs) rmSync(join(d, ".vitest-results.json"), { force: true })
  process.exit(0)
}
let passed = 0
let failed = 0
let skipped = 0
for (const d of dirs) {
  const f = join(d, ".vitest-results.json")
  if (!existsSync(f)) continue
  const r = JSON.parse(readFileSync(f, "utf8"))
  passed += r.numPassedTests ?? 0
  failed += r.numFailedTests ?? 0
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`)
process.exit(failed > 0 ? 1 : 0)
