import { cueClass, cueRegExpWith, cueWords } from "../../knowledge/cues.ts"
import type { PlaceLevel } from "../../schema/event.ts"

// the level words that close a town's or a village's name after a division (镇, 乡, 村)
const townEnds = cueWords("town-end")
// a town's or village's name after a division: it starts with no level character nor 的 (某县的乡村) and is no 小镇/小村
const namedBeforeTownEnd = cueRegExpWith("u")`^[^\P{Script=Han}${cueClass("division-level-char")}的]\p{Script=Han}{1,3}?(?<!小)(?=[${cueClass("town-end")}])`

/**
 * The town or village named at `at` by its level word, written after a division (某县某某镇, 某镇某某村): how
 * long its name runs before the level word, the level word, and its level; null when none is named there.
 */
export const townNameAt = (text: string, at: number): { readonly stem: number; readonly end: string; readonly level: PlaceLevel } | null => {
  const m = namedBeforeTownEnd.exec(text.slice(at, at + 6))
  if (m === null) return null
  const end = townEnds.find((w) => text.startsWith(w, at + m[0].length))
  if (end === undefined) return null
  // (the last level word, 村, names a village: a community, as the gazetteer has none)
  return { stem: m[0].length, end, level: end === townEnds[townEnds.length - 1] ? "community" : "town" }
}
