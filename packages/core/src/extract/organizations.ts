import type { Gazetteer } from "../knowledge/gazetteer.ts"
import type { TitleLexicon } from "../knowledge/lexicon.ts"
import { isHan } from "./chars.ts"
import { cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"

/**
 * Organisations named in a mention: organs of a jurisdiction (省委常委会, 河南省委, 岳麓区政府, 省卫健委,
 * from the title vocabulary's levels × bodies, with an optional place name before them) and businesses
 * (中国铁路某局集团有限公司, 某集团).
 */

// longest first: where one ends a name, the longest that ends there is the suffix
const companySuffixes = cueWords("company-suffix")

/**
 * Where company suffixes stand, as [start, end], in order: each found from its last two characters
 * (公司, 集团, 银行) by indexOf, then the longest suffix ending there.
 */
const companySuffixTails = [...new Set(companySuffixes.map((s) => s.slice(-2)))]
const companySuffixSpans = (text: string): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = []
  for (const tail of companySuffixTails)
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 2)) {
      const end = at + 2
      const suffix = companySuffixes.find((x) => x.endsWith(tail) && text.startsWith(x, end - x.length))!
      out.push([end - suffix.length, end])
    }
  return out.sort((a, b) => a[0] - b[0])
}
const verbBefore = cueRegExp`(?:${"organisation-verb-before"})$`
const stopBefore = cueRegExp`[${cueClass("function-char")}、，,。；;：:！？\s“”"]`

/** The organ at `at` with the place name right before it (河南 + 省委, 郑州 + 市委组织部, 岳麓 + 区政府). */
const organAt = (text: string, at: number, lex: TitleLexicon, g: Gazetteer): { start: number; name: string } | null => {
  const organ = lex.organs.longestAt(text, at, 2)
  if (organ === null) return null
  for (let len = Math.min(8, at); len >= 2; len--) {
    const place = g.names.wordAt(text, at - len, at)
    if (place !== null) return { start: at - len, name: place + organ }
  }
  const prev = text[at - 1]
  // glued to the word before it the organ is part of another name, unless that word is a verb (召开省委常委会)
  if (prev !== undefined && isHan(prev) && !stopBefore.test(prev) && !verbBefore.test(text.slice(Math.max(0, at - 4), at))) return null
  return { start: at, name: organ }
}

/** `starts`: where organ words may start, when a walk for several word sets found them already. */
export const extractOrganizations = (
  text: string,
  lex: TitleLexicon,
  g: Gazetteer,
  starts: ReadonlyArray<number> = lex.organs.startsIn(text)
): Array<string> => {
  const out: Array<{ at: number; name: string }> = []
  // an organ found ends the search until its end
  let from = 0
  for (const i of starts) {
    if (i < from) continue
    const o = organAt(text, i, lex, g)
    if (o === null) continue
    const end = o.start + o.name.length
    // an organ followed by an office is a title (省委书记), not the organisation of the event
    const next = lex.titleEnds.longestAt(text, end, 2)
    if (next === null) out.push({ at: o.start, name: o.name })
    from = end
  }
  for (const [index, end] of companySuffixSpans(text)) {
    let s = index
    while (s > 0 && index - s < 16 && !stopBefore.test(text[s - 1]!)) s--
    if (index - s >= 2) out.push({ at: s, name: text.slice(s, end) })
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
