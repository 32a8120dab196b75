import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as SqlClient from "@effect/sql/SqlClient"
import { startServer } from "@dashiji/api"
import { CoreLive, Knowledge, parseDocument, Segmenter } from "@dashiji/core"
import { browseLayer, peopleSummary } from "@dashiji/store"
import { Effect, ManagedRuntime } from "effect"

/**
 * Issue #23's figures. Single-line documents: the same report lines as a many-line document of the same
 * size, joined into one line (a page flattened by a scraper, a paste without line breaks); before the
 * fixes a 4 MB single line took 31–35 s and 16 MB did not finish. Each is reported as a ratio to the
 * many-line document, parsed in the same process just before (target ≤ 2). And GET /people on the large
 * store, beside the grouping query it replaced.
 */

const MB = 1_000_000
const seedsDir = new URL("../seeds/", import.meta.url).pathname
const seedLines = (): Array<string> =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split("\n"))
    .map((l) => l.trim())
    .filter((l) => /^\d{1,2}月\d{1,2}日/.test(l))

/** Dated report lines, re-dated as they repeat, to `bytes`: the lines, to be joined by "\n" or "". */
const reportLines = (bytes: number): Array<string> => {
  const base = seedLines()
  const out: Array<string> = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const l = base[i % base.length]!.replace(/^\d{1,2}月\d{1,2}日/, `${(i % 12) + 1}月${(i % 28) + 1}日`)
    out.push(l)
    size += Buffer.byteLength(l) + 1
  }
  return out
}

export const benchSingleLine = async (sizes: ReadonlyArray<number> = [1, 4, 16]) => {
  const [seg, knowledge] = await Effect.runPromise(Effect.all([Segmenter, Knowledge]).pipe(Effect.provide(CoreLive)))
  const parseMs = (text: string) => {
    const t = performance.now()
    const r = Effect.runSync(
      Effect.either(parseDocument({ name: "doc.txt", bytes: Buffer.from(text, "utf8") }, { year: 2021 })).pipe(
        Effect.provideService(Segmenter, seg),
        Effect.provideService(Knowledge, knowledge)
      )
    )
    const ms = performance.now() - t
    return { ms, mentions: r._tag === "Right" ? r.right.mentions.length : 0 }
  }
  parseMs(reportLines(0.2 * MB).join("\n"))
  const out: Array<{ sizeMb: number; manyLineMs: number; singleLineMs: number; ratio: number; mentionsManyLine: number; mentionsSingleLine: number }> = []
  for (const size of sizes) {
    const lines = reportLines(size * MB)
    // alternating, the faster of two each below 16 MB: a moment's load on a shared machine falls on both
    const runs = size < 16 ? 2 : 1
    let many = { ms: Number.POSITIVE_INFINITY, mentions: 0 }
    let single = { ms: Number.POSITIVE_INFINITY, mentions: 0 }
    for (let r = 0; r < runs; r++) {
      const m = parseMs(lines.join("\n"))
      if (m.ms < many.ms) many = m
      const s = parseMs(lines.join(""))
      if (s.ms < single.ms) single = s
    }
    out.push({ sizeMb: size, manyLineMs: many.ms, singleLineMs: single.ms, ratio: single.ms / many.ms, mentionsManyLine: many.mentions, mentionsSingleLine: single.mentions })
  }
  return out
}

const quantile = (xs: Array<number>, q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!

/** GET /people on loopback (the kept counts), and grouping every person row as /people did before them. */
export const benchPeople = async (db: string, n = 30) => {
  const server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1, limits: { concurrent: 0, perSecond: 0, burst: 0 } })
  const route: Array<number> = []
  let names = 0
  try {
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      const body = (await (await fetch(`${server.url}/people`)).json()) as { items: Array<unknown> }
      route.push(performance.now() - t)
      names = body.items.length
    }
  } finally {
    await server.close()
  }
  const runtime = ManagedRuntime.make(browseLayer(db))
  const grouping: Array<number> = []
  const kept: Array<number> = []
  try {
    for (let i = 0; i < 5; i++) {
      let t = performance.now()
      // every person row grouped by name: what /people did before the kept counts
      await runtime.runPromise(Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT name, COUNT(DISTINCT event_id) AS n FROM event_people GROUP BY name ORDER BY n DESC, name`))
      grouping.push(performance.now() - t)
      t = performance.now()
      // the kept counts, as the terminal browser's people list reads them
      await runtime.runPromise(peopleSummary())
      kept.push(performance.now() - t)
    }
  } finally {
    await runtime.dispose()
  }
  return { names, routeMedianMs: quantile(route, 0.5), routeP95Ms: quantile(route, 0.95), groupingMedianMs: quantile(grouping, 0.5), keptMedianMs: quantile(kept, 0.5) }
}

/** A document of `bytes` bytes on one line: made-up officials named clause after clause (the hostile shape of #23). */
const namesLine = (bytes: number) => {
  const unit = "副省长林明远、省委书记钟海岚，"
  return `3月2日，${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}`
}

/**
 * GET /health on loopback, over and over, while a 5 MB hostile document posted to the same server is parsed
 * (#23: every answer within 100 ms). The parse runs in a worker thread; on the event loop each answer would
 * wait for the whole parse.
 */
export const benchHealthDuringParse = async (bytes = 5 * MB) => {
  const db = join(mkdtempSync(join(tmpdir(), "dashiji-bench-health-")), "health.db")
  const server = await startServer({ db, port: 0, host: "127.0.0.1", maxBodyBytes: bytes + MB, timeoutMs: 600_000, limits: { concurrent: 0, perSecond: 0, burst: 0 } })
  const post = (name: string, text: string) =>
    fetch(`${server.url}/documents?name=${name}`, { method: "POST", body: text, headers: { "content-type": "text/plain", "x-dashiji-client": "bench" } })
  try {
    // the parser threads load the dictionary first
    await post("warm.txt", "3月1日，副省长林明远到白石县调研。")
    let done = false
    const t0 = performance.now()
    const big = post("hostile.txt", namesLine(bytes)).then((r) => {
      done = true
      return r.status
    })
    const answers: Array<number> = []
    while (!done) {
      const t = performance.now()
      const h = await fetch(`${server.url}/health`)
      await h.json()
      if (!done) answers.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 10))
    }
    const status = await big
    return { bytes, status, parseSeconds: (performance.now() - t0) / 1000, answers: answers.length, medianMs: quantile(answers, 0.5), p99Ms: quantile(answers, 0.99), maxMs: Math.max(...answers) }
  } finally {
    await server.close()
  }
}
