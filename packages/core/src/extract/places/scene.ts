import { cueClass, cueRegExp, cueWords } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"
import { clauseEnd } from "../chars.ts"
import type { Scan, SlotParse } from "./types.ts"
import { chainAt } from "./slot.ts"
import { acceptableVenue } from "./venue.ts"

const sceneSeparator = cueRegExp`${"scene-separator"}`
const localiserEnd = cueRegExp`[${cueClass("localiser")}]$`

/** Does a person the text names (a name of four characters at most) start at `at`? */
const personAt = (s: Scan, at: number): boolean => {
  for (const n of s.ctx.personNames) if (n.length <= 4 && s.text.startsWith(n, at)) return true
  return false
}

/**
 * 在中信重工和中国一拖,王明指出: names set as the scene of what a person of the text does next. Tried
 * after 在 when no slot of known places follows it.
 */
export const sceneBeforePerson = (s: Scan, from: number): SlotParse | null => {
  const { text } = s
  const comma = clauseEnd(text, from)
  const c = text.charCodeAt(comma)
  if ((c !== 0x2c && c !== 0xff0c) || comma - from > 24 || comma - from < 2) return null
  if (!personAt(s, comma + 1)) return null
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

// the subject a scene is set for when the text does not name it again (在某县某工地,他察看…)
const actorPronouns = cueWords("scene-actor-pronoun")

/**
 * 在某县某某片区安置房项目现场,他察看进度 / 在某县某村,王明察看…: a clause that opens with divisions after
 * 在 and ends at a comma before the person of the text (or 他, 她, 一行) sets where that person was, whatever
 * venue words follow the divisions. Tried after 在 when no slot of known places follows it; only the
 * divisions are taken (the venue's own name is not read).
 */
export const divisionsOfScene = (s: Scan, from: number): Array<Place> => {
  const { text } = s
  const comma = clauseEnd(text, from)
  const c = text.charCodeAt(comma)
  if ((c !== 0x2c && c !== 0xff0c) || comma - from > 40) return []
  const after = comma + 1
  if (!actorPronouns.some((w) => text.startsWith(w, after)) && !personAt(s, after)) return []
  // the slot grammar's chain of divisions (某县某镇), read up to the comma
  const out: Array<Place> = chainAt(s, from)
    .filter((c) => c.end <= comma)
    .map((c) => ({ name: c.entry.name, level: c.entry.level }))
  // 在某省工作期间,他… / 在某省,他…: a province alone is where a person's history or a journey lay as often as
  // where the event was; a city, county or town is a stop
  return out.every((p) => p.level === "province") ? [] : out.filter((p) => p.level !== "province")
}
