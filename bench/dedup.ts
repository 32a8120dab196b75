import { dedupMentions, type ExtractedMention } from "@dashiji/core"
import { rng } from "./corpus.ts"
import { runTsWorker } from "./pool.ts"

/** How far back a duplicate report may reach (in mentions). */
const RECENT = 2000

/**
 * Synthetic mentions from real ones: cut, reordered, respaced and spliced texts on random dates,
 * with a share of true duplicates so that clusters form.
 */
export const syntheticMentions = (base: ReadonlyArray<ExtractedMention>, n: number, seed = 7): Array<ExtractedMention> => {
  const r = rng(seed)
  const sentences = base.flatMap((m) => m.text.split("。").filter((s) => s.length > 8))
  const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
  const given = "国民建华明伟军平志强文立新光春海东红金林成德永中玉"
  const name = () => `${surnames[Math.floor(r() * surnames.length)]}${given[Math.floor(r() * given.length)]}${given[Math.floor(r() * given.length)]}`
  const out: Array<ExtractedMention> = []
  for (let i = 0; i < n; i++) {
    const m = base[Math.floor(r() * base.length)]!
    // reports of one event arrive together: a duplicate copies one of the last RECENT mentions. Drawn
    // from the whole history instead, early events would gather ever more copies as the corpus grows
    // (clusters of size ~log n), which no news stream does and which would make any deduplicator's
    // work grow faster than the corpus.
    const from = Math.max(0, out.length - RECENT)
    const dup = r() < 0.3 && out.length > 0 ? out[from + Math.floor(r() * (out.length - from))]! : undefined
    let text: string
    if (dup !== undefined) {
      // a duplicate report: the same text cut, respaced or reordered
      const parts = dup.text.split("。").filter((s) => s.length > 0)
      const op = r()
      text = op < 0.4 ? parts.slice(0, Math.max(1, Math.ceil(parts.length * (0.5 + r() / 2)))).join("。") : op < 0.7 ? dup.text.replace(/,/g, " , ") : dup.text
    } else {
      // a new event: sentences spliced from several mentions, with new names and numbers
      const k = 2 + Math.floor(r() * 3)
      const picked = Array.from({ length: k }, () => sentences[Math.floor(r() * sentences.length)]!)
      text = `${name()}${picked.join("。").replace(/\d+/g, () => String(Math.floor(r() * 1000)))}。${name()}、${name()}参加。`
    }
    const year = 2010 + Math.floor(r() * 15)
    const month = 1 + Math.floor(r() * 12)
    const day = 1 + Math.floor(r() * 28)
    const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
    out.push({
      ...m,
      key: `bench${String(i).padStart(11, "0")}:${i}:${i + 1}`,
      document: `bench-${Math.floor(i / 50)}.txt`,
      span: [i, i + 1],
      text,
      summary: text.split("。")[0] ?? text,
      people: dup?.people ?? [],
      date: dup?.date ?? { start, end: null, precision: "day", year: { value: year, source: "text" } }
    })
  }
  return out
}

/** One timed deduplication of `n` synthetic mentions, in this thread. */
export const timeDedup = (base: ReadonlyArray<ExtractedMention>, n: number): { ms: number; events: number } => {
  dedupMentions(syntheticMentions(base, 2000, 3)) // warm-up
  const ms = syntheticMentions(base, n)
  const t = performance.now()
  const events = dedupMentions(ms)
  return { ms: performance.now() - t, events: events.length }
}

/**
 * Dedup time at 10k and 100k mentions. Every run gets a fresh worker (a fresh heap, warmed up the same
 * way), so the larger run does not pay for the smaller one's garbage; the fastest of three runs at each
 * size is kept, because one machine shared with other work varies by ±15 % from run to run.
 */
export const benchDedup = async (base: ReadonlyArray<ExtractedMention>) => {
  const run = (n: number) => runTsWorker<{ ms: number; events: number }>(new URL("./dedup-worker.ts", import.meta.url), { base, n })
  const best = async (n: number) => {
    const runs = []
    for (let i = 0; i < 3; i++) runs.push(await run(n))
    return runs.sort((a, b) => a.ms - b.ms)[0]!
  }
  const small = await best(10_000)
  const large = await best(100_000)
  return { t10k_ms: small.ms, t100k_ms: large.ms, ratio: large.ms / small.ms, events10k: small.events, events100k: large.events }
}
