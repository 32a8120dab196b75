import { isHan } from "../chars.ts"
import type { NameScan } from "../name-scan/index.ts"
import { nameSeparator } from "./separators.ts"

/** 6. Officeholders the roster knows, wherever they stand as names (王明尹成刘平等…带头捐款). */
export const rosterNames = (s: NameScan): void => {
  const { text, roster } = s
  const boundedAt = (i: number): boolean => {
    const prev = text[i - 1]
    if (prev === undefined || !isHan(prev) || s.titleEndAt.has(i) || nameSeparator.test(prev)) return true
    for (const k of s.known) if (text.startsWith(k, i - k.length)) return true
    return false
  }
  // a name taken ends the search until its end
  let from = 0
  for (const i of s.rosterAt) {
    if (i < from) continue
    const names = roster.names.allAt(text, i)
    // the same for every name starting here (a name added ends the search at this position)
    let bounded: boolean | undefined
    for (let n = names.length - 1; n >= 0; n--) {
      const c = names[n]!
      const l = c.length
      if (l < 2) continue
      const glued = roster.names.longestAt(text, i + l, 2) !== null
      if (!glued && !(bounded ??= boundedAt(i))) continue
      if ((glued || s.followerAt(i + l) !== null) && s.shape(c).ok) {
        if (!s.foundAt(i).some((f) => f.name === c))
          s.add({ name: c, start: i, end: i + l, titles: [], titleStart: null, national: false, via: "roster", inList: glued })
        from = i + l
        break
      }
    }
  }
}
