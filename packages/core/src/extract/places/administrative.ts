import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import { matchPlaceAt } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"
import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import { normalized } from "./normalized.ts"

const placelessVenue = cueRegExp`(?:${"placeless-venue-end"})$`
// a 小镇 or 小村: a project or a resort named like a town
const themedDivision = cueRegExp`小[${cueClass("themed-division-end")}]$`

/**
 * The places a chronicle lists: administrative divisions, down to towns and villages. A venue gives the
 * division its name starts with (丽水市体育中心 → 丽水市, 安庆分会场 → 安庆) and is not itself a place;
 * companies, schools and organs are not places at all (the annotation conventions of eval/corpus/SOURCES.md,
 * which follow how history offices index their chronicles).
 */
export const administrativePlaces = (places: ReadonlyArray<Place>, gazetteer: Gazetteer): Array<Place> => {
  const out: Array<Place> = []
  const seen = new Map<string, number>()
  // one division is one place however it is written (甘孜 and 甘孜州, 郑州 and 郑州市): the form with its
  // level word is kept
  const fullsOf = (name: string) => new Set(gazetteer.byName.get(name)?.map((e) => e.full))
  // the divisions named unambiguously: 甘孜 (a prefecture or a county) is the prefecture beside 甘孜州
  const sure = new Set(places.flatMap((p) => {
    const f = fullsOf(p.name)
    return f.size === 1 ? [...f] : []
  }))
  const add = (p: Place) => {
    const fulls = [...fullsOf(p.name)]
    const known = fulls.length === 1 ? fulls : fulls.filter((f) => sure.has(f))
    const key = known.length === 1 ? `=${known[0]}` : normalized(p.name)
    const at = seen.get(key)
    if (at === undefined) {
      seen.set(key, out.length)
      out.push(p)
    } else if (p.name.length > out[at]!.name.length) out[at] = p
  }
  for (const p of places) {
    // a 小镇 or 小村 is a project or a resort named like a town, not a division
    const themed = themedDivision.test(p.name)
    if (p.level !== "venue" && p.level !== "other" && !themed) {
      add(p)
      continue
    }
    // a university is an institution named after a city or a person (中山大学), not a venue of the city
    if (placelessVenue.test(p.name)) continue
    const e = matchPlaceAt(gazetteer, p.name, 0, false)
    // a province at the head of a venue's name names an institution (某省民族博物馆, 某省某某公司), not where
    // the event was
    if (e === null || e.level === "province") continue
    let len = e.name.length
    // 丽水市体育中心: the name as written, with its level word when the text gives one
    if (p.name.startsWith(e.full)) len = e.full.length
    add({ name: p.name.slice(0, len), level: e.level })
  }
  return out
}
