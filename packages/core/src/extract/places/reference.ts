import { cueRegExp } from "../../knowledge/cues.ts"
import { clauseEnd, clauseStart } from "../chars.ts"
import type { PlaceContext } from "./types.ts"

const referenceAfter = cueRegExp`${"place-reference-after"}`
const referenceVerb = cueRegExp`${"place-reference-verb"}`

/**
 * A slot inside a reference to another event (学习贯彻习近平总书记在北京市调研…时的重要讲话精神) is not
 * this event's; a national leader's own visit (习近平总书记在湖南考察) is.
 */
export const isReference = (text: string, triggerAt: number, slotEnd: number, ctx: Pick<PlaceContext, "nationalTitles" | "cues">): boolean => {
  const before = text.slice(clauseStart(text, triggerAt), triggerAt)
  const after = text.slice(slotEnd, clauseEnd(text, slotEnd) + 1)
  // 在某县举行重温…重要讲话精神主题党日活动: the slot is where the entry's own occasion was held, and the
  // speech it studied is what the occasion was about (召开的, 举行的 would make it a relative clause)
  const own = ctx.cues.actorVerbs.find((v) => v.length >= 2 && after.startsWith(v))
  if (own !== undefined && after[own.length] !== "的") return false
  if (referenceAfter.test(after)) return true
  const national = ctx.nationalTitles.occurrencesIn(before).length > 0
  return national && (referenceVerb.test(before) || /^[^，,。]*时/.test(after))
}
