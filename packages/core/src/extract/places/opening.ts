import { cueRegExp, cueWords } from "../../knowledge/cues.ts"
import { townNameAt } from "./town-name.ts"
import { matchPlaceAt, type Gazetteer, type GazetteerEntry } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"
import { isHan } from "../chars.ts"

// what may stand between an entry's date and its first word: a time of day, a clock time (16时许, 15时51分),
// spaces, a comma or a colon
const afterDate = cueRegExp`^[\s,，、:：]*(?:(?:${"time-of-day-after-date"})[\s,，、:：]*)?(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?许?[\s,，、:：]*)?`
// (cues.tsv lists a longer level word before the shorter one it ends with: 自治州 before 州)
const levelEnds = cueWords("level-end")
// what befalls a place (某县某村发生森林火灾, 某州突发暴雨): the place before it is where, in a report as in a chronicle
const occurrenceVerbs = cueWords("occurrence-verb")
// between the places and what befalls them, the name of a mountain, a river or a site there (某市某山发生火灾)
const LANDMARK_REACH = 4

// how many digits of a division's code its own divisions share (towns carry their county's code)
const codeDigits: Record<GazetteerEntry["level"], number> = { province: 2, city: 4, county: 6, district: 6, town: 6 }
const inside = (e: GazetteerEntry, of: GazetteerEntry): boolean => e.level !== of.level && e.code.startsWith(of.code.slice(0, codeDigits[of.level]))

/** The longest name at `at` of a division inside `of` (玉树 is a prefecture and a city inside it). */
const divisionInside = (gazetteer: Gazetteer, text: string, at: number, of: GazetteerEntry): GazetteerEntry | null => {
  const names = gazetteer.names.allAt(text, at)
  for (let i = names.length - 1; i >= 0 && names[i]!.length >= 2; i--) {
    const e = gazetteer.byName.get(names[i]!)?.find((x) => inside(x, of))
    if (e !== undefined) return e
  }
  return null
}

/**
 * The place a dated entry opens with as its subject (5月17日 某县解放; 某县某某工程开工; 某州某县发生地震):
 * chronicles write what happened to a place with the place first, and that is where it happened. Read only
 * when nothing else in the entry names a place, and only as a whole word of the entry's first words (the
 * segmenter's cut ends there: 北京时间 is no place) followed by its verb (某县解放, 某县正式成为…; not
 * 某市某协会成立, the association's event) and opening no organ or title the entry names. `body` is the
 * entry's text after its date.
 */
export const placesOpeningEntry = (
  body: string,
  gazetteer: Gazetteer,
  seg: SegmentFns,
  named: { readonly organizations: ReadonlyArray<string>; readonly titles: ReadonlyArray<string> },
  /** A chronicle's entry (or a plain list's line): any verb after its opening places will do; in a report only what befalls them. */
  entry = true
): Array<Place> => {
  const from = afterDate.exec(body)?.[0].length ?? 0
  const chain = chainAt(body, from, gazetteer)
  if (chain === null) return []
  const { places } = chain
  let p = chain.divisionsEnd
  if ([...named.organizations, ...named.titles].some((w) => w.length > p - from && body.startsWith(w, from))) return []
  p = chain.end
  // 某市某村发生火灾, 某市某山发生火灾: what befalls the places (past a landmark's name) says they are where
  if (befallsAfter(body, p, LANDMARK_REACH)) return places
  if (!entry) return []
  // the chain ends where a word of the segmenter's cut ends, and what happened to it follows: a verb, or an
  // adverb and a verb (某县正式成为…); 某市某协会成立 is the association's event, 某县某某工程 a project's
  const words = seg.tag(body.slice(from, p + 12))
  let end = from
  let i = 0
  while (i < words.length && end < p) end += words[i++]!.word.length
  if (end !== p) return []
  const next = words[i]?.tag ?? ""
  return next === "v" || ((next === "d" || next === "ad") && words[i + 1]?.tag === "v") ? places : []
}

/**
 * The divisions written as a chain at `at` (某州某县, each inside the one before) and the towns and villages
 * after them named by their level words (某县某某乡某某村); null when no division starts there or a word runs
 * on from the last one into what follows without a character of the text.
 */
const chainAt = (body: string, at: number, gazetteer: Gazetteer): { places: Array<Place>; divisionsEnd: number; end: number } | null => {
  const places: Array<Place> = []
  let p = at
  let within: GazetteerEntry | null = null
  for (;;) {
    // a chain names each division inside the one before (某州某县); 某县解放 is a county and a word
    const e: GazetteerEntry | null = within === null ? matchPlaceAt(gazetteer, body, p, true) : divisionInside(gazetteer, body, p, within)
    if (e === null) break
    // a short name with a level word of its own: 某某县 for a county that is a city today, 某某苏木
    const level = e.short && !body.startsWith(e.full, p) ? levelEnds.find((l) => body.startsWith(l, p + e.name.length)) : undefined
    const written = body.startsWith(e.full, p) ? e.full : `${e.name}${level ?? ""}`
    places.push({ name: written, level: e.level })
    p += written.length
    within = e
  }
  if (places.length === 0 || !isHan(body[p])) return null
  const divisionsEnd = p
  // the chain goes on with towns and villages named by their level words (某县某某乡某某村)
  for (let town = townNameAt(body, p); town !== null; town = townNameAt(body, p)) {
    places.push({ name: body.slice(p, p + town.stem + town.end.length), level: town.level })
    p += town.stem + town.end.length
  }
  return { places, divisionsEnd, end: p }
}

/** Does what befalls a place (发生, 突发 …) follow `at` within `reach` characters of text, nothing else between? */
const befallsAfter = (text: string, at: number, reach: number): boolean => {
  for (let q = at; q <= at + reach && isHan(text[q]); q++) if (occurrenceVerbs.some((w) => text.startsWith(w, q))) return true
  return false
}

// in a report's lead, how far before what befell them the places may stand: a site and a building in between
// (某市某区某某小区一居民楼发生燃气爆炸)
const SITE_REACH = 14

/**
 * The places of what befell them in a report's lead sentence (受暴雨影响,某市某区某镇某村发生特大山体滑坡): the
 * first chain of divisions that stands right before an occurrence verb, past a site's name, in one clause.
 */
export const placesBefallen = (sentence: string, gazetteer: Gazetteer): Array<Place> => {
  for (let at = 0; at < sentence.length; at++) {
    if (!isHan(sentence[at])) continue
    const chain = chainAt(sentence, at, gazetteer)
    if (chain === null) continue
    if (befallsAfter(sentence, chain.end, SITE_REACH)) return chain.places
    // (a chain not followed by what befell it is read no further inside)
    at = chain.end - 1
  }
  return []
}
