import { detailText, sourceRefs } from "../detail.ts"
import { type SourceDoc, sourceLayout, sourceTop } from "../source.ts"
import { currentEvent } from "./events.ts"
import { layoutOf } from "./panes.ts"
import type { State } from "./types.ts"

/** What the detail and source panes show for the selected event, and how far they can scroll. */

export const sourceKey = (document: string, span: readonly [number, number]): string => `${document}\u0000${span[0]}:${span[1]}`

const LOADING: SourceDoc = { status: "loading" }

/** The source the source view shows. */
export const currentSource = (s: State) => {
  const e = currentEvent(s)
  if (e === undefined) return undefined
  const refs = sourceRefs(e)
  const index = Math.max(0, Math.min(refs.length - 1, s.source.index))
  const ref = refs[index]!
  const key = sourceKey(ref.document, ref.span)
  return { event: e, refs, index, ref, key, doc: s.source.docs[key] ?? LOADING }
}

/** Lines of the source view's text (the document, or the cleaned mention when the file is not at hand). */
export const sourceView = (s: State) => {
  const src = currentSource(s)
  const r = layoutOf(s).source
  if (src === undefined || r === undefined) return undefined
  // a column for the gutter that marks the span's lines (visible without colour, and to screen readers)
  const width = Math.max(10, r.w - 2)
  const rows = Math.max(1, r.h - 2)
  const text = src.doc.status === "found" ? src.doc.text : src.doc.status === "missing" ? src.doc.clean : ""
  const span: readonly [number, number] = src.doc.status === "found" ? src.ref.span : [0, 0]
  const lines = sourceLayout(src.doc, width)
  return { ...src, text, span, lines, rows, width, top: sourceTop(lines, span, rows, s.source.scroll) }
}

export const detailLineCount = (s: State): number => {
  const e = currentEvent(s)
  const r = layoutOf(s).detail
  if (e === undefined || r === undefined) return 0
  // line numbers as wide as they may be: the count is never short of what the pane draws
  return detailText(e, e.sources.map(() => 9_999_999), r.w - 1).length
}
