/**
 * Deduplication: mentions → events.
 *
 *   fingerprintMention(m)   normalised text → exact hash, shingles, MinHash LSH band keys, shingle samples
 *   candidatePairs(fps)     pairs sharing a lookup key (no all-pairs comparison; boilerplate buckets capped)
 *   confirmPair(a, b)       exact | near (Jaccard) | containment, with compatible dates and people
 *   dedupMentions(ms)       union-find over confirmed pairs → one Event per cluster, sorted by date then id
 *
 * Every decision is pairwise, so the clusters (and the ids, from each cluster's smallest mention key)
 * do not depend on input order. A store uses it incrementally: index each stored mention under
 * `lookupKeys(fingerprintMention(m))`; for new mentions, fetch stored mentions sharing a key, widen to
 * the whole stored events they belong to, and run `dedupMentions` over those plus the new mentions —
 * the result for those events is what a one-shot run over everything would give.
 */
import type { Event } from "../schema/event.ts"
import type { ExtractedMention } from "../mention.ts"
import { candidatePairs } from "./candidates.ts"
import { buildEvent } from "./cluster.ts"
import { confirmPair, type Link } from "./confirm.ts"
import { fingerprintMention, type Fingerprint } from "./fingerprint.ts"
import { UnionFind } from "./union-find.ts"

export { fingerprintMention, lookupKeys, type Fingerprint } from "./fingerprint.ts"
export { confirmPair, type Link } from "./confirm.ts"
export { bucketCap, candidatePairs } from "./candidates.ts"
export { eventId } from "./cluster.ts"
export { compatibleDates } from "./dates.ts"

export const dedupMentions = (input: ReadonlyArray<ExtractedMention>): Array<Event> => {
  // canonical order first: the same mentions in any order give the same result
  const mentions = [...new Map(input.map((m) => [m.key, m])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const fps: Array<Fingerprint> = mentions.map(fingerprintMention)
  const uf = new UnionFind(mentions.length)
  const links = new Map<number, Map<number, Link>>()
  const remember = (a: number, b: number, l: Link) => {
    let m = links.get(a)
    if (m === undefined) links.set(a, (m = new Map()))
    m.set(b, l)
  }
  for (const [a, b] of candidatePairs(fps)) {
    const link = confirmPair(mentions[a]!, fps[a]!, mentions[b]!, fps[b]!)
    if (link === null) continue
    uf.union(a, b)
    remember(a, b, link)
    remember(b, a, link)
  }
  const clusters = new Map<number, Array<number>>()
  mentions.forEach((_, i) => {
    const r = uf.find(i)
    const c = clusters.get(r)
    if (c === undefined) clusters.set(r, [i])
    else c.push(i)
  })
  const index = new Map(mentions.map((m, i) => [m.key, i]))
  const events: Array<Event> = []
  for (const members of clusters.values()) {
    const linkOf = (m: ExtractedMention, primary: ExtractedMention): Link => {
      const i = index.get(m.key)!
      const own = links.get(i)
      const direct = own?.get(index.get(primary.key)!)
      if (direct !== undefined) return direct
      // joined through another member: explain it by its strongest link within the cluster
      let best: Link | undefined
      for (const [j, l] of own ?? []) if (members.includes(j) && (best === undefined || l.score > best.score)) best = l
      return best ?? { method: "near", score: 0 }
    }
    events.push(buildEvent(members.map((i) => mentions[i]!), linkOf))
  }
  return events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1))
}
export { dedupIncremental, type StoredGroup } from "./incremental.ts"
