import { isHanCode } from "../chars.ts"
import type { NameScan } from "../name-scan/index.ts"

/**
 * 5. A bare name opening a clause, before what a leader does: 陈立平到省农科院调研, 赵明亮主持召开会议.
 * It may start after a break or where a title ends.
 */
export const clauseOpeners = (s: NameScan): void => {
  const { text, titleSpans } = s
  const { leadAfterName } = s.words
  const foundStarts = new Set(s.found.map((f) => f.start))
  const tryAt = (at: number) => {
    if (!isHanCode(text.charCodeAt(at)) || foundStarts.has(at) || !s.surnameAt(at)) return
    if (!leadAfterName.startsAt(text, at + 2) && !leadAfterName.startsAt(text, at + 3) && !leadAfterName.startsAt(text, at + 4)) return
    const n = s.pickName(at, { allowAmbiguous: false, only: leadAfterName })
    if (n !== null) s.add({ name: n.name, start: at, end: n.end, titles: [], titleStart: null, national: false, via: "clause", inList: false })
  }
  // the start, positions after a break and the ends of titles, merged in order (both lists ascend)
  const breaks = s.afterBreak
  let last = 0
  tryAt(0)
  for (let b = 0, t = 0; b < breaks.length || t < titleSpans.length; ) {
    const next = t < titleSpans.length && (b >= breaks.length || titleSpans[t]!.end <= breaks[b]!) ? titleSpans[t++]!.end : breaks[b++]!
    if (next > last) tryAt((last = next))
  }
}
