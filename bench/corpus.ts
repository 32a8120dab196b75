import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import iconv from "iconv-lite"

const seedsDir = new URL("../seeds/", import.meta.url).pathname

/** Deterministic PRNG (mulberry32) so every run benchmarks the same corpus. */
export const rng = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export interface BenchDoc {
  readonly name: string
  readonly bytes: Uint8Array
}

const seedTexts = (): Array<string> =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), "utf8"))

/**
 * Seeds mutated at scale: lines spliced across documents, cut, respaced, re-dated, wrapped in HTML,
 * some GBK-encoded — documents of 5–60 KB until `totalBytes` is reached.
 */
export const makeCorpus = (totalBytes: number, seed = 42): Array<BenchDoc> => {
  const r = rng(seed)
  const lines = seedTexts().flatMap((t) => t.split("\n")).filter((l) => l.trim().length > 0)
  const pick = <A>(xs: ReadonlyArray<A>) => xs[Math.floor(r() * xs.length)]!
  const docs: Array<BenchDoc> = []
  let total = 0
  let n = 0
  while (total < totalBytes) {
    const target = 5_000 + Math.floor(r() * 55_000)
    const month = 1 + Math.floor(r() * 12)
    const parts: Array<string> = []
    let size = 0
    while (size < target) {
      let l = pick(lines)
      if (r() < 0.3) l = l.slice(0, Math.max(20, Math.floor(l.length * r()))) // cut
      if (r() < 0.3) l = l.replace(/，|,/g, (c) => (r() < 0.5 ? ` ${c} ` : c)) // respace
      l = l.replace(/(\d{1,2})月(\d{1,2})日/g, () => `${month}月${1 + Math.floor(r() * 28)}日`) // re-date
      parts.push(l)
      size += l.length * 3
    }
    let text = `${2010 + Math.floor(r() * 15)}年${month}月\n${parts.join("\n")}`
    const html = r() < 0.25
    if (html) text = `<html><body>${parts.map((p) => `<div><span style='font-size:16px'>&nbsp;${p}</span></div>`).join("")}</body></html>`
    const gbk = r() < 0.15
    const bytes = gbk ? new Uint8Array(iconv.encode(text, "gbk")) : new Uint8Array(Buffer.from(text, "utf8"))
    docs.push({ name: `bench-${String(n++).padStart(6, "0")}${html ? ".html" : ".txt"}`, bytes })
    total += bytes.length
  }
  return docs
}
