import { spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Either } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { Knowledge } from "../src/knowledge/Knowledge.ts"
import { CoreLive, parseDocument } from "../src/pipeline.ts"
import { Segmenter } from "../src/segmenter.ts"

/**
 * Hostile single inputs parse in time proportional to their size: each is timed against an ordinary
 * document of the same size (dated reports, one per line), and must take at most 3 times as long. Ratios,
 * not seconds, so a slow or busy machine does not fail them; a quadratic step fails them by far (before
 * the fixes these inputs took 10 to 100 times as long as the ordinary document, and more as they grew).
 */

const MB = 1_000_000
const services = Effect.runSync(Effect.all([Segmenter, Knowledge]).pipe(Effect.provide(CoreLive)))
const parse = (name: string, text: string) =>
  Effect.runSync(
    Effect.either(parseDocument({ name, bytes: Buffer.from(text, "utf8") }, { year: 2021 })).pipe(
      Effect.provideService(Segmenter, services[0]),
      Effect.provideService(Knowledge, services[1])
    )
  )

/** The fastest of `runs` parses, in ms (the minimum is the least disturbed by other work on the machine). */
// each parse is one synchronous stretch: the event loop gets a turn between them, so the test worker can answer
// vitest's RPC calls (a worker blocked past their timeout fails the run on a loaded machine)
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

const timeOf = async (name: string, text: string, runs: number): Promise<number> => {
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < runs; r++) {
    await yieldToLoop()
    const t = performance.now()
    const out = parse(name, text)
    best = Math.min(best, performance.now() - t)
    expect(Either.isRight(out) || out.left._tag !== "UndecodableDocument").toBe(true)
  }
  return best
}

/** `unit` repeated to `bytes` bytes, joined by `sep`. */
const sized = (unit: string, bytes: number, sep = ""): string => {
  const n = Math.ceil(bytes / Buffer.byteLength(unit + sep))
  return Array.from({ length: n }, () => unit).join(sep)
}

// made-up reports of the usual shape, varied so that nothing is cached by repetition alone
const reports = [
  "3月2日，副省长林明远主持召开全省防汛工作会议，研究部署防汛抗旱工作。",
  "3月5日，省委书记钟海岚到青川市白石县调研乡村振兴工作，市委书记顾振宇陪同。",
  "3月9日，省政府与某某集团签署战略合作协议，副省长温立新出席签约仪式。",
  "3月12日，全省安全生产电视电话会议召开，各市县设分会场。",
  "3月18日，省长严思源会见了来访的某国驻华大使一行。"
]
const ordinary = (bytes: number): string => {
  const lines: Array<string> = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const l = reports[i % reports.length]!.replace(/^3月(\d+)日/, (_, d: string) => `${(i % 12) + 1}月${((Number(d) + i) % 28) + 1}日`)
    lines.push(l)
    size += Buffer.byteLength(l) + 1
  }
  return lines.join("\n")
}

const ratio = async (hostile: string, runs = 2): Promise<number> => {
  const bytes = Buffer.byteLength(hostile)
  const plain = await timeOf("ordinary.txt", ordinary(bytes), runs)
  const bad = await timeOf("hostile.txt", hostile, runs)
  return bad / plain
}

beforeAll(() => {
  // jieba's dictionary and the knowledge tables load on first use: not part of any measurement
  parse("warm.txt", ordinary(200_000))
})

