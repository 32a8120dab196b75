import type { PlaceCues } from "../../knowledge/lexicon.ts"
import { derivedFrom } from "../../knowledge/derived.ts"
import { WordSet } from "../../knowledge/wordset.ts"

// The words that open a slot of places (到, 赴, 深入, 在 …), in four lists tried in this order: strong,
// weak (a slot only when an inspection word ends it), view (only when it names a venue) and lead (only
// in the lead of the text).

interface TriggerIndex {
  readonly all: WordSet
  /** The rank of each word in each list (the lists are tried in their own order). */
  readonly ranks: ReadonlyArray<ReadonlyMap<string, number>>
}
const triggerIndex = derivedFrom((cues: PlaceCues): TriggerIndex => {
  const lists = [cues.triggers, cues.weakTriggers, cues.viewTriggers, cues.leadTriggers]
  return { all: new WordSet(lists.flat()), ranks: lists.map((l) => new Map(l.map((w, i) => [w, i] as const))) }
})

/** Every trigger word of every kind, for a walk that finds several sets' words at once. */
export const triggerWordSet = (cues: PlaceCues): WordSet => triggerIndex(cues).all

export interface Hit {
  readonly at: number
  readonly word: string
  readonly rank: number
}

export interface TriggerHits {
  readonly triggers: ReadonlyArray<Hit>
  readonly weak: ReadonlyArray<Hit>
  readonly view: ReadonlyArray<Hit>
  readonly lead: ReadonlyArray<Hit>
}

/**
 * Every occurrence of every trigger word, by list, in the order the lists give the words (then by
 * position): one walk over the text instead of one search per word.
 */
export const triggerHits = (text: string, cues: PlaceCues, starts?: ReadonlyArray<number>): TriggerHits => {
  const ix = triggerIndex(cues)
  const out: Array<Array<Hit>> = [[], [], [], []]
  for (const { at, word } of ix.all.occurrencesIn(text, starts))
    for (let l = 0; l < 4; l++) {
      const rank = ix.ranks[l]!.get(word)
      if (rank !== undefined) out[l]!.push({ at, word, rank })
    }
  for (const list of out) list.sort((a, b) => a.rank - b.rank || a.at - b.at)
  return { triggers: out[0]!, weak: out[1]!, view: out[2]!, lead: out[3]! }
}

/**
 * For each trigger, the longer words that end in it and make it no trigger here: words that only hold it
 * (服从 for 从) and triggers of a weaker kind (奔赴 for 赴).
 */
export const triggerBlockers = derivedFrom((cues: PlaceCues): ReadonlyMap<string, ReadonlyArray<string>> => {
  const all = [...cues.triggers, ...cues.weakTriggers, ...cues.viewTriggers, ...cues.leadTriggers]
  const strong = new Set(cues.triggers)
  const out = new Map<string, Array<string>>()
  for (const t of new Set(all)) {
    const longer = (w: string) => w.length > t.length && w.endsWith(t)
    const list = [...cues.notTriggers.filter(longer), ...all.filter((w) => longer(w) && !strong.has(w))]
    if (list.length > 0) out.set(t, list)
  }
  return out
})
