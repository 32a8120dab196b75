import type { VenueClass } from "../../knowledge/lexicon.ts"
import type { PlaceLevel } from "../../schema/event.ts"
import { charTable, inTable, isHan, isHanCode } from "../chars.ts"
import { cueCharacters, cueClass, cueRegExp } from "../../knowledge/cues.ts"
import { boundaryAt } from "./bounds.ts"
import { longerSuffixAt, splitInner, suffixEndTable, suffixOf } from "./suffix.ts"
import type { PlaceContext, Scan } from "./types.ts"

const extraNameChars = charTable("0123456789０１２３４５６７８９()（）“”\"·")
/** Can `c` be part of a place's name (Han, digits, brackets, quotes, the middle dot)? */
export const nameChar = (c: string | undefined): boolean => c !== undefined && (isHan(c) || inTable(extraNameChars, c))
const notInVenue = charTable(cueCharacters("not-in-venue"))
const quoteChars = charTable("“”\"")
const officialStart = charTable(cueCharacters("division-level"))
const notVenueStart = charTable(`${cueCharacters("not-in-venue")}的`)
export const de = "的".charCodeAt(0)

const loneLevelBeforeQuote = cueRegExp`^[${cueClass("division-level")}${cueClass("town-end")}][“"]`

export const stripQuotes = (name: string): string => {
  const unquoted = name.replace(/[“”"]/g, "")
  // 区“人才之家” → 人才之家: a lone level word before a quoted name is the organiser's, not the venue's
  return loneLevelBeforeQuote.test(name) ? unquoted.slice(1) : unquoted
}

const triggerAt = (ctx: PlaceContext, text: string, at: number): boolean =>
  ctx.cues.anyTrigger.startsAt(text, at) && ctx.cues.anyTrigger.longestAt(text, at) !== null

// 两所小学, 各医院: a counted or pointed-at kind of place, not a named one
const determinerChars = new Set(cueCharacters("determiner"))
const counted = cueRegExp`^(?:[一二两三四五六七八九十${cueClass("approximate-number")}][${cueClass("place-measure-word")}]|[${cueClass("determiner")}])`

/** A venue name holds no title (省委常委), verb (指出) or person, and does not end an ordinary word (阶段). */
export const acceptableVenue = (name: string, ctx: PlaceContext): boolean => {
  if (ctx.cues.notSuffixes.some((x) => name.endsWith(x))) return false
  if (counted.test(name)) return false
  // 辖区各街道, 全市各乡镇: the kind of place right after a determiner is every one of them, not a named one
  const suffix = suffixOf(name, ctx.cues)
  if (suffix !== undefined && name.length > suffix.suffix.length && determinerChars.has(name[name.length - suffix.suffix.length - 1]!)) return false
  for (let i = 0; i < name.length; i++) {
    if (!ctx.titleEnds.startsAt(name, i)) continue
    // 委员 in 卫生健康委员会 is part of an organ's name, not a title
    for (const w of ctx.titleEnds.allAt(name, i)) if (w.length >= 2 && w.length <= 5 && name[i + w.length] !== "会") return false
  }
  if (ctx.personVerbs.some((v) => name.includes(v))) return false
  for (const p of ctx.personNames) if (name.includes(p)) return false
  return true
}

export interface VenueMatch {
  readonly end: number
  readonly parts: ReadonlyArray<{ readonly text: string; readonly level: PlaceLevel; readonly venueClass: VenueClass | null }>
}

/**
 * The venue starting at `from`: the shortest name ending in a venue suffix after which the slot can go
 * on (a separator, a tail, an end word). `prefixed` says an admin place stands right before it.
 */
export const venueAt = (s: Scan, from: number, prefixed: boolean): VenueMatch | null => {
  const { text, ctx } = s
  const first = text.charCodeAt(from)
  const official = officialStart[first] === 1
  if (notVenueStart[first] === 1 || triggerAt(ctx, text, from)) return null
  let q = from
  const limit = Math.min(text.length, from + 32)
  const ends = suffixEndTable(ctx.cues)
  let quoted = false
  for (let code = first; q < limit && (isHanCode(code) || extraNameChars[code] === 1); code = text.charCodeAt(q)) {
    // names of venues do not run across 的 (发现当地首例病例的华强城社区), except official bodies
    if (code === de && !official && !prefixed) return null
    // nor across what happens (…医疗队出征仪式在省卫健委…, 王明来到传染病医院)
    if (q > from && (notInVenue[code] === 1 || (ctx.cues.verbs.longStartsAt(text, q) && ctx.cues.verbs.longestAt(text, q, 2) !== null) || triggerAt(ctx, text, q)))
      return null
    q++
    if (quoteChars[code] === 1) quoted = true
    const last = quoteChars[code] === 1 ? text.charCodeAt(q - 2) : code
    if (ends[last] !== 1) continue
    const raw = text.slice(from, q)
    const name = quoted ? stripQuotes(raw) : raw
    const suffix = suffixOf(name, ctx.cues)
    if (suffix === undefined || code === 0x201c || code === 0x22) continue
    // 某某村委会: the longer suffix the text goes on to (村 → 村委会) ends the name, not the shorter
    if (longerSuffixAt(text, q, suffix.suffix, ctx.cues)) continue
    if (!boundaryAt(s, q)) continue
    if (name.length === 0) return null
    // a suffix alone (大学 after 郑州) is a venue only together with the place before it
    if (name === suffix.suffix && !prefixed) return null
    if (ctx.cues.generic.has(name)) return null
    if (!acceptableVenue(name, ctx)) return null
    const parts = splitInner(name, ctx.cues).map((p) => {
      const v = suffixOf(p, ctx.cues)!
      return { text: p, level: v.level, venueClass: v.venueClass }
    })
    return { end: q, parts }
  }
  return null
}
