import { cueRegExp } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"

/**
 * A town written without its level word (盛泽 for 盛泽镇) whose stem is an ordinary word of the language
 * (建设镇, 发展乡 exist): the word, not the town. A proper name is one the segmenter's dictionary tags as a
 * place or does not know.
 */
const townStem = cueRegExp`(?:${"town-suffix"})$`
export const commonWordTown = (p: Place, seg: SegmentFns): boolean => {
  if (p.level !== "town" || townStem.test(p.name)) return false
  const tags = seg.tag(p.name)
  return !(tags.length === 1 && properNameTags.has(tags[0]!.tag))
}
const properNameTags = new Set(["ns", "nr", "nz", "x"])
