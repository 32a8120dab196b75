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

const cache = new Map<string, { text: string; lines: Array<LineSpan> }>()
/** Wrapped lines of a document at a width (kinsoku), memoised: the same document is laid out once per width. */
export const sourceLayout = (key: string, text: string, width: number): Array<LineSpan> => {
  const k = `${key}\u0000${width}`
  const hit = cache.get(k)
  if (hit !== undefined && hit.text === text) return hit.lines
  const lines = wrapSpans(displayable(text), width)
  if (cache.size > 16) cache.delete(cache.keys().next().value!)
  cache.set(k, { text, lines })
  return lines
}

/** Index of the line holding `offset`. */
export const lineOfOffset = (lines: ReadonlyArray<LineSpan>, offset: number): number => {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The first line shown: where the user scrolled, else the span's first line a third of the way down. */
export const sourceTop = (lines: ReadonlyArray<LineSpan>, span: readonly [number, number], rows: number, scroll: number | null): number => {
  const max = Math.max(0, lines.length - rows)
  if (scroll !== null) return Math.max(0, Math.min(max, scroll))
  return Math.max(0, Math.min(max, lineOfOffset(lines, span[0]) - Math.floor(rows / 3)))
}
