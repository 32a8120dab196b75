import { derivedFrom, lastStartAtOrBefore, lineAt, lineStartsOf } from "@dashiji/core"
import { type LineSpan, wrapSpans } from "./width.ts"

/** The raw document behind a source, or why it is not shown. */
export type SourceDoc =
  | { readonly status: "loading" }
  | { readonly status: "found"; readonly text: string; readonly path: string; readonly cite?: string | undefined }
  | { readonly status: "missing"; readonly reason: string; readonly clean: string; readonly cite?: string | undefined }

/**
 * Tabs, carriage returns and other control characters shown as spaces: one code unit for one, so raw offsets
 * (the spans) still index the shown text.
 */
// eslint-disable-next-line no-control-regex
export const displayable = (text: string): string => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")

const shownText = (doc: SourceDoc): string => (doc.status === "found" ? doc.text : doc.status === "missing" ? doc.clean : "")

/**
 * What the source view derives from a document: its line starts and its wrapped lines per width (kinsoku),
 * computed once and kept as long as the document's record is (the state holds one record per source).
 */
const derived = derivedFrom((doc: SourceDoc) => ({ starts: lineStartsOf(shownText(doc)), layouts: new Map<number, Array<LineSpan>>() }))

/** The wrapped lines of the text the source view shows for `doc` (the document, or the cleaned mention). */
export const sourceLayout = (doc: SourceDoc, width: number): Array<LineSpan> => {
  const d = derived(doc)
  let lines = d.layouts.get(width)
  if (lines === undefined) {
    lines = wrapSpans(displayable(shownText(doc)), width)
    d.layouts.set(width, lines)
  }
  return lines
}

/** The 1-based line of the shown text that holds `offset`, as an editor counts lines. */
export const sourceLine = (doc: SourceDoc, offset: number): number => lineAt(derived(doc).starts, offset)

/** Index of the wrapped line holding `offset`. */
export const lineOfOffset = (lines: ReadonlyArray<LineSpan>, offset: number): number => lastStartAtOrBefore(lines.length, (i) => lines[i]!.start, offset)

/** The first line shown: where the user scrolled, else the span's first line a third of the way down. */
export const sourceTop = (lines: ReadonlyArray<LineSpan>, span: readonly [number, number], rows: number, scroll: number | null): number => {
  const max = Math.max(0, lines.length - rows)
  if (scroll !== null) return Math.max(0, Math.min(max, scroll))
  return Math.max(0, Math.min(max, lineOfOffset(lines, span[0]) - Math.floor(rows / 3)))
}
