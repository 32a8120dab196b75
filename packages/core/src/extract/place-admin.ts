import type { Gazetteer } from "../knowledge/gazetteer.ts"
import { matchPlaceAt } from "../knowledge/gazetteer.ts"
import type { Place } from "../schema/event.ts"
import type { WordSet } from "../knowledge/wordset.ts"
import { normalized } from "./places/index.ts"
import { cueClass, cueRegExp, cueRegExpWith, cueWords } from "../knowledge/cues.ts"

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

const placelessVenue = cueRegExp`(?:${"placeless-venue-end"})$`
const placelessEnds = cueWords("placeless-venue-end")
const levelEnds = cueWords("level-end")
// a town's or village's name after a division: it starts with no level character and is no 小镇/小村
const namedBeforeTownEnd = cueRegExpWith("u")`^[^\P{Script=Han}${cueClass("division-level-char")}]\p{Script=Han}{1,3}?(?<!小)(?=[${cueClass("town-end")}])`
// a 小镇 or 小村: a project or a resort named like a town
const themedDivision = cueRegExp`小[${cueClass("themed-division-end")}]$`

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

/**
 * Divisions right after a place trigger (在某区启动, 到某市某县调研, 在某市民族剧院举行), as a chain of names
 * (某市某县某镇): what the trigger introduces is a place whatever follows it, even when the venue after the
 * division is not one the slot grammar knows. Villages and towns close the chain by their level word.
 */
export const triggeredPlaces = (
  text: string,
  gazetteer: Gazetteer,
  triggers: ReadonlyArray<string>,
  townEnds: ReadonlyArray<string>,
  /** The trigger and the places after it sit in a reference to another event (…在某省考察时的讲话精神). */
  isReference: (triggerAt: number, slotEnd: number) => boolean,
  /** What happens at a place (place-cues verb and end words): what may follow a county's short form. */
  placeEnds: WordSet,
  /** Words for kinds of place (山区, 农村, 一线): a short form before one is the place it is in (文成山区). */
  placeKinds?: WordSet
): Array<Place> => {
  const runsOn = (at: number): boolean => {
    if (!/\p{Script=Han}/u.test(text[at] ?? "") || placeEnds.longestAt(text, at) !== null || text[at] === "的") return false
    const kind = placeKinds?.longestAt(text, at, 2) ?? null
    return kind === null
  }
  const out: Array<Place> = []
  // the lead sentence says where the event was; later sentences name where else people have been
  const lead = text.search(/[。！？!?]/)
  const within = lead < 0 ? text.length : lead
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
        const m = namedBeforeTownEnd.exec(text.slice(at, at + 6))
        if (m === null || at === t + trigger.length) break
        const end = townEnds.find((w) => text.startsWith(w, at + m[0].length))
        if (end === undefined) break
        found.push({ name: text.slice(at, at + m[0].length + end.length), level: end === "村" ? "community" : "town" })
        at += m[0].length + end.length
      }
      if (found.length > 0 && !isReference(t, at)) out.push(...found)
    }
  }
  return out
}

/**
 * A province named beside a place inside it (浙江 with 台州, 江苏 with 南京) says which province, not where:
 * the more specific place is the event's.
 */
export const withoutEnclosingProvinces = (places: ReadonlyArray<Place>, gazetteer: Gazetteer): Array<Place> => {
  const codes = (name: string) => gazetteer.byName.get(name)?.map((e) => e.code) ?? []
  return places.filter((p) => {
    if (p.level !== "province") return true
    const province = codes(p.name).map((c) => c.slice(0, 2))
    return !places.some((q) => q !== p && q.level !== "province" && codes(q.name).some((c) => province.includes(c.slice(0, 2))))
  })
}
