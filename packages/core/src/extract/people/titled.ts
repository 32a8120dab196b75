import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import type { NameScan } from "../name-scan/index.ts"

const nameListJoiner = cueRegExp`[${cueClass("name-list-joiner")}]`

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
      const next = s.pickName(p + sep, { allowAmbiguous: true, afterTitle: true })
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
