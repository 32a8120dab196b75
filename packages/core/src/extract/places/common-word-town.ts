import { cueRegExp } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"

/**
 * A town written without its level word (盛泽 for 盛泽镇) whose stem is an ordinary word of the language
 * (建设镇, 发展乡 exist): the word, not the town. A proper name is one the segmenter's dictionary tags as a
 * place or does not know.
 */
const townStem = cueRegExp`(?:${"town-suffix"})$`
// a town's or a village's level word after its name (某某镇, 某某村, 某某社区)
const levelWord = cueRegExp`(?:${"town-end"}|社区)$`
export const commonWordTown = (p: Place, seg: SegmentFns): boolean => {
  if (p.level !== "town" && p.level !== "community") return false
  const suffix = levelWord.exec(p.name) ?? townStem.exec(p.name)
  if (suffix !== null) return phraseStem(p.name.slice(0, suffix.index), seg)
  if (p.level !== "town") return false
  const tags = seg.tag(p.name)
  return !(tags.length === 1 && properNameTags.has(tags[0]!.tag))
}

/**
 * 开展极贫乡, 重点扶贫村: a phrase of the report (a verb among several words) read as a town's or a village's
 * name because a level word follows it. A one-word stem stays (前进村, 建设镇 are real).
 */
const phraseStem = (stem: string, seg: SegmentFns): boolean => {
  const tags = seg.tag(stem)
  return tags.length > 1 && tags.some((t) => t.word.length >= 2 && t.tag === "v")
}
const properNameTags = new Set(["ns", "nr", "nz", "x"])
