import { isHan } from "../chars.ts"
import type { NameScan } from "../name-scan/index.ts"
import { nameSeparator } from "./separators.ts"

/** 2. A title or 同志 after the name: 王明书记, 李军同志, 习近平总书记. */
export const namesBeforeHonorifics = (s: NameScan): void => {
  const { text, lex } = s
  for (const h of s.honorificAt) {
    const hon = lex.honorifics.longestAt(text, h, 2)
    if (hon === null || hon === "一行") continue
    // 书记 inside 总书记: the longer title starts a character earlier, after a surname alone (习总书记)
    const longer = h > 0 ? lex.honorifics.longestAt(text, h - 1, 2) : null
    if (longer !== null && longer.length > hon.length) continue
    for (const l of [4, 3, 2]) {
      const start = h - l
      if (start < 0) continue
      const c = text.slice(start, h)
      const sh = s.shape(c)
      if (!sh.ok) continue
      // 荣誉顾问, 名誉会长: a rank before the office, not a name
      if (lex.ranks.includes(c)) continue
      const prev = text[start - 1]
      const bounded = prev === undefined || !isHan(prev) || s.titleEndAt.has(start) || nameSeparator.test(prev)
      if (!bounded && s.evidence(c) === 0) continue
      if (sh.ambiguous && s.evidence(c) === 0) continue
      if (s.evidence(c) === 0 && s.oracle.common(c)) continue
      const national = lex.national.has(hon)
      s.add({ name: c, start, end: h, titles: lex.titleEnds.has(hon) ? [hon] : [], titleStart: null, national, via: "honorific", inList: false })
      break
    }
  }
}
