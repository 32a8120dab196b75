import { readFileSync } from "node:fs"
import { dataPath } from "../../knowledge/load.ts"
import { once } from "../../knowledge/once.ts"
import { WordSet } from "../../knowledge/wordset.ts"
import { cueWords } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"

/** Countries and cities abroad (data/foreign-places.tsv): the gazetteer lists China's divisions only. */
export interface ForeignPlaces {
  readonly names: WordSet
  /** A city → the country it is in; a country → null. */
  readonly countryOf: ReadonlyMap<string, string | null>
}

/** The places of a TSV (kind, name, country); a line of another kind, or a city without its country, is left out. */
export const parseForeignPlaces = (tsv: string): ForeignPlaces => {
  const countryOf = new Map<string, string | null>()
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith("#")) continue
    const [kind, name, country] = line.split("\t").map((x) => x.trim())
    if (name === undefined || name === "") continue
    if (kind === "country") countryOf.set(name, null)
    else if (kind === "city" && country !== undefined && country !== "") countryOf.set(name, country)
  }
  return { names: new WordSet(countryOf.keys()), countryOf }
}

export const bundledForeignPlaces = once((): ForeignPlaces => parseForeignPlaces(readFileSync(dataPath("foreign-places.tsv"), "utf8")))

// 日本首都东京: the word between a country and its city
const bridges = cueWords("foreign-city-bridge")
// 赴法国、德国考察: countries listed after one trigger
const listMarks = cueWords("foreign-list-mark")

/**
 * Countries and cities abroad right after a place trigger (赴法国、德国考察, 在美国纽约出席…, 抵达泰国
 * 首都曼谷), in the lead sentence as the divisions after a trigger are: a country named anywhere else is a
 * guest's or a partner's (会见美国客人, 中美经贸合作), not where the event was.
 */
export const foreignPlaces = (
  text: string,
  triggers: ReadonlyArray<string>,
  /** The trigger and the places after it sit in a reference to another event. */
  isReference: (triggerAt: number, slotEnd: number) => boolean,
  /** What happens at a place (place-cues verb and end words): what may follow the places. */
  placeEnds: WordSet,
  foreign: ForeignPlaces = bundledForeignPlaces()
): Array<Place> => {
  const out: Array<Place> = []
  const lead = text.search(/[。！？!?]/)
  const within = lead < 0 ? text.length : lead
  const nameAt = (at: number): string | null => foreign.names.longestAt(text, at, 2)
  for (const trigger of triggers) {
    for (let t = text.indexOf(trigger); t >= 0 && t < within; t = text.indexOf(trigger, t + 1)) {
      let at = t + trigger.length
      const found: Array<Place> = []
      for (;;) {
        const name = nameAt(at)
        if (name !== null) {
          found.push({ name, level: "other" })
          at += name.length
          continue
        }
        if (found.length === 0) break
        const bridge = bridges.find((w) => text.startsWith(w, at))
        const mark = listMarks.find((w) => text.startsWith(w, at))
        const step = bridge ?? mark
        if (step === undefined || nameAt(at + step.length) === null) break
        at += step.length
      }
      // 在某国合作银行公布的…, 赴朝鲜担架队, 到朝鲜族村, 到美国驻某市总领事馆: a name runs on from the
      // country; the places end where what happens there starts (考察, 出席, 进行 …) or the clause does
      const closed = !/\p{Script=Han}/u.test(text[at] ?? "") || placeEnds.longestAt(text, at) !== null
      if (found.length > 0 && closed && !isReference(t, at)) out.push(...found)
    }
  }
  return out
}
