import type { Event } from "../schema/event.ts"
import type { ExtractedMention } from "../mention.ts"
import { BAND_MATCHES, bucketCap, SAMPLE_MATCHES } from "./candidates.ts"
import { buildEvent } from "./cluster.ts"
import { confirmPair } from "./confirm.ts"
import { fingerprintMention, lookupKeys, type Fingerprint } from "./fingerprint.ts"
import { UnionFind } from "./union-find.ts"

/** Stands for the stored postings of a key that holds more of them than its cap. */
export const OVER_CAP = "over-cap"

/** The stored mentions filed under a key, or OVER_CAP. */
export type StoredPostings = ReadonlyArray<string> | typeof OVER_CAP

/** A stored event as the store hands it back: all of its mentions (merge reasons are recomputed). */
export interface StoredGroup {
  readonly eventId: string
  readonly mentions: ReadonlyArray<ExtractedMention>
}

/**
 * New mentions against stored events without re-comparing what was compared before: stored events
 * stay clusters, and only pairs with a new mention are looked at — new × stored through the store's
 * postings, new × new directly — under the same rules as `dedupMentions`: a key proposes pairs only
 * while stored plus new mentions filed under it stay within `bucketCap(key)`, and shingle samples must
 * be shared three times (or all of the smaller side's). Events are rebuilt the way `dedupMentions`
 * builds them, so the result equals a one-shot run over stored ∪ new (see index.ts for the one caveat).
 *
 * `postings` maps each lookup key of the new mentions to the keys of all stored mentions filed under
 * it, or to OVER_CAP when more stored mentions than the key's cap are (the store need not read them:
 * such a key proposes nothing, not even among the new mentions). A key left out has no stored
 * mentions. Returns the rebuilt events and the ids of the stored events they replace.
 */
export const dedupIncremental = (
  groups: ReadonlyArray<StoredGroup>,
  freshIn: ReadonlyArray<ExtractedMention>,
  postings: ReadonlyMap<string, StoredPostings>
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
  const base = storedList.length

  // who is filed under each key of the new mentions: new ones here, stored ones from the postings
  const freshUnder = new Map<string, Array<number>>()
  for (let f = 0; f < fresh.length; f++)
    for (const key of new Set(lookupKeys(fp(base + f)))) {
      const list = freshUnder.get(key)
      if (list === undefined) freshUnder.set(key, [base + f])
      else list.push(base + f)
    }
  const strong = new Set<string>()
  const sampleCounts = new Map<string, number>()
  const bandCounts = new Map<string, number>()
  const pairKey = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`)
  for (const [key, freshMembers] of freshUnder) {
    const posted = postings.get(key) ?? []
    if (posted === OVER_CAP) continue
    const stored = posted.filter((k) => storedKeys.has(k) || !index.has(k))
    // the same cap as a one-shot bucket over stored ∪ new (postings may name stored mentions not loaded)
    if (stored.length + freshMembers.length > bucketCap(key)) continue
    const loaded = stored.flatMap((k) => {
      const i = index.get(k)
      return i === undefined ? [] : [i]
    })
    const counts = key.startsWith("s:") ? sampleCounts : key.startsWith("b") ? bandCounts : null
    const note = (i: number, j: number) => {
      const k = pairKey(i, j)
      if (counts !== null) counts.set(k, (counts.get(k) ?? 0) + 1)
      else strong.add(k)
    }
    for (let x = 0; x < freshMembers.length; x++) {
      const i = freshMembers[x]!
      for (const j of loaded) note(i, j)
      for (let y = x + 1; y < freshMembers.length; y++) note(i, freshMembers[y]!)
    }
  }
  for (const [k, n] of bandCounts) if (n >= BAND_MATCHES) strong.add(k)
  for (const [k, n] of sampleCounts) {
    const [i, j] = k.split(":").map(Number) as [number, number]
    if (n >= Math.min(SAMPLE_MATCHES, fp(i).samples.length, fp(j).samples.length)) strong.add(k)
  }
  for (const k of [...strong].sort()) {
    const [i, j] = k.split(":").map(Number) as [number, number]
    if (uf.find(i) === uf.find(j)) continue
    if (confirmPair(all[i]!, fp(i), all[j]!, fp(j)) !== null) uf.union(i, j)
  }

  // rebuild only the clusters that a new mention joined
  const clusters = new Map<number, Array<ExtractedMention>>()
  for (let f = 0; f < fresh.length; f++) {
    const r = uf.find(base + f)
    if (!clusters.has(r)) clusters.set(r, [])
  }
  all.forEach((m, i) => clusters.get(uf.find(i))?.push(m))
  const events: Array<Event> = []
  const replaced = new Set<string>()
  const fpOf = (m: ExtractedMention) => fp(index.get(m.key)!)
  for (const ms of clusters.values()) {
    for (const m of ms) {
      const g = groupOf.get(m.key)
      if (g !== undefined) replaced.add(g)
    }
    events.push(buildEvent(ms, fpOf))
  }
  return { events, replaced: [...replaced].sort() }
}
