import { matchPlaceAt, type Gazetteer } from "../knowledge/gazetteer.ts"
import type { TitleLexicon } from "../knowledge/lexicon.ts"
import { isHan, longestAt } from "./chars.ts"

/**
 * Organisations named in a mention: organs of a jurisdiction (省委常委会, 河南省委, 中原区政府, 省卫健委,
 * from the title vocabulary's levels × bodies, with an optional place name before them) and businesses
 * (中国铁路郑州局集团有限公司, 博源集团).
 */

const companySuffix = /(股份有限公司|有限责任公司|有限公司|集团|公司|银行)/g
const stopBefore = /[的在到是和与及了为被从对向将把、，,。；;：:！？\s“”"]/

const organAt = (text: string, at: number, lex: TitleLexicon, g: Gazetteer): string | null => {
  // 河南省委 = 河南省 + 委; 郑州市委组织部 = 郑州市 + 委组织部; 省委常委会 = 省 + 委常委会
  const place = matchPlaceAt(g, text, at, false)
  if (place !== null && !place.short) {
    const level = lex.levels.filter((l) => place.name.endsWith(l)).sort((a, b) => b.length - a.length)[0]
    const rest = text.slice(at + place.name.length)
    const body = lex.bodies.filter((b) => rest.startsWith(b)).sort((a, b) => b.length - a.length)[0]
    if (level !== undefined && body !== undefined) return place.name + body
  }
  if (place !== null && place.short) {
    const organ = longestAt(text, at + place.name.length, lex.organs, lex.organMax, 2)
    if (organ !== null) return place.name + organ
  }
  const prev = text[at - 1]
  if (prev !== undefined && isHan(prev) && !stopBefore.test(prev)) return null
  return longestAt(text, at, lex.organs, lex.organMax, 2)
}

export const extractOrganizations = (text: string, lex: TitleLexicon, g: Gazetteer): Array<string> => {
  const out: Array<{ at: number; name: string }> = []
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue
    const o = organAt(text, i, lex, g)
    if (o === null) continue
    // an organ followed by an office is a title (省委书记), not the organisation of the event
    const next = longestAt(text, i + o.length, lex.titleEnds, lex.titleEndMax, 2)
    if (next === null || lex.organs.has(o + next)) out.push({ at: i, name: o })
    i += o.length - 1
  }
  for (const m of text.matchAll(companySuffix)) {
    const end = m.index + m[0].length
    let s = m.index
    while (s > 0 && m.index - s < 16 && !stopBefore.test(text[s - 1]!)) s--
    if (m.index - s >= 2) out.push({ at: s, name: text.slice(s, end) })
  }
  out.sort((a, b) => a.at - b.at || b.name.length - a.name.length)
  const names: Array<string> = []
  let covered = -1
  for (const o of out) {
    if (o.at < covered) continue
    covered = o.at + o.name.length
    if (!names.includes(o.name)) names.push(o.name)
  }
  return names
}
