import { sentenceEnd, sentenceStart } from "../chars.ts"
import { endsInParticipation, participationVerbSearch, type NameScan } from "../name-scan/index.ts"

/** Does a name found so far start in [from, to)? */
const foundWithin = (s: NameScan, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (s.foundAt(i).length > 0) return true
  return false
}

/** 4. A sentence that ends in 参加/出席/陪同…: its bare names take part (周建华,国务院指导组成员刘志勇参加活动). */
export const participationSentences = (s: NameScan): void => {
  const { text } = s
  const { partVerbs } = s.words
  const sentenceStarts = new Set<number>()
  for (const m of text.matchAll(participationVerbSearch)) sentenceStarts.add(sentenceStart(text, m.index))
  for (const ss of [...sentenceStarts].sort((a, b) => a - b)) {
    const se = sentenceEnd(text, ss)
    if (!endsInParticipation.test(text.slice(ss, se))) continue
    let cs = ss
    while (cs < se) {
      let ce = cs
      while (ce < se && text.charCodeAt(ce) !== 0x2c && text.charCodeAt(ce) !== 0xff0c) ce++
      const seg = text.slice(cs, ce).trim()
      const at = cs + (text.slice(cs, ce).length - text.slice(cs, ce).trimStart().length)
      if (!seg.includes("、") && !foundWithin(s, cs, ce)) {
        const whole = s.shape(seg)
        if (whole.ok && !whole.ambiguous && (s.evidence(seg) > 0 || !s.oracle.common(seg)))
          s.add({ name: seg, start: at, end: at + seg.length, titles: [], titleStart: null, national: false, via: "sentence", inList: true })
        else {
          const n = s.pickName(at, { allowAmbiguous: false, only: partVerbs })
          if (n !== null) s.add({ name: n.name, start: at, end: n.end, titles: [], titleStart: null, national: false, via: "sentence", inList: false })
        }
      }
      cs = ce + 1
    }
  }
}