describe("linear time on hostile single inputs (bounded by a ratio to a same-size ordinary document)", () => {
  it('"<b" repeated 50,000 and 100,000 times: the HTML sniffing pattern does not backtrack', async () => {
    expect(await ratio("<b".repeat(50_000), 3)).toBeLessThan(3)
    expect(await ratio("<b".repeat(100_000), 3)).toBeLessThan(3)
  })

  it("a single line of 2 MB naming people again and again (name occurrences indexed once)", async () => {
    expect(await ratio(`3月2日，${sized("副省长林明远、省委书记钟海岚，", 2 * MB)}`)).toBeLessThan(3)
  })

  it("a single line of 1 MB of titles and names without any punctuation (clauses read within a window)", async () => {
    expect(await ratio(`3月2日，${sized("省长林明远", 1 * MB)}`)).toBeLessThan(3)
  })

  it("a single line of 1 MB of people received (会见…一行) over and over", async () => {
    expect(await ratio(`3月2日，${sized("会见了林明远一行", 1 * MB)}`)).toBeLessThan(3)
  })

  it("a single line of 2 MB of place slots (在某市某县某镇) without punctuation: parseSlot and its clause stay local", async () => {
    expect(await ratio(`3月2日，${sized("在青川市白石县石门镇", 2 * MB)}`)).toBeLessThan(3)
  })

  it("a 2 MB line of comma-separated clauses that only name people: the title stops growing once it is too long", async () => {
    expect(await ratio(`3月2日，${sized("省长林明远，", 2 * MB)}`)).toBeLessThan(3)
  })

  it("a JSON value of 1 MB of letters and spaces, and 1 MB of unclosed <script> openings (the unwrapping step)", async () => {
    expect(await ratio(JSON.stringify({ title: "3月2日，会议召开。", body: `ab${" ".repeat(1 * MB)}1` }))).toBeLessThan(3)
    expect(await ratio(`<p>3月2日，会议召开。</p>${"<script>".repeat(MB / 8)}`)).toBeLessThan(3)
  })

  it("an image's markup and 1 MB of ! before the first Chinese character (the lead's end is found in one pass)", async () => {
    expect(await ratio(`![](a)${"!".repeat(1 * MB)}3月2日，会议召开。`)).toBeLessThan(3)
  })

  it("a bracket before 1 MB of spaces (the pinyin gloss pattern)", async () => {
    expect(await ratio(`3月2日，会议召开。发（${" ".repeat(1 * MB)}a`)).toBeLessThan(3)
  })

  it("2 MB of short lines that a broken newspaper paragraph joins into one (the line repair)", async () => {
    expect(await ratio(`3月2日，会议召开。\n${sized("副省长林明远到青川市调研，要求各地压实责任抓好落实并", 2 * MB, "\n")}`)).toBeLessThan(3)
  })

  it("12月31日至1月1日 repeated on a 16 MB line", async () => {
    expect(await ratio(sized("12月31日至1月1日", 16 * MB), 1)).toBeLessThan(3)
  })

  it("…and in bounded memory: parsed in a process whose heap is capped at 1 GB, peak resident memory under 1.5 GB", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dashiji-linear-"))
    const file = join(dir, "range.txt")
    writeFileSync(file, sized("12月31日至1月1日", 16 * MB))
    const script = join(dir, "parse.ts")
    const src = new URL("../src/pipeline.ts", import.meta.url).pathname
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs"
import { Effect } from "effect"
import { CoreLive, parseDocument } from ${JSON.stringify(src)}
const r = Effect.runSync(parseDocument({ name: "range.txt", bytes: readFileSync(${JSON.stringify(file)}) }, { year: 2021 }).pipe(Effect.provide(CoreLive)))
process.stdout.write(JSON.stringify({ mentions: r.mentions.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
`
    )
    const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname
    // spawned, not spawnSync: the worker stays free to answer vitest while the child parses
    const p = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(tsx, [script], { cwd: new URL("..", import.meta.url).pathname, env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=1024" } })
      let stdout = ""
      let stderr = ""
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")))
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")))
      child.on("close", (status) => resolve({ status, stdout, stderr }))
    })
    expect(p.status, p.stderr).toBe(0)
    const out = JSON.parse(p.stdout) as { mentions: number; maxRssMb: number }
    expect(out.mentions).toBeGreaterThanOrEqual(1)
    expect(out.maxRssMb).toBeLessThan(1536)
  })
})
