import type { DocumentFormat, Warning } from "../schema/event.ts"
import type { PageDate } from "../clean/chrome.ts"
import type { DateToken } from "../dates/index.ts"
import type { LineKind } from "./classify.ts"
import type { Line } from "./lines.ts"

/** A line of the document with what its shape says it is. */
export interface Classified extends Line {
  readonly k: LineKind
}

/** One event mention cut from the cleaned text. Offsets are clean offsets. */
export interface Slice {
  readonly start: number
  readonly end: number
  /** Title from the page's structure (chronicle title, headline, file name), if any. */
  readonly title: string | null
  /** Where the body (after title / dateline) starts. */
  readonly bodyStart: number
  /** The date that opens the mention (offsets relative to the clean text), or null when undated. */
  readonly date: DateToken | null
  /** Section of a chronicle page (the calendar restarts in each). */
  readonly section: number
  /**
   * The heading the slice stands under, when a page has several (a chronicle of several years: 1990年 …
   * 1991年 …, or a volume's title then its year's heading); absent before the first.
   */
  readonly heading?: { readonly year: number; readonly month: number | null }
  readonly warnings: ReadonlyArray<Warning>
}

export interface DocumentContext {
  readonly format: DocumentFormat
  /** A page heading such as 2020年2月. */
  readonly heading: { readonly year: number; readonly month: number | null } | null
  /** Where that heading's line starts (clean offset), when the page has one. */
  readonly headingAt?: number
  readonly published: PageDate | null
  /** Every dated entry lies within a few weeks before the publication date: the page reports news. */
  readonly recent?: boolean
  /** Explicit years found anywhere in the document (its other dated references). */
  readonly contextYears: ReadonlyArray<number>
  /** Years the text states in passing (findStatedYears), the weakest evidence of its year. */
  readonly statedYears: ReadonlyArray<number>
  /** Undated lines that were dropped, with the reason (for diagnostics). */
  readonly dropped: ReadonlyArray<{ readonly start: number; readonly end: number; readonly reason: string }>
}

export interface Segmented extends DocumentContext {
  readonly slices: ReadonlyArray<Slice>
}
