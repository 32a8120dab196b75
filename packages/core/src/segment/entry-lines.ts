import type { PageDate } from "../clean/index.ts"
import { findDates, type DateToken } from "../dates/index.ts"
import { looksLikeByline } from "../clean/line-repair.ts"
import { datelineLength, type LineKind } from "./classify.ts"
import { bundledEntryCues, type EntryCues } from "./cues.ts"
import type { Line } from "./lines.ts"
import { dateFromPageRelative } from "./page-relative.ts"
import type { Classified } from "./types.ts"

// What single lines say about the entries around them, as the segmenter asks it: a dateline's day read
// against the page's date, a sentence's opening date, an entry cut short, a paragraph of its own.

/** A date token moved by `by` characters (a line's offsets into the text's). */
export const shift = (d: DateToken, by: number): DateToken => ({ ...d, index: d.index + by, end: d.end + by })

/**
 * 本报讯（记者 某某）昨日,…: a paper's dateline without a date, on a page whose date is known, dates its
 * report by the day its lead names (a newspaper page holds several such reports).
 */
export const pageRelative = (l: Line, k: LineKind, page: PageDate | null): LineKind => {
  if (page === null || k.kind !== "text" || k.date !== null) return k
  const lead = l.text.length - l.text.trimStart().length + datelineLength(l.text)
  if (lead === l.text.length - l.text.trimStart().length) return k
  const date = dateFromPageRelative(l.text.slice(lead), lead, page, bundledEntryCues())
  return date === null ? k : { kind: "dated", date, dateline: true, bodyAt: lead }
}

/** A paragraph that ends a sentence (or a quotation or bracket that closes one). */
export const sentenceEnd = /[。！？!?）)”"]$/

/** The first date with its month that opens a sentence of the lines before `before` (text offsets), or null. */
export const firstSentenceDate = (lines: ReadonlyArray<Classified>, before: number): DateToken | null => {
  for (const l of lines) {
    if (l.start > before) break
    for (const d of findDates(l.text)) {
      if (d.month === null || d.day === null) continue
      const prev = l.text.slice(0, d.index).trimEnd()
      if (prev.length === 0 || /[。！？!?]$/.test(prev)) return shift(d, l.start)
    }
  }
  return null
}
/** A short text that ends without a sentence's end and holds no event's verb: an entry the excerpt cut short. */
export const cutBeforeItsVerb = (body: string, cues: EntryCues): boolean => {
  const t = body.trim()
  return t.length < 12 && !/[。！？!?；;]/.test(t) && !cues.eventVerbs.some((v) => t.includes(v))
}
/** A whole paragraph (it ends a sentence) that does not open as the continuation of the one above (会议强调…). */
export const ownParagraph = (line: string, cues: EntryCues): boolean => {
  const t = line.trim()
  return t.length >= 12 && sentenceEnd.test(t) && !cues.continuations.some((w) => t.startsWith(w))
}

/** The line after a full date alone on its line, or the one after that past a title, dates itself with a month and day of its own. */
export const recordStampOver = (lines: ReadonlyArray<Classified>, at: number): boolean => {
  for (const l of lines.slice(at + 1, at + 3)) {
    const k = l.k
    if (k.kind === "dated") return k.alone !== true && k.sameDay !== true && k.date.month !== null && k.date.day !== null && k.date.year === null
    // 会议摘要:1月31日下午,市长…: the lead's date stands in its first sentence
    if ((k.kind === "text" || k.kind === "titled") && k.date !== null) return k.date.month !== null && k.date.day !== null && k.date.year === null
    if (k.kind !== "headline" && k.kind !== "text") return false
  }
  return false
}

// a bracketed part of a line, and the spaces after it: a reporters' credit when looksLikeByline says so
const bracketed = /[（(][^()（）]{1,30}[)）]\s*/g
// how far into its paragraph a credit may stand (a photo's caption may come first)
const creditWithin = 200

/**
 * 代表团考察了…参加。(记者 某某 某某) 5月27日至28日,…: a paper's photo caption, then the reporters' credit, then
 * the lead, all on one line. The month and day right after the credit date the report.
 */
export const dateAfterCredit = (l: Line): DateToken | null => {
  const credit = [...l.text.slice(0, creditWithin).matchAll(bracketed)].find((m) => looksLikeByline(m[0]))
  if (credit === undefined) return null
  const from = credit.index + credit[0].length
  const d = findDates(l.text.slice(from, from + 40))[0]
  return d !== undefined && d.index === 0 && d.month !== null && d.day !== null ? shift(d, l.start + from) : null
}
