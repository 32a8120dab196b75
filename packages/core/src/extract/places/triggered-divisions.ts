import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import { matchPlaceAt } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"
import type { WordSet } from "../../knowledge/wordset.ts"
import { cueWords } from "../../knowledge/cues.ts"
import { townNameAt } from "./town-name.ts"

const placelessEnds = cueWords("placeless-venue-end")

/**
 * Divisions right after a place trigger (在某区启动, 到某市某县调研, 在某市民族剧院举行), as a chain of names
 * (某市某县某镇): what the trigger introduces is a place whatever follows it, even when the venue after the
 * division is not one the slot grammar knows. Villages and towns close the chain by their level word.
 */
export const triggeredPlaces = (
  text: string,
  gazetteer: Gazetteer,
  triggers: ReadonlyArray<string>,
  /** The trigger and the places after it sit in a reference to another event (…在某省考察时的讲话精神). */
  isReference: (triggerAt: number, slotEnd: number) => boolean,
  /** What happens at a place (place-cues verb and end words): what may follow a county's short form. */
  placeEnds: WordSet,
  /** Words for kinds of place (山区, 农村, 一线): a short form before one is the place it is in (文成山区). */
  placeKinds: WordSet,
  /** The longer level word that runs on from one ending at `at` (村 → 村委会), or null. */
  longerEnd: (at: number, end: string) => string | null,
  /** A meeting's or a tour's text: its places are read in every sentence (a branch venue, the next stop). */
  everySentence = false
): Array<Place> => {
  const runsOn = (at: number): boolean => {
    if (!/\p{Script=Han}/u.test(text[at] ?? "") || placeEnds.longestAt(text, at) !== null || text[at] === "的") return false
    const kind = placeKinds.longestAt(text, at, 2)
    return kind === null
  }
  const out: Array<Place> = []
  // the lead sentence says where the event was; later sentences name where else people have been — but for a
  // meeting's branch venues (某市分会场) and a tour's next stops (次日,一行来到某县…)
  const leadEnd = text.search(/[。！？!?]/)
  const within = everySentence || leadEnd < 0 ? text.length : leadEnd
  for (const trigger of triggers) {
    if (trigger.length === 0) continue
    for (let t = text.indexOf(trigger); t >= 0 && t < within; t = text.indexOf(trigger, t + 1)) {
      let at = t + trigger.length
      const found: Array<Place> = []
      for (;;) {
        // right after a trigger a county's short form is a place (在汶上召开), though alone it may be a word
        const e = matchPlaceAt(gazetteer, text, at, found.length === 0)
        // …unless a word runs on from it: what follows must be what happens at a place (place-cues verb/end)
        if (e === null || (e.weak && runsOn(at + e.name.length))) break
        const written = text.startsWith(e.full, at) ? e.full : e.name
        // 到中山大学: the head of a university's name, not a place
        if (placelessEnds.some((w) => text.startsWith(w, at + written.length))) break
        found.push({ name: written, level: e.level })
        at += written.length
      }
      // 某县某某镇 / 某镇某某村: a town or village named after a division, by its level word
      for (;;) {
        // (a 小镇 or 小村 is a kind of project or resort, not a division)
        const town = at === t + trigger.length ? null : townNameAt(text, at)
        if (town === null) break
        // 某镇调研农村…: what happens there starts no village's name
        if (placeEnds.longestAt(text, at) !== null) break
        // 某某村委会: the name runs to the longer level word
        const full = longerEnd(at + town.stem + town.end.length, town.end) ?? town.end
        found.push({ name: text.slice(at, at + town.stem + full.length), level: town.level })
        at += town.stem + full.length
      }
      // past the lead, a province alone is as often a person's history (在某省工作期间) as a stop
      const provinceAlone = found.length === 1 && found[0]!.level === "province"
      if (found.length > 0 && !isReference(t, at) && !(provinceAlone && leadEnd >= 0 && t > leadEnd)) out.push(...found)
    }
  }
  return out
}
