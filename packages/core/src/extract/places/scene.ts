import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import { clauseEnd } from "../chars.ts"
import type { Scan, SlotParse } from "./types.ts"
import { acceptableVenue } from "./venue.ts"

const sceneSeparator = cueRegExp`${"scene-separator"}`
const localiserEnd = cueRegExp`[${cueClass("localiser")}]$`

/**
 * 在中信重工和中国一拖,王明指出: names set as the scene of what a person of the text does next. Tried
 * after 在 when no slot of known places follows it.
 */
export const sceneBeforePerson = (s: Scan, from: number): SlotParse | null => {
  const { text } = s
  const comma = clauseEnd(text, from)
  const c = text.charCodeAt(comma)
  if ((c !== 0x2c && c !== 0xff0c) || comma - from > 24 || comma - from < 2) return null
  let person = false
  for (const n of s.ctx.personNames) if (n.length <= 4 && text.startsWith(n, comma + 1)) person = true
  if (!person) return null
  const names = text.slice(from, comma).split(sceneSeparator)
  const verbs = [...s.ctx.cues.verbs, ...s.ctx.personVerbs]
  if (
    names.some(
      (n) =>
        n.length < 2 ||
        n.length > 6 ||
        !/^[\p{Script=Han}0-9]+$/u.test(n) ||
        localiserEnd.test(n) ||
        n.includes("的") ||
        verbs.some((v) => n.includes(v)) ||
        !acceptableVenue(n, s.ctx)
    )
  )
    return null
  return { items: names.map((n) => ({ name: n, level: "venue" as const, venueClass: null, bare: false })), end: comma, anyVenue: true }
}
