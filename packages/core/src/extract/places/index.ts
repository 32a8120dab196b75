import { cueWords } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"
import { abbreviatedPlaces } from "./abbreviation.ts"
import { actorPlaces } from "./actor.ts"
import { administrativePlaces } from "./administrative.ts"
import { venuesAfterTime } from "./after-time.ts"
import { commonWordTown } from "./common-word-town.ts"
import { withoutEnclosingProvinces, writtenTogether } from "./enclosing.ts"
import { PlaceFinds } from "./finds.ts"
import { isReference } from "./reference.ts"
import { resolvePlaces } from "./resolve.ts"
import { leadSlots, strongSlots, viewSlots, weakSlots } from "./triggered-slots.ts"
import { triggeredPlaces } from "./triggered-divisions.ts"
import { foreignPlaces } from "./foreign.ts"
import { namedZones } from "./zone.ts"
import { longerSuffixFrom } from "./suffix.ts"
import type { PlaceContext } from "./types.ts"
import type { PlaceCues } from "../../knowledge/lexicon.ts"
import { derivedFrom } from "../../knowledge/derived.ts"

export type { PlaceContext } from "./types.ts"
export { isReference } from "./reference.ts"
export { triggerWordSet } from "./triggers.ts"
export { normalized } from "./normalized.ts"
export { withoutEnclosingProvinces, writtenTogether } from "./enclosing.ts"

// every word that may introduce a place abroad: the place triggers and the verbs of going abroad (出访), once per cue set
const foreignTriggersOf = derivedFrom((cues: PlaceCues): ReadonlyArray<string> => [
  ...new Set([...cues.triggers, ...cues.weakTriggers, ...cues.leadTriggers, ...cueWords("foreign-trigger")])
])

/**
 * Where an event happened and what was visited: the places in the slots after 到/赴/深入/在 … and before
 * what happens there (调研, 检查, 召开, 举行) or a comma (在某小区,王明强调…). A place named
 * anywhere else (the organising 河南省委, 听取周口市汇报, 召开南阳、洛阳两市调度会) is not a place of
 * the event. Chains are split (驻马店市新蔡县 → 驻马店市, 新蔡县); venues get level venue (or community
 * for 社区/村/小区, town for 街道/镇/乡), then give the division they stand in (administrative.ts).
 *
 * The finders below run in this order, each in its own file; the slot finders (1–5) share the slot
 * grammar of slot.ts and read a slot once.
 */
export const extractPlaces = (text: string, ctx: PlaceContext): Array<Place> => {
  const f = new PlaceFinds(text, ctx)
  strongSlots(f)
  weakSlots(f)
  viewSlots(f)
  leadSlots(f)
  venuesAfterTime(f)
  const inReference = (at: number, end: number) => isReference(text, at, end, ctx)
  const found = [
    ...resolvePlaces(f),
    // 6. divisions right after a trigger, whatever venue follows them
    ...triggeredPlaces(text, ctx.gazetteer, ctx.cues.triggers, inReference, ctx.cues.ends, ctx.cues.generic, (at, end) => longerSuffixFrom(text, at, end, ctx.cues), ctx.everySentence === true),
    // 7. divisions that are the subject of a clause (某区召开…)
    ...actorPlaces(text, ctx.gazetteer, ctx.cues)
  ]
  // venues give their division; an ordinary word read as a town goes, and so does a province beside its places
  // (unless written with one of them as one name: 甘肃敦煌)
  // and a division beside the zone named after it
  const named = namedZones(
    withoutEnclosingProvinces(
      administrativePlaces(found, ctx.gazetteer).filter((p) => !commonWordTown(p, ctx.seg)),
      ctx.gazetteer,
      writtenTogether(text)
    ),
    ctx.gazetteer
  )
  // 8. countries and cities abroad after a trigger (赴某国考察, 在某国某市出席…)
  const abroad = foreignPlaces(text, foreignTriggersOf(ctx.cues), inReference, ctx.cues.ends).filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i)
  const all = [...named, ...abroad]
  // 9. 来淮调研 / 抵台: an abbreviation is the place when the text names none in full
  return all.length > 0 ? all : abbreviatedPlaces(text, ctx.gazetteer, ctx.cues.ends, inReference)
}
