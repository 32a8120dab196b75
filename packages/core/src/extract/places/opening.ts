import { cueRegExp, cueWords } from "../../knowledge/cues.ts"
import { matchPlaceAt, type Gazetteer, type GazetteerEntry } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"
import { isHan } from "../chars.ts"

// what may stand between an entry's date and its first word: a time of day, spaces, a comma or a colon
const afterDate = cueRegExp`^[\s,，、:：]*(?:(?:${"time-of-day-after-date"})[\s,，、:：]*)?`
// (cues.tsv lists a longer level word before the shorter one it ends with: 自治州 before 州)
const levelEnds = cueWords("level-end")

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
  named: { readonly organizations: ReadonlyArray<string>; readonly titles: ReadonlyArray<string> }
): Array<Place> => {
  const from = afterDate.exec(body)?.[0].length ?? 0
  const places: Array<Place> = []
  let p = from
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
  if (places.length === 0 || !isHan(body[p])) return []
  if ([...named.organizations, ...named.titles].some((w) => w.length > p - from && body.startsWith(w, from))) return []
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
