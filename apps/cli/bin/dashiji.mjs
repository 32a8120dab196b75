#!/usr/bin/env node
// The `dashiji` command: runs the bundle in ../dist, first rebuilding it when a source it was built from
// changed (or it is missing), so a checkout never runs stale code and never compiles TypeScript at start.
import { existsSync, readFileSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..")
const repoRoot = join(appDir, "../..")
const entry = join(appDir, "dist/dashiji.mjs")

/** Is the bundle older than any file it was built from? (A few hundred stat calls: about a millisecond.) */
const stale = () => {
  if (!existsSync(entry)) return true
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(appDir, "dist/inputs.json"), "utf8"))
  } catch {
    return true
  }
  for (const f of manifest.inputs) {
    try {
      if (statSync(join(repoRoot, f)).mtimeMs > manifest.builtAt) return true
    } catch {
      return true
    }
  }
  return false
}

// an installed copy without sources (no src/) runs the bundle it came with
if (existsSync(join(appDir, "src")) && stale()) {
  let build
  try {
    ;({ build } = await import("../scripts/build.mjs"))
    await import("esbuild")
  } catch {
    // no bundler (an install without dev dependencies): the bundle that came with it, if any
    if (!existsSync(entry)) {
      process.stderr.write(`dashiji: cannot build ${entry}: esbuild is not installed (run pnpm install)\n`)
      process.exit(1)
    }
    build = undefined
  }
  if (build !== undefined) {
    try {
      await build()
    } catch (e) {
      // a source that does not compile: say where, as running it unbuilt would, rather than run old code
      const lines = (e instanceof Error ? e.message : String(e)).split("\n").filter((l) => l.trim().length > 0)
      process.stderr.write(`dashiji: the build failed: ${lines.slice(0, 6).join("\n")}\n`)
      process.exit(1)
    }
  }
}
await import("../dist/dashiji.mjs")
