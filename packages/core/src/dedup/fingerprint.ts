import type { ExtractedMention } from "../mention.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { bandHashes, bandKey, minhash, sampleHashes, sampleKey } from "./minhash.ts"
import { normalizeForDedup } from "./normalize.ts"
import { shingleHashes, type Hashes } from "./shingles.ts"
import { createHash } from "node:crypto"
import { principals } from "./principal.ts"
import { eventNames } from "./event-names.ts"
import { happeningKeys } from "./happening.ts"

/** What the deduplicator (and a store's LSH tables) know about one mention. */
export interface Fingerprint {
  readonly key: string
  /** sha256 of the normalised text: equal ⇒ exact duplicate. */
  readonly exact: string
  readonly shingles: Hashes
  /** LSH band hashes of the MinHash signature, one per band (near duplicates); `bandKey` names them. */
  readonly bands: ReadonlyArray<number>
  /** Content-defined shingle samples (containment candidates), as shingle hashes; `sampleKey` names them. */
  readonly samples: Hashes
  /** Shingles of the first sentence: a truncated copy keeps it whole. */
  readonly lead: Hashes
  /**
   * `p:<lead person>:<MM-DD>` for each day of the mention: the same leader on the same day; for a reception
   * also `r:<person>:<MM-DD>` for each side (the host and the guest received).
   */
  readonly actors: ReadonlyArray<string>
  /** `n:<event name>:<MM-DD>`: one named event (2022年第三批全省重大项目开工动员会) on one day. */
  readonly named: ReadonlyArray<string>
  /** `t:<document>:<MM-DD>` for each day of a report's (not a chronicle's) mention: a tour and its days. */
  readonly days: ReadonlyArray<string>
  /** `h:<place>:<MM-DD>`: what befell one place on one day (happening.ts). */
  readonly happenings: ReadonlyArray<string>
}

type Fingerprinted = Pick<ExtractedMention, "key" | "text" | "summary" | "people" | "date" | "title" | "kind" | "contentHash" | "format" | "places">

// mentions are immutable values: one that is fingerprinted again (lookup, dedup, filing its keys) gets
// the same answer without the work
export const fingerprintMention = derivedFrom((m: Fingerprinted): Fingerprint => {
  const norm = normalizeForDedup(m.text)
  const shingles = shingleHashes(norm)
  return {
    lead: shingleHashes(normalizeForDedup(m.summary)),
    actors: actorKeys(m),
    named: namedKeys(m),
    days: reportDayKeys(m),
    happenings: happeningKeys(m),
    key: m.key,
    exact: createHash("sha256").update(norm).digest("hex").slice(0, 32),
    shingles,
    bands: bandHashes(minhash(shingles)),
    samples: sampleHashes(shingles)
  }
})

/** All lookup keys of a mention (`x:` exact, `b…:` bands, `s:` samples) for a store's candidate index. */
export const lookupKeys = (f: Fingerprint): Array<string> => [
  `x:${f.exact}`,
  ...Array.from(f.bands, (h, b) => bandKey(b, h)),
  ...Array.from(f.samples, sampleKey),
  ...f.actors,
  ...f.named,
  ...f.days,
  ...f.happenings
]

/** The month-days a dated mention covers (MM-DD), up to eight days of a range within one month; none undated. */
const daysOf = (date: ExtractedMention["date"]): Array<string> => {
  const start = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(date.start)
  if (start === null) return []
  const days: Array<string> = [`${start[1]}-${start[2]}`]
  const end = date.end === null ? null : /-(\d{2})-(\d{2})$/.exec(date.end)
  if (end !== null && end[1] === start[1]) for (let d = Number(start[2]) + 1; d <= Number(end[2]) && days.length < 8; d++) days.push(`${start[1]}-${String(d).padStart(2, "0")}`)
  return days
}

// a chronicle's entries are distinct events by construction: only a report's mentions are filed by day
const reportDayKeys = (m: Pick<ExtractedMention, "date" | "contentHash" | "format">): Array<string> =>
  m.format === "chronicle" ? [] : daysOf(m.date).map((d) => `t:${m.contentHash.slice(0, 16)}:${d}`)

const actorKeys = (m: Pick<ExtractedMention, "people" | "date" | "dayOfMonth" | "kind">): Array<string> => {
  const start = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(m.date.start)
  // a report that gives only its day (7日率团…) meets the dated reports of its leader on that day of a month
  if (start === null) return m.dayOfMonth === undefined ? [] : [...principals(m)].map((name) => `q:${name}:${String(m.dayOfMonth).padStart(2, "0")}`)
  const days = daysOf(m.date)
  const leads = [...principals(m)]
  // a reception has two sides, and each outlet leads with its own (甲会见乙 / 乙会晤甲): both are filed
  const sides = m.kind === "reception" ? [...leads, ...m.people.filter((p) => p.role === "met").map((p) => p.name)] : []
  return [...leads.flatMap((name) => [...days.map((d) => `p:${name}:${d}`), `q:${name}:${start[2]}`]), ...sides.map((name) => `r:${name}:${days[0]}`)]
}

const namedKeys = (m: Pick<ExtractedMention, "title" | "summary" | "date" | "text">): Array<string> => {
  const day = /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/.exec(m.date.start)
  if (day === null) return []
  // the event's own name stands in its title or in the first clause of its lead — of the summary, or of the
  // text's first dated sentence when chrome or a 摘要 line comes first
  // (one search in the lead, not a split of the whole text: this runs for every mention)
  const head = m.text.slice(0, 600)
  const at = head.search(/\d{1,2}月\d{1,2}日/)
  const afterDate = at < 0 ? "" : head.slice(at).split(/[。！？!?]/)[0]!
  const names = new Set([...eventNames(m.title), ...eventNames(m.summary.split(/[，,。；;]/)[0] ?? ""), ...eventNames(afterDate.split(/[，,。；;]/).slice(0, 2).join("，"))])
  return [...names].map((n) => `n:${n}:${day[1]}`)
}
