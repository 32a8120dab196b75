import { ABSENT_WORD } from "./tui-script.ts"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Event, namePinyin } from "@dashiji/core"
import { EventQuery, Ingest, sqliteStoreLayer, storeLayer } from "@dashiji/store"
import { Effect, ManagedRuntime } from "effect"
import { createHash } from "node:crypto"
import { rng, type BenchDoc } from "./corpus.ts"

const MB = 1024 * 1024

export const tempDb = (name: string) => join(mkdtempSync(join(tmpdir(), "dashiji-bench-")), name)

/** Ingest (parse + dedup against the store + write, one transaction per document). */
export const benchIngest = async (docs: ReadonlyArray<BenchDoc>) => {
  const runtime = ManagedRuntime.make(sqliteStoreLayer(tempDb("ingest.db")))
  try {
    const bytes = docs.reduce((n, d) => n + d.bytes.length, 0)
    await runtime.runPromise(Effect.flatMap(Ingest, (s) => s.ingestDocument({ name: "warmup.txt", bytes: Buffer.from("2月3日,省长主持召开会议。", "utf8") })))
    const t = performance.now()
    const results = await runtime.runPromise(Effect.flatMap(Ingest, (s) => s.ingestDocuments(docs)))
    const s = (performance.now() - t) / 1000
    const events = await runtime.runPromise(Effect.flatMap(EventQuery, (st) => st.count()))
    return { mb: bytes / MB, seconds: s, mbps: bytes / MB / s, documents: results.length, events }
  } finally {
    await runtime.dispose()
  }
}

/**
 * A store of `n` synthetic events (real events re-dated, re-identified, with varied people), through the
 * bulk path: a SQLite file, or the PostgreSQL store at `target`.
 */
export const buildLargeStore = async (base: ReadonlyArray<Event>, n: number, target?: string) => {
  const path = target ?? tempDb("large.db")
  const runtime = ManagedRuntime.make(storeLayer(path))
  const r = rng(11)
  const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
  const given = "国民建华明伟军平志强文立新光春海东红金林成德永中玉"
  const t = performance.now()
  try {
    for (let i = 0; i < n; i += 2000) {
      const batch: Array<Event> = []
      for (let k = i; k < Math.min(n, i + 2000); k++) {
        const e = base[k % base.length]!
        const year = 2010 + Math.floor(r() * 15)
        const month = 1 + Math.floor(r() * 12)
        const day = 1 + Math.floor(r() * 28)
        const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
        const person = `${surnames[Math.floor(r() * surnames.length)]}${given[Math.floor(r() * given.length)]}${r() < 0.5 ? given[Math.floor(r() * given.length)] : ""}`
        batch.push({
          ...e,
          id: `ev_${createHash("sha256").update(`bench${k}`).digest("hex").slice(0, 12)}`,
          date: { start, end: null, precision: "day", year: { value: year, source: "text" } },
          people: [{ name: person, pinyin: namePinyin(person), titles: e.people[0]?.titles ?? [], role: "lead" }, ...e.people.slice(1)],
          sources: [{ document: `bench-${Math.floor(k / 20)}.txt`, span: [k, k + 1], format: "plain" }],
          merged: []
        })
      }
      await runtime.runPromise(Effect.flatMap(Ingest, (s) => s.insertEvents(batch)))
    }
    return { path, seconds: (performance.now() - t) / 1000 }
  } finally {
    await runtime.dispose()
  }
}

const quantile = (xs: Array<number>, q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!

/** Median and p95 latency of month, person and full-text queries (first page of 50). */
export const benchQueries = async (path: string) => {
  const runtime = ManagedRuntime.make(sqliteStoreLayer(path))
  try {
    const store = await runtime.runPromise(EventQuery)
    const people = await runtime.runPromise(store.people(20))
    const time = async (f: () => Effect.Effect<unknown, unknown>) => {
      const xs: Array<number> = []
      for (let i = 0; i < 30; i++) {
        const t = performance.now()
        await runtime.runPromise(f())
        xs.push(performance.now() - t)
      }
      return { medianMs: quantile(xs, 0.5), p95Ms: quantile(xs, 0.95) }
    }
    return {
      events: await runtime.runPromise(store.count()),
      month: await time(() => store.listEvents({ month: "2018-05", limit: 50 })),
      person: await time(() => store.listEvents({ person: people[5]?.name ?? "王国", limit: 50 })),
      fulltext: await time(() => store.listEvents({ q: "疫情防控", limit: 50 })),
      fulltextShort: await time(() => store.listEvents({ q: "郑州", limit: 50 })),
      // the key the character-pair index was made for: a scan of every event's text without it
      fulltextAbsent: await time(() => store.listEvents({ q: ABSENT_WORD, limit: 50 }))
    }
  } finally {
    await runtime.dispose()
  }
}
