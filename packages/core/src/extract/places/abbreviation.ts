import { cueWords } from "../../knowledge/cues.ts"
import { matchPlaceAt, type Gazetteer } from "../../knowledge/gazetteer.ts"
import type { WordSet } from "../../knowledge/wordset.ts"
import type { Place } from "../../schema/event.ts"
import { derivedFrom } from "../../knowledge/derived.ts"

const verbs = new Set(cueWords("abbreviation-verb"))
const provinces = new Set(cueWords("province-abbreviation"))
const cityNicknames = new Set(cueWords("city-nickname"))
const plans = cueWords("abbreviation-plan")
const han = /\p{Script=Han}/u

/** The first characters of the prefecture-level cities' names (淮 of 淮北, 莆 of 莆田). */
const cityInitials = derivedFrom((g: Gazetteer): ReadonlyMap<string, ReadonlyArray<string>> => {
  const out = new Map<string, Array<string>>()
  for (const [name, entries] of g.byName)
    if (name.length >= 2 && entries.some((e) => e.level === "city")) out.set(name[0]!, [...(out.get(name[0]!) ?? []), name])
  return out
})

/** 淮 stands for a city only where the text names a city it begins (淮北, 淮安): 来自 is no visit to 自贡. */
const namedCityInitial = (text: string, x: string, g: Gazetteer): boolean => cityInitials(g).get(x)?.some((n) => text.includes(n)) ?? false

/**
 * One-character abbreviations used as places after a verb of arriving or visiting (来淮调研, 抵台, 赴京参加,
 * 访港), kept as written: the verb decides that the character is a place, and what follows must be the end
 * of a clause or what happens at a place (调研, 考察, 参加 …), so that 带来新的, 来自 or 台州 (a name that runs
 * on) are not read as one.
 */
export const abbreviatedPlaces = (
  text: string,
  gazetteer: Gazetteer,
  placeEnds: WordSet,
  /** The verb and the place sit in a reference to another event (总书记来某地考察重要讲话精神). */
  isReference: (verbAt: number, placeEnd: number) => boolean
): Array<Place> => {
  const out: Array<Place> = []
  for (let at = 1; at < text.length; at++) {
    const x = text[at]!
    if (!verbs.has(text[at - 1]!) || !(provinces.has(x) || cityNicknames.has(x) || namedCityInitial(text, x, gazetteer))) continue
    // the character starts a longer name (赴台州, 来宁波): that name is the place, found elsewhere
    if (matchPlaceAt(gazetteer, text, at, false) !== null) continue
    const next = text[at + 1]
    if (next !== undefined && han.test(next) && placeEnds.longestAt(text, at + 1) === null) continue
    if (isReference(at - 1, at + 1) || plans.some((w) => text.startsWith(w, at - 1 - w.length))) continue
    if (!out.some((p) => p.name === x)) out.push({ name: x, level: provinces.has(x) ? "province" : "city" })
  }
  return out
}
