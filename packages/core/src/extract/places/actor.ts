import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import { matchPlaceAt } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"
import { cueWords } from "../../knowledge/cues.ts"

const levelEnds = cueWords("level-end")

/**
 * Divisions that are the subject of a clause (罗湖区召开…, 江苏省举行…, 罗湖区与某区签订…): written in full
 * with their level word, right at a clause's start and right before an actor verb.
 */
export const actorPlaces = (text: string, gazetteer: Gazetteer, actorVerbs: ReadonlyArray<string>): Array<Place> => {
  const out: Array<Place> = []
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !/[,，。;；:：\s]/.test(text[at - 1]!)) continue
    const e = matchPlaceAt(gazetteer, text, at, false)
    if (e === null) continue
    const written = text.startsWith(e.full, at) ? e.full : e.name
    if (!levelEnds.some((l) => written.endsWith(l))) continue
    const after = at + written.length
    if (!actorVerbs.some((v) => text.startsWith(v, after))) continue
    out.push({ name: written, level: e.level })
  }
  return out
}
