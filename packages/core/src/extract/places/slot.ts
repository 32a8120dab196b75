import { matchPlaceAt, type GazetteerEntry } from "../../knowledge/gazetteer.ts"
import { boundaryAt, endsAt, genericLength, separatorAt, slotBreaks } from "./bounds.ts"
import { suffixOf } from "./suffix.ts"
import type { Item, Scan, SlotParse } from "./types.ts"
import { stripQuotes, venueAt } from "./venue.ts"

// The slot grammar: admin places one after another, venues, generic words and separators, up to what
// happens there.

interface ChainLink {
  readonly entry: GazetteerEntry
  readonly start: number
  readonly end: number
}

/** Admin places one after another from `at` (驻马店市新蔡县). Weak short forms only before a boundary. */
export const chainAt = (s: Scan, at: number): Array<ChainLink> => {
  const out: Array<ChainLink> = []
  let p = at
  while (p < s.text.length) {
    const e = matchPlaceAt(s.ctx.gazetteer, s.text, p, true)
    if (e === null) break
    const end = p + e.name.length
    if (e.weak) {
      // 桐柏 is a place in 到桐柏调研 but not in 桐柏路: a weak short form needs a boundary after it
      const next = matchPlaceAt(s.ctx.gazetteer, s.text, end, false)
      if (next === null && !boundaryAt(s, end)) break
    }
    out.push({ entry: e, start: p, end })
    p = end
  }
  return out
}

/**
 * Where the next item starts when the one at `at` is a name we cannot read but a list goes on after it: a
 * 、 within a short run holding no break, verb, trigger or place. Null otherwise.
 */
const unreadItemEnd = (s: Scan, at: number): number | null => {
  const { text, ctx } = s
  for (let e = at; e < Math.min(text.length, at + 16); e++) {
    if (slotBreaks[text.charCodeAt(e)] === 1) return null
    if (text[e] === "、") return e > at ? e + 1 : null
    if (ctx.cues.verbs.longStartsAt(text, e) && ctx.cues.verbs.longestAt(text, e, 2) !== null) return null
    if (ctx.cues.anyTrigger.startsAt(text, e) && ctx.cues.anyTrigger.longestAt(text, e) !== null) return null
    // a place inside it (自某省某县、…) makes it no name but words we misread: the list is not one of stops
    if (matchPlaceAt(ctx.gazetteer, text, e, false) !== null) return null
  }
  return null
}

const adminItem = (c: ChainLink): Item => ({ name: c.entry.name, level: c.entry.level, venueClass: null, bare: false })

/**
 * Places from `from` up to what happens there. Null when the words after the trigger are not places
 * (在疫情防控中, 得到了, 在党中央坚强领导下).
 */
export const parseSlot = (s: Scan, from: number): SlotParse | null => {
  const { text } = s
  const items: Array<Item> = []
  let p = from
  if (text[p] === "了") p++
  let anyVenue = false
  for (let guard = 0; guard < 16; guard++) {
    const chain = chainAt(s, p)
    let q = chain.length > 0 ? chain[chain.length - 1]!.end : p
    const last = chain[chain.length - 1]
    const venue = venueAt(s, q, chain.length > 0)
    if (venue !== null) {
      anyVenue = true
      const first = venue.parts[0]!
      // the place before a venue is part of its name when the venue belongs to it (安阳市疾控中心) or a
      // short place name brands it (郑州煤矿机械集团); a county or town is only where the venue is
      // a bare kind of venue (科技园 after 深圳市南山区) is named by the place before it at any level
      const bare = first.text === suffixOf(first.text, s.ctx.cues)?.suffix
      // a zone (开发区, 新区) is named by the division it was set up in, whatever its level, when that is
      // written short (某县经开区 from 某某); a division in full before it is where the zone lies (某市某某新区)
      const zone = first.level === "district" && last?.entry.short === true
      const merge =
        last !== undefined &&
        (zone ||
          (first.level === "venue" &&
            (bare || ((last.entry.level === "province" || last.entry.level === "city") && (last.entry.short || first.venueClass !== "company")))))
      for (const c of merge ? chain.slice(0, -1) : chain) items.push(adminItem(c))
      venue.parts.forEach((v, i) => {
        const name = i === 0 && merge ? stripQuotes(text.slice(last!.start, last!.end)) + v.text : v.text
        items.push({ name, level: v.level, venueClass: v.venueClass, bare: i === 0 && chain.length === 0 })
      })
      q = venue.end
    } else if (chain.length > 0) {
      for (const c of chain) items.push(adminItem(c))
    } else {
      const g = genericLength(s, q)
      if (g === 0) {
        // 到市某某会机关、某区某社区和某学院调研: an item we cannot read in a list of stops does not hide
        // the places after it
        const skip = unreadItemEnd(s, q)
        if (skip !== null) {
          p = skip
          continue
        }
        return items.length === 0 ? null : endsAt(s, q) ? { items, end: q, anyVenue } : null
      }
      q += g
    }
    // after a place: generic words (企业、社区等基层单位), a separator, or the end of the slot
    for (let g = genericLength(s, q); g > 0; g = genericLength(s, q)) {
      q += g
      if (s.text[q] === "、") q += 1
    }
    const sep = separatorAt(text, q)
    if (sep !== null) {
      const next = q + sep.length
      // 和 only joins two places, not a place and the rest of the sentence (在郑州市和干部群众…)
      if (chainAt(s, next).length > 0 || venueAt(s, next, false) !== null || genericLength(s, next) > 0) {
        p = next
        continue
      }
      // an item we cannot read does not undo the places before it when the list still ends, within
      // the clause, in what happens there
      if (sep === "、" && items.length > 0) {
        for (let e = next; e < Math.min(text.length, next + 20) && slotBreaks[text.charCodeAt(e)] !== 1; e++)
          if (s.ctx.cues.verbs.longestAt(text, e, 2) !== null) return { items, end: e, anyVenue }
      }
    }
    if (!endsAt(s, q)) return null
    return items.length > 0 ? { items, end: q, anyVenue } : null
  }
  return null
}
