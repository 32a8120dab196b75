import { dedupMentions, type ExtractedMention } from "@dashiji/core"
import { rng } from "./corpus.ts"

/**
 * Synthetic mentions from real ones: cut, reordered, respaced and spliced texts on random dates,
 * with a share of true duplicates so that clusters form.
 */
export const syntheticMentions = (base: ReadonlyArray<ExtractedMention>, n: number, seed = 7): Array<ExtractedMention> => {
  const r = rng(seed)
  const out: Array<ExtractedMention> = []
  for (let i = 0; i < n; i++) {
    const m = base[Math.floor(r() * base.length)]!
    const sentences = m.text.split("。").filter((s) => s.length > 0)
    let text: string
    const op = r()
    if (op < 0.25) text = sentences.slice(0, 1 + Math.floor(r() * sentences.length)).join("。") // cut
    else if (op < 0.45) text = [...sentences].sort(() => r() - 0.5).join("。") // reorder
    else if (op < 0.6) text = m.text.replace(/,/g, " , ") // respace
    else if (op < 0.75) text = `${m.text}${base[Math.floor(r() * base.length)]!.text.slice(0, 80)}` // splice
    else text = m.text
    const dup = r() < 0.3 && out.length > 0
    const src = dup ? out[Math.floor(r() * out.length)]! : undefined
    const year = 2010 + Math.floor(r() * 15)
    const month = 1 + Math.floor(r() * 12)
    const day = 1 + Math.floor(r() * 28)
    const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
    out.push({
      ...m,
      key: `bench${String(i).padStart(11, "0")}:${i}:${i + 1}`,
      document: `bench-${Math.floor(i / 50)}.txt`,
      span: [i, i + 1],
      text: src?.text ?? `${text}（${i % 997}）`,
      date: src?.date ?? { start, end: null, precision: "day", year: { value: year, source: "text" } }
    })
  }
  return out
}

export const benchDedup = (base: ReadonlyArray<ExtractedMention>) => {
  const time = (n: number) => {
    const ms = syntheticMentions(base, n)
    const t = performance.now()
    const events = dedupMentions(ms)
    return { ms: performance.now() - t, events: events.length }
  }
  time(2000) // warm-up
  const small = time(10_000)
  const large = time(100_000)
  return { t10k_ms: small.ms, t100k_ms: large.ms, ratio: large.ms / small.ms, events10k: small.events, events100k: large.events }
}
