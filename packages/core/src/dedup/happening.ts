import type { ExtractedMention } from "../mention.ts"
import { HAPPENING_BELOW } from "../extract/kind.ts"
import { normalized } from "../extract/places/normalized.ts"
import { bundledKindKeywords } from "../knowledge/Knowledge.ts"
import { once } from "../knowledge/once.ts"

// the words of what befell a place (火灾, 地震, 事故 …): kind-keywords.tsv's other words below HAPPENING_BELOW
const happeningWords = once((): ReadonlyArray<string> =>
  bundledKindKeywords()
    .filter((k) => k.kind === "other" && k.priority < HAPPENING_BELOW)
    .map((k) => k.keyword)
)

/**
 * `h:<place>:<MM-DD>` for each place below a province of a mention that tells what befell it (某县某村发生森林火灾):
 * one place's fire, flood or accident on one day is one event, however each outlet words it.
 */
export const happeningKeys = (m: Pick<ExtractedMention, "kind" | "title" | "summary" | "places" | "date">): Array<string> => {
  if (m.kind !== "other") return []
  const day = /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/.exec(m.date.start)
  if (day === null) return []
  const lead = `${m.title} ${m.summary.split(/[。！？!?]/)[0] ?? ""}`
  if (!happeningWords().some((w) => lead.includes(w))) return []
  return m.places.filter((p) => p.level !== "province" && p.level !== "venue" && p.level !== "other").map((p) => `h:${normalized(p.name)}:${day[1]}`)
}
