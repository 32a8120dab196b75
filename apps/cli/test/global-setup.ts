import { spawnSync } from "node:child_process"
import { bin } from "./helpers.ts"

/** Builds dist/ through the command itself (it rebuilds when a source changed), once for the suite. */
export default function setup(): void {
  const r = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8", timeout: 180_000 })
  if (r.status !== 0) throw new Error(`building dashiji failed: ${r.stderr}`)
}
