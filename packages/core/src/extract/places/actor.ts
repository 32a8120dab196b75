import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import { matchPlaceAt } from "../../knowledge/gazetteer.ts"
import type { PlaceCues } from "../../knowledge/lexicon.ts"
import type { Place } from "../../schema/event.ts"
import { suffixOf } from "./suffix.ts"
import { townNameAt } from "./town-name.ts"
import { cueClass, cueRegExp, cueWords } from "../../knowledge/cues.ts"

const levelEnds = cueWords("level-end")
// adverbs a subject takes before its verb (某区立即召开…, 某市隆重举行…)
const adverbs = cueWords("actor-adverb")
const governments = cueWords("actor-government")
// a list or same-day mark (△某区召开…, ● 某县举行…) opens an entry as a comma opens a clause
const clauseOpening = /[,，。;；:：\s△▲Δ●•◆◇■□★☆]/
// a chronicle's day written straight before the entry (17日某市召开…); tried at every character, so no slice
const dayDigit = /[\d〇零一二三四五六七八九十]/
const dayEndsAt = (text: string, at: number): boolean => (text[at - 1] === "日" || text[at - 1] === "号") && at >= 2 && dayDigit.test(text[at - 2]!)
const venueReach = 20
// 在…大会上, 在…活动中: the occasion something happened at, not a place
const occasionEnd = cueRegExp`[${cueClass("occasion-end")}]$`
const venueBreak = /[,，。;；:：！？!?\n]/

/**
 * Divisions that are the subject of a clause (罗湖区召开…, 江苏省举行…, 罗湖区与某区签订…, 甲区、乙区成立…,
 * 某县在县文化广场召开…, and a county's town after it: 某县某某镇召开…): written in full with their level word, at a clause's start, before an actor verb —
 * right after the division or the list of divisions, after an adverb (立即, 隆重), or after where it acts
 * (在某某广场).
 */
export const actorPlaces = (text: string, gazetteer: Gazetteer, cues: PlaceCues): Array<Place> => {
  const out: Array<Place> = []
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !clauseOpening.test(text[at - 1]!) && !dayEndsAt(text, at)) continue
    const list: Array<Place> = []
    let p = at
    for (;;) {
      const e = matchPlaceAt(gazetteer, text, p, false)
      if (e === null) break
      const written = text.startsWith(e.full, p) ? e.full : e.name
      if (!levelEnds.some((l) => written.endsWith(l))) break
      list.push({ name: written, level: e.level })
      p += written.length
      // the division's towns and villages named after it by their level words (某县某某镇召开…), unless the
      // division acts right there (某区召开城乡…, 某区举办村…: no town named 召开城乡 or 举办村)
      for (let town = actsAt(text, p, gazetteer, cues) ? null : townNameAt(text, p); town !== null; town = townNameAt(text, p)) {
        const length = town.stem + town.end.length
        list.push({ name: text.slice(p, p + length), level: town.level })
        p += length
      }
      if (text[p] !== "、") break
      p++
    }
    if (list.length === 0 || text[p - 1] === "、") continue
    // 某省人民政府与…签署: the division acts through its government
    const organ = list.length === 1 ? governments.find((g) => text.startsWith(g, p)) : undefined
    if (actsAt(text, p + (organ?.length ?? 0), gazetteer, cues)) out.push(...list)
  }
  return out
}

/** An actor verb at `p`, after an adverb, or after 在 and where the subject acts. */
const actsAt = (text: string, p: number, gazetteer: Gazetteer, cues: PlaceCues): boolean => {
  const { actorVerbs } = cues
  const verbAt = (q: number) => actorVerbs.some((v) => text.startsWith(v, q))
  if (verbAt(p)) return true
  const adverb = adverbs.find((a) => text.startsWith(a, p))
  if (adverb !== undefined && verbAt(p + adverb.length)) return true
  if (text[p] !== "在") return false
  for (let q = p + 2; q < Math.min(text.length, p + venueReach); q++) {
    if (venueBreak.test(text[q]!)) return false
    const verb = actorVerbs.find((v) => text.startsWith(v, q))
    if (verb === undefined) continue
    // 某市在某地召开的会议上: a relative clause; 某市在表彰大会上获得…: an occasion, not where it acted;
    // 某区在某市举办…: the division named after 在 is where it happened, not the one acting — unless it
    // only opens a venue's name (某区在某市宾馆召开…)
    const where = text.slice(p + 1, q)
    const there = matchPlaceAt(gazetteer, text, p + 1, false)
    return text[q + verb.length] !== "的" && !occasionEnd.test(where) && (there === null || suffixOf(where.slice(there.name.length), cues) !== undefined)
  }
  return false
}
