/**
 * Deduplication: mentions → events.
 *
 * One-shot
 *   dedupMentions(mentions: ReadonlyArray<ExtractedMention>): Array<Event>
 *     Normalised text (no punctuation or spaces, full/half width folded) → fingerprints; candidate pairs
 *     from shared lookup keys (no all-pairs comparison: an exact hash or leader-day key shared once, LSH
 *     bands shared twice, shingle samples three times; buckets over their cap propose nothing); each
 *     candidate confirmed as exact | near
 *     (Jaccard of 4-character shingles) | containment (the shorter one's shingles inside the longer
 *     one, or its whole first sentence for a truncated copy), always with compatible dates and no clash
 *     of people or places; union-find over confirmed pairs; one Event per cluster, sorted by
 *     (date.start, id). id = "ev_" + sha256(smallest member key)[0..12]. Every decision is pairwise and
 *     every tie is broken by mention key, so any input order gives the same events.
 *
 * Building blocks
 *   fingerprintMention(m): Fingerprint        exact hash, shingles, LSH band keys, samples, leader-day keys
 *   lookupKeys(f): Array<string>              the keys a mention is filed under (`x:` exact hash, `b<i>:`
 *                                             MinHash LSH bands, `s:` content-defined shingle samples,
 *                                             `p:` lead person + month-day, `r:` either side of a
                                             reception + month-day, `q:` a day-only report's leader,
                                             `n:` a named event + month-day, `t:` a report's
                                             document + each day of a mention: a visit and its days,
                                             `h:` a place + month-day of what befell it: 某村发生火灾)
 *   bandsOf(m): Array<string>                 = distinct lookupKeys(fingerprintMention(m)), plain strings
 *   bucketCap(key): number                    a key filed under more mentions than this is boilerplate and
 *                                             proposes no pairs (the store passes OVER_CAP, unread)
 *   candidatePairs(fps), confirmPair(a, fa, b, fb), compatibleDates(a, b), eventId(keys)
 *   BAND_MATCHES, SAMPLE_MATCHES                how often a band / sample key must be shared
 *
 * Incremental use (the store)
 *   Tables: mentions(key, event_id, record = the full ExtractedMention as JSON) and
 *   mention_keys(lookup_key, mention_key), filled with bandsOf(m) for every stored mention.
 *   For a batch of new mentions:
 *     1. keys = ∪ bandsOf(new); postings = SELECT lookup_key, mention_key FROM mention_keys WHERE
 *        lookup_key IN keys, or OVER_CAP for a key whose COUNT(*) is over bucketCap(key);
 *     2. load every stored event that owns a posted mention, with all of its mentions (StoredGroup);
 *     3. dedupIncremental(groups, new, postings) → { events, replaced }: write `events`, delete the
 *        stored events listed in `replaced` that are not among them, point the loaded mentions at their
 *        new event ids, file the new mentions under bandsOf(m).
 *   Only pairs with a new mention are compared (stored events stay clusters), and bucket caps count
 *   stored plus new mentions, so the events equal those of dedupMentions over everything stored plus the
 *   batch, whatever the order in which documents arrive — with one exception: a key that was rare when
 *   two mentions were merged and has since become boilerplate (over its cap) no longer proposes that
 *   pair in a one-shot run, while the stored event keeps it.
 */
import type { Event } from "../schema/event.ts"
import type { ExtractedMention } from "../mention.ts"
import { candidatePairs } from "./candidates.ts"
import { buildEvent } from "./cluster.ts"
import { confirmPair } from "./confirm.ts"
import { fingerprintMention, lookupKeys, type Fingerprint } from "./fingerprint.ts"
import { UnionFind } from "./union-find.ts"

export { fingerprintMention, lookupKeys, type Fingerprint } from "./fingerprint.ts"
export { confirmPair, type Link } from "./confirm.ts"
export { BAND_MATCHES, bucketCap, candidatePairs, SAMPLE_MATCHES } from "./candidates.ts"
export { eventId } from "./cluster.ts"
export { compatibleDates } from "./dates.ts"
export { dedupIncremental, OVER_CAP, type StoredGroup, type StoredPostings } from "./incremental.ts"

/** The plain-string keys a store files a mention under for candidate lookup. */
export const bandsOf = (m: ExtractedMention): Array<string> => [...new Set(lookupKeys(fingerprintMention(m)))]

/**
 * One stored cluster rebuilt from its (updated) mentions, as clustering made it: the store uses it when a
 * document's metadata changes the years of its mentions but not which mentions belong together.
 */
export const rebuildEvent = (members: ReadonlyArray<ExtractedMention>): Event => {
  const fps = new Map<string, Fingerprint>()
  return buildEvent(members, (m) => {
    let f = fps.get(m.key)
    if (f === undefined) fps.set(m.key, (f = fingerprintMention(m)))
    return f
  })
}

const byKey = (a: ExtractedMention, b: ExtractedMention) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** Events sorted for output: by start date, then id. */
export const sortEvents = (events: Array<Event>): Array<Event> =>
  events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

export const dedupMentions = (input: ReadonlyArray<ExtractedMention>): Array<Event> => {
  // canonical order first: the same mentions in any order give the same result
  const mentions = [...new Map(input.map((m) => [m.key, m])).values()].sort(byKey)
  const fps: Array<Fingerprint> = mentions.map(fingerprintMention)
  const uf = new UnionFind(mentions.length)
  for (const [a, b] of candidatePairs(fps)) {
    if (uf.find(a) === uf.find(b)) continue
    if (confirmPair(mentions[a]!, fps[a]!, mentions[b]!, fps[b]!) !== null) uf.union(a, b)
  }
  const clusters = new Map<number, Array<ExtractedMention>>()
  mentions.forEach((m, i) => {
    const r = uf.find(i)
    const c = clusters.get(r)
    if (c === undefined) clusters.set(r, [m])
    else c.push(m)
  })
  const index = new Map(mentions.map((m, i) => [m.key, i]))
  const fp = (m: ExtractedMention) => fps[index.get(m.key)!]!
  return sortEvents([...clusters.values()].map((members) => buildEvent(members, fp)))
}
