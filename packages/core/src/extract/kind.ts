import type { KindKeyword } from "../knowledge/lexicon.ts"
import type { Kind } from "../schema/event.ts"
import { leadEnd } from "./chars.ts"

/**
 * What the event is, decided by its lead (the title line and first sentence): the highest-priority
 * keyword there (kind-keywords.tsv). Words deep in the body describe other things (a 视频连线 during an
 * inspection); only statements of the meeting's format (会议以视频的形式召开) count from anywhere, and
 * only to tell a video meeting from a meeting.
 */

// a keyword followed by these names another event (传达学习…电视电话会议精神, 在…会议上的讲话)
const referenceAfter = /^(精神|上的|上|要求|部署|纪要|室)/

// 到安阳市检查, 在信阳市指导疫情防控工作: a leader going somewhere to look at the work
const visit = /(?:到|赴|深入|前往|来到|在)[^，,。；;]{1,24}?(?:指导|调度|调研|检查|督导|督查|考察|视察|慰问|看望)(?!组|意见|下|思想|性|员|精神)/

// a clause quoting another event: 习近平总书记在北京市调研…时的重要讲话精神
const quoted = /时的|时重要|重要讲话|讲话精神|指示精神|总书记|总理/

const clauseOf = (text: string, at: number): string => {
  let s = at
  while (s > 0 && !/[，,。；;]/.test(text[s - 1]!)) s--
  let e = at
  while (e < text.length && !/[，,。；;]/.test(text[e]!)) e++
  return text.slice(s, e)
}

interface Hit {
  readonly kind: Kind
  readonly priority: number
}

const best = (text: string, keywords: ReadonlyArray<KindKeyword>): Hit | null => {
  const covered = new Uint8Array(text.length)
  let top: Hit | null = null
  // keywords come longest first, so 视频协商会 claims its characters before 协商会 and 会
  for (const k of keywords) {
    for (let at = text.indexOf(k.keyword); at >= 0; at = text.indexOf(k.keyword, at + 1)) {
      const end = at + k.keyword.length
      if (covered[at] === 1 || covered[end - 1] === 1) continue
      for (let i = at; i < end; i++) covered[i] = 1
      if (referenceAfter.test(text.slice(end, end + 2))) continue
      if (quoted.test(clauseOf(text, at))) continue
      if (top === null || k.priority > top.priority) top = { kind: k.kind, priority: k.priority }
    }
  }
  return top
}

export const classifyKind = (text: string, keywords: ReadonlyArray<KindKeyword>): Kind => {
  const lead = text.slice(0, leadEnd(text))
  let top = best(lead, keywords.filter((k) => k.scope === "lead"))
  const v = visit.exec(lead)
  if (v !== null && !quoted.test(clauseOf(lead, v.index)) && (top === null || top.priority < 65)) top = { kind: "inspection", priority: 65 }
  const format = best(text, keywords.filter((k) => k.scope === "any"))
  if (format !== null && (top === null || top.kind === "meeting")) return format.kind
  return top?.kind ?? "other"
}
