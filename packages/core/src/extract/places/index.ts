import type { Place } from "../../schema/event.ts"
import { venuesAfterTime } from "./after-time.ts"
import { PlaceFinds } from "./finds.ts"
import { resolvePlaces } from "./resolve.ts"
import { leadSlots, strongSlots, viewSlots, weakSlots } from "./triggered-slots.ts"
import type { PlaceContext } from "./types.ts"

export type { PlaceContext } from "./types.ts"
export { isReference } from "./reference.ts"
export { triggerWordSet } from "./triggers.ts"
export { normalized } from "./normalized.ts"

/**
 * Where an event happened and what was visited: the places in the slots after 到/赴/深入/在 … and before
 * what happens there (调研, 检查, 召开, 举行) or a comma (在某小区,王明强调…). A place named
 * anywhere else (the organising 河南省委, 听取周口市汇报, 召开南阳、洛阳两市调度会) is not a place of
 * the event. Chains are split (驻马店市新蔡县 → 驻马店市, 新蔡县); venues get level venue (or community
 * for 社区/村/小区, town for 街道/镇/乡).
 *
 * Each finder below adds to the places found, in this order (a slot read by an earlier one is not read
 * again); slot.ts holds the grammar they share.
 */
export const extractPlaces = (text: string, ctx: PlaceContext): Array<Place> => {
  const f = new PlaceFinds(text, ctx)
  strongSlots(f)
  weakSlots(f)
  viewSlots(f)
  leadSlots(f)
  venuesAfterTime(f)
  return resolvePlaces(f)
}
