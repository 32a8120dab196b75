import type { Event } from "@dashiji/core"
import type { SourceNote } from "./chronicle.ts"

/**
 * How a source is cited beside its document, the same words in the Markdown report and the web reader:
 * where in the document, and how it was merged into the event's first source.
 */

/** The merge record of an event's i-th source; none for the first (the one the others were merged into). */
export const mergeOf = (e: Event, i: number): Event["merged"][number] | undefined => {
  if (i === 0) return undefined
  const s = e.sources[i]!
  return e.merged.find((x) => x.document === s.document && x.span[0] === s.span[0] && x.span[1] === s.span[1])
}

/** 第 2–4 行（字符 10–40）, or 字符 10–40 when the line is not known. */
export const noteWhere = (n: Pick<SourceNote, "span" | "firstLine" | "lastLine">): string => {
  const chars = `字符 ${n.span[0]}–${n.span[1]}`
  if (n.firstLine === undefined) return chars
  return `第 ${n.lastLine === undefined || n.lastLine === n.firstLine ? n.firstLine : `${n.firstLine}–${n.lastLine}`} 行（${chars}）`
}

/** ；与首条来源合并：高度相似，相似度 0.80 — or nothing for a first source. */
export const noteMerge = (n: Pick<SourceNote, "merge">): string => (n.merge === undefined ? "" : `；与首条来源合并：${n.merge.method}，相似度 ${n.merge.score.toFixed(2)}`)
