import { withoutEmphasis } from "./markdown.ts"
import { gluedAfterStamp } from "./glued-stamp.ts"
import type { KnowledgeData } from "../knowledge/Knowledge.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { compose, MappedTextBuilder, type MappedText } from "./builder.ts"
import { classifyChrome, lonePageDate, type PageDate } from "./chrome.ts"
import { normalizeScript } from "./script.ts"
import { withGregorianYears } from "./era-years.ts"
import { unwrapToPlainText } from "./unwrap/index.ts"
import { shouldJoin } from "./line-repair.ts"
import { findSpam, makeSpamMatcher, type SpamMatcher } from "./spam.ts"
import { jammerRanges } from "./jammer.ts"

export { rawSpan, type MappedText } from "./builder.ts"
export type { PageDate } from "./chrome.ts"

/**
 * The paragraph joined so far, for shouldJoin, which reads only its start (headline, byline) and its end:
 * kept to its first and last 256 characters, since the whole paragraph, trimmed and tested again at every
 * line joined, was quadratic in the lines of a long broken paragraph.
 */
const JOIN_KEEP = 256
const joinedLine = (prev: string, next: string): string => {
  const s = prev + next
  return s.length <= 2 * JOIN_KEEP + 1 ? s : `${s.slice(0, JOIN_KEEP)}\u2026${s.slice(-JOIN_KEEP)}`
}

export interface SpamSite {
  /** Clean offset where the spam stood. */
  readonly at: number
  readonly removed: string
}

export interface CleanText extends MappedText {
  readonly html: boolean
  /** Publication date from a labelled line (时间:2020-07-08). */
  readonly published: PageDate | null
  /** A lone date line of the page (often the print date). */
  readonly stamp: PageDate | null
  readonly spam: ReadonlyArray<SpamSite>
}

const matcherFor = derivedFrom((words: ReadonlyArray<string>): SpamMatcher => makeSpamMatcher(words))

// a line that ends a sentence: the page's text has begun (dates stated above it may be the page's)
const sentenceLine = /[。！？]/

/** Spam ranges and jammer ranges of a line as one sorted list of cuts [start, end, spam?], overlaps joined. */
const withCuts = (
  spam: ReadonlyArray<readonly [number, number]>,
  jammer: ReadonlyArray<readonly [number, number]>
): Array<readonly [number, number, boolean]> => {
  if (jammer.length === 0) return spam.map(([a, b]) => [a, b, true] as const)
  const all = [...spam.map(([a, b]) => [a, b, true] as const), ...jammer.map(([a, b]) => [a, b, false] as const)].sort((x, y) => x[0] - y[0])
  const out: Array<readonly [number, number, boolean]> = []
  for (const c of all) {
    const last = out[out.length - 1]
    if (last !== undefined && c[0] < last[1]) out[out.length - 1] = [last[0], Math.max(last[1], c[1]), last[2] || c[2]]
    else out.push(c)
  }
  return out
}

/**
 * Raw decoded text → text for the extractors, one paragraph per line, with a map back to raw offsets.
 * HTML, page chrome, injected spam and broken lines are handled here and nowhere else.
 */
export const cleanDocument = (raw: string, knowledge: Pick<KnowledgeData, "spamWords">): CleanText => {
  // JSON records, SQL rows and escaped strings are unwrapped before the HTML step; the map still points into raw
  const { html, plain: unwrapped } = unwrapToPlainText(raw)
  // traditional text read as simplified, pinyin glosses dropped: chrome, spam and names are matched on the result
  // and era years (民国二十六年) written as the Gregorian years they are
  const plain = withGregorianYears(normalizeScript(unwrapped))
  const matcher = matcherFor(knowledge.spamWords)
  const out = new MappedTextBuilder()
  const spam: Array<SpamSite> = []
  let published: PageDate | null = null
  let stamp: PageDate | null = null
  let prevLine: string | null = null
  // a sentence of the page's text has been read (a line that ends one, 。！？)
  let textSeen = false
  const t = plain.text
  // three or more lone date lines are the dates of entries set above their text, not print stamps
  let loneDates = 0
  for (let a = 0; a <= t.length && loneDates < 3; ) {
    let b = t.indexOf("\n", a)
    if (b < 0) b = t.length
    if (b - a <= 40 && lonePageDate.test(t.slice(a, b).trim())) loneDates++
    a = b + 1
  }
  const chromeOptions = { datesAreEntries: loneDates >= 3 }
  let lineStart = 0
  while (lineStart <= t.length) {
    let lineEnd = t.indexOf("\n", lineStart)
    if (lineEnd < 0) lineEnd = t.length
    // 发布日期:2020-01-31 18:23:541月1日,…: the page lost the break after its stamp; the entry is a line of its own
    const glued = gluedAfterStamp(t.slice(lineStart, Math.min(lineEnd, lineStart + 80)))
    const nextStart = glued > 0 ? lineStart + glued : lineEnd + 1
    if (glued > 0) lineEnd = lineStart + glued
    let s = lineStart
    let e = lineEnd
    while (s < e && t[s] === " ") s++
    while (e > s && t[e - 1] === " ") e--
    const line = withoutEmphasis(t.slice(s, e))
    lineStart = nextStart
    const verdict = classifyChrome(line, chromeOptions)
    if (verdict.chrome) {
      // the page's date is the last one stated above its text: a site's banner (今天是…) or an error block
      // (404 Not Found … Date:) stands higher up, the article's own line right above it; below the text,
      // the first one (a footer's 发布时间)
      if ("published" in verdict && verdict.published !== undefined && (published === null || !textSeen)) published = verdict.published
      if ("stamp" in verdict && verdict.stamp !== undefined && (stamp === null || !textSeen)) stamp = verdict.stamp
      continue
    }
    if (!textSeen && sentenceLine.test(line)) textSeen = true
    // spam stood where a name was (a site is kept for the people finder); a forum's jammer stood nowhere
    const removed = withCuts(findSpam(line, matcher), jammerRanges(line))
    // assemble the kept pieces of the line (spam cut out, space runs collapsed)
    let kept = ""
    let cursor = 0
    for (const [rs, re] of removed) {
      kept += line.slice(cursor, rs)
      cursor = re
    }
    kept += line.slice(cursor)
    if (kept.trim().length === 0) continue
    if (prevLine !== null) {
      if (shouldJoin(prevLine, kept)) prevLine = joinedLine(prevLine, kept)
      else {
        out.push("\n", s, s)
        prevLine = kept
      }
    } else prevLine = kept
    let r = 0
    let k = 0
    while (k < line.length) {
      const range = removed[r]
      if (range !== undefined && k === range[0]) {
        if (range[2]) spam.push({ at: out.size, removed: line.slice(range[0], range[1]) })
        k = range[1]
        r++
        continue
      }
      const ch = line[k]!
      if (ch === " ") {
        let j = k
        while (j < line.length && line[j] === " " && (range === undefined || j < range[0])) j++
        out.push(" ", s + k, s + j)
        k = j
        continue
      }
      const stop = range === undefined ? line.length : range[0]
      let j = line.indexOf(" ", k + 1)
      if (j < 0 || j > stop) j = stop
      out.push(line.slice(k, j), s + k, s + j)
      k = j
    }
  }
  const cleaned = out.finish(t.length)
  const mapped = compose(plain.map, cleaned)
  return { ...mapped, html, published, stamp, spam }
}
