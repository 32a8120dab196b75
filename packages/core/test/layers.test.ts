import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"

// The parser's steps run decode → clean → segment → extract → dedup, over three shared layers every step may
// read (schema, knowledge, dates). A step imports only from the steps before it and from those layers, so
// the flow never doubles back (segment once read extract's date lexer). ARCHITECTURE.md states the rule;
// this test holds it. Folders outside the steps (eval, files, meta) and the root modules that compose the
// steps (pipeline.ts, index.ts) are not checked.

const shared = ["schema", "knowledge", "dates"]
/** For each step or shared layer, the units (folders of src, or root modules) it may import from. */
const allowed: Readonly<Record<string, ReadonlyArray<string>>> = {
  schema: [],
  knowledge: ["schema"],
  dates: ["schema", "knowledge"],
  decode: shared,
  clean: ["decode", ...shared],
  segment: ["decode", "clean", ...shared],
  extract: ["decode", "clean", "segment", ...shared, "mention.ts", "segmenter.ts"],
  dedup: ["decode", "clean", "segment", "extract", ...shared, "mention.ts", "segmenter.ts"]
}

const src = new URL("../src/", import.meta.url).pathname
const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith(".ts") ? [p] : []
  })

/** The unit of src a path is in: its first folder, or the file itself at the root. */
const unitOf = (path: string): string => relative(src, path).split("/")[0]!

const relativeImports = (source: string): Array<string> =>
  [...source.matchAll(/\b(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!)

/** Every import of `files` that leaves its unit for one the rule does not allow, as "file → target". */
const violations = (files: ReadonlyArray<{ readonly path: string; readonly source: string }>): Array<string> =>
  files.flatMap(({ path, source }) => {
    const unit = unitOf(path)
    const may = allowed[unit]
    if (may === undefined) return []
    return relativeImports(source)
      .map((spec) => unitOf(resolve(dirname(path), spec)))
      .filter((target) => target !== unit && !may.includes(target))
      .map((target) => `${relative(src, path)} → ${target}`)
  })

describe("layers of the parser", () => {
  it("the check finds what it is for: a step reading a later one, and a shared layer reading a step", () => {
    expect(
      violations([
        { path: join(src, "segment/made-up.ts"), source: 'import { findDates } from "../extract/dates.ts"' },
        { path: join(src, "dates/made-up.ts"), source: 'export { cut } from "../segment/lines.ts"' },
        { path: join(src, "extract/deeper/made-up.ts"), source: 'import type { Slice } from "../../segment/index.ts"\nimport { x } from "../../dedup/index.ts"' }
      ])
    ).toEqual(["segment/made-up.ts → extract", "dates/made-up.ts → segment", "extract/deeper/made-up.ts → dedup"])
  })

  it("no step imports from a later step, and the shared layers import no step", () => {
    const files = filesUnder(src).map((path) => ({ path, source: readFileSync(path, "utf8") }))
    expect(files.filter((f) => allowed[unitOf(f.path)] !== undefined).length).toBeGreaterThan(50)
    expect(violations(files)).toEqual([])
  })
})
