import type { Event, Merged } from "../schema/event.ts"
import type { ExtractedMention } from "../mention.ts"
import { bucketCap, candidatePairs } from "./candidates.ts"
import { buildEvent } from "./cluster.ts"
import { confirmPair, type Link } from "./confirm.ts"
import { fingerprintMention, lookupKeys, type Fingerprint } from "./fingerprint.ts"
import { UnionFind } from "./union-find.ts"

/** A stored event as the store hands it back: its mentions and the merge reasons it already has. */
export interface StoredGroup {
  readonly eventId: string
  readonly mentions: ReadonlyArray<ExtractedMention>
  readonly merged: ReadonlyArray<Merged>
}

/**
 * New mentions against stored events without re-comparing what was compared before: stored events
 * stay clusters, and only pairs with a new mention are looked at (candidates from the store's lookup
 * postings, plus pairs among the new mentions). Pair decisions are the same as in `dedupMentions`, so
 * the clusters are the ones a one-shot run would give.
 *
 * `postings` maps each lookup key of the new mentions to the stored mention keys filed under it.
 * Returns the rebuilt events and the ids of the stored events they replace.
 */
export const dedupIncremental = (
  groups: ReadonlyArray<StoredGroup>,
  freshIn: ReadonlyArray<ExtractedMention>,
  postings: ReadonlyMap<string, ReadonlyArray<string>>
): { events: Array<Event>; replaced: Array<string> } => {
  const storedList = groups.flatMap((g) => g.mentions)
  const storedKeys = new Set(storedList.map((m) => m.key))
  const fresh = [...new Map(freshIn.filter((m) => !storedKeys.has(m.key)).map((m) => [m.key, m])).values()]
  const all = [...storedList, ...fresh]
  const index = new Map(all.map((m, i) => [m.key, i]))
  const uf = new UnionFind(all.length)
  const groupOf = new Map<string, string>()
  for (const g of groups) {
    const first = index.get(g.mentions[0]?.key ?? "")
    for (const m of g.mentions) {
      groupOf.set(m.key, g.eventId)
      if (first !== undefined) uf.union(first, index.get(m.key)!)
    }
  }
  const fps = new Map<number, Fingerprint>()
  const fp = (i: number) => {
    let f = fps.get(i)
    if (f === undefined) fps.set(i, (f = fingerprintMention(all[i]!)))
    return f
  }
  const links = new Map<string, Link>()
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)
  const tryPair = (i: number, j: number) => {
    const link = confirmPair(all[i]!, fp(i), all[j]!, fp(j))
    if (link === null) return
    uf.union(i, j)
    links.set(pairKey(all[i]!.key, all[j]!.key), link)
  }
  // new × stored, through the store's postings (same bucket cap and sample rule as one-shot)
  const base = storedList.length
  for (let f = 0; f < fresh.length; f++) {
    const i = base + f
    const strong = new Set<string>()
    const samples = new Map<string, number>()
    for (const key of lookupKeys(fp(i))) {
      const list = postings.get(key)
      if (list === undefined || list.length > bucketCap(key)) continue
      for (const k of list) {
        if (!index.has(k)) continue
        if (key.startsWith("s:")) samples.set(k, (samples.get(k) ?? 0) + 1)
        else strong.add(k)
      }
    }
    for (const [k, n] of samples) {
      const j = index.get(k)!
      if (n >= Math.min(3, fp(i).samples.length, fp(j).samples.length)) strong.add(k)
    }
    for (const k of strong) tryPair(i, index.get(k)!)
  }
  // new × new
  const freshFps = fresh.map((_, f) => fp(base + f))
  for (const [a, b] of candidatePairs(freshFps)) tryPair(base + a, base + b)

  // rebuild only the clusters that a new mention joined
  const clusters = new Map<number, Array<number>>()
  for (let f = 0; f < fresh.length; f++) {
    const r = uf.find(base + f)
    if (!clusters.has(r)) clusters.set(r, [])
  }
  all.forEach((_, i) => clusters.get(uf.find(i))?.push(i))
  const known = new Map<string, Link>()
  for (const g of groups) for (const m of g.merged) known.set(`${m.document}\u0000${m.span[0]}:${m.span[1]}`, { method: m.method, score: m.score })
  const events: Array<Event> = []
  const replaced = new Set<string>()
  for (const members of clusters.values()) {
    const ms = members.map((i) => all[i]!)
    for (const m of ms) {
      const g = groupOf.get(m.key)
      if (g !== undefined) replaced.add(g)
    }
    const linkOf = (m: ExtractedMention, primary: ExtractedMention): Link => {
      const direct = links.get(pairKey(m.key, primary.key))
      if (direct !== undefined) return direct
      const old = known.get(`${m.document}\u0000${m.span[0]}:${m.span[1]}`)
      if (old !== undefined) return old
      let best: Link | undefined
      for (const o of ms) {
        const l = links.get(pairKey(m.key, o.key))
        if (l !== undefined && (best === undefined || l.score > best.score)) best = l
      }
      return best ?? { method: "near", score: 0 }
    }
    events.push(buildEvent(ms, linkOf))
  }
  return { events, replaced: [...replaced] }
}
