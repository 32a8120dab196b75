import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import type { NameScan } from "../name-scan/index.ts"

const nameListJoiner = cueRegExp`[${cueClass("name-list-joiner")}]`
const hanRun = /^\p{Script=Han}{2,3}(?=、)/u

/**
 * 副主席魏某某、寻某某、高某某: in a list of names after a title, a part of two or three characters between two 、
 * whose next part is a name again is a name too, though its surname is too rare for the table (寻, 帅) or its
 * given name holds characters names seldom do (张在某): the list's form says what it is. Not a title, an
 * organ or a word of the dictionary (各乡镇, 全体 are none).
 */
const listedBetweenNames = (s: NameScan, at: number): { name: string; end: number } | null => {
  const m = hanRun.exec(s.text.slice(at, at + 4))
  if (m === null) return null
  const part = m[0]
  if (s.lex.titleEnds.longestAt(part, 0, 1) !== null || s.lex.organs.has(part) || s.oracle.common(part)) return null
  const after = at + part.length + 1
  return s.pickName(after, { allowAmbiguous: true, afterTitle: true }) === null ? null : { name: part, end: at + part.length }
}

/** 1. A title, then the name (and a list of names sharing the title). */
export const titledNames = (s: NameScan): void => {
  const { text, lex } = s
  // where titles start, looked up once (a search of every title after every listed name was quadratic)
  const titleStarts = new Set(s.titleSpans.map((x) => x.start))
  for (const t of s.titleSpans) {
    const first =
      s.dottedName(t.end) ?? s.pickName(t.end, { allowAmbiguous: true, fallback: true, afterTitle: true }) ?? s.delegationHead(t.end) ?? s.nameAfterTitle(t.end)
    if (first === null) {
      const lastPart = t.parts[t.parts.length - 1]!
      const nat = t.national ? lex.national.longestEndingAt(lastPart, lastPart.length, 2) : null
      // 习近平总书记 names him before the title; a bare 总书记 (spam took the name) is unnamed
      if (nat !== null) s.unnamedNational.push({ word: nat, at: t.end - nat.length })
      else if (s.words.leadOrPartSet.longestAt(text, t.end) !== null) s.unnamed.add(lastPart)
      continue
    }
    const manyTitles = t.parts.length > 1
    let list = [first]
    let p = first.end
    for (;;) {
      let sep = 0
      if (text[p] === "、") sep = 1
      else if (nameListJoiner.test(text[p] ?? "")) sep = 1
      if (sep === 0) break
      if (lex.titleEnds.longestAt(text, p + sep, 2) !== null) break
      if (titleStarts.has(p + sep)) break
      // a name listed after a title stands where one after the title does (organ characters may be in it: 朱某科)
      const next = s.pickName(p + sep, { allowAmbiguous: true, afterTitle: true }) ?? listedBetweenNames(s, p + sep)
      if (next === null) break
      list.push(next)
      p = next.end
    }
    const listed = new Set<string>()
    list = list.filter((x) => !listed.has(x.name) && listed.add(x.name) !== undefined)
    list.forEach((n, i) =>
      s.add({
        name: n.name,
        start: n.end - n.name.length,
        end: n.end,
        titles: i === 0 || !manyTitles ? t.parts : t.parts.slice(-1),
        titleStart: i === 0 ? t.start : null,
        national: t.national,
        via: "title",
        inList: list.length > 1 || text[t.start - 1] === "、" || text[n.end] === "、"
      })
    )
  }
}
