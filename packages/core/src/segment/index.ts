import { gluedDayRange, withBareDayLines, withBareMonthSections, withBareYearHeadings } from "./bare-month.ts"
import type { CleanText, PageDate } from "../clean/index.ts"
import { anchoredYears, findDatedYears, findDates, findStatedYears, type DateToken } from "../dates/index.ts"
import { classifyLine, datelineLength, type LineKind } from "./classify.ts"
import { splitLines, type Line } from "./lines.ts"
import { attachesToPrevious } from "./continuation.ts"
import { splitSubEvents } from "./sub-events.ts"
import { dateFromPageRelative } from "./page-relative.ts"
import { bundledEntryCues, type EntryCues, saysLately, statesOwnEvent } from "./cues.ts"
import type { Segmented, Slice } from "./types.ts"
import type { DocumentFormat, Warning } from "../schema/event.ts"
import { listNumber } from "../clean/list-number.ts"
import { daysInPageMonth } from "./day-list-month.ts"
import { reportsRecent } from "./recent-report.ts"

export type { Segmented, Slice, DocumentContext } from "./types.ts"

interface Classified extends Line {
  readonly k: LineKind
}

const hanText = /\p{Script=Han}/u

const shift = (d: DateToken, by: number): DateToken => ({ ...d, index: d.index + by, end: d.end + by })

const detectFormat = (lines: ReadonlyArray<Classified>): DocumentFormat => {
  let titled = 0
  let dated = 0
  let datelines = 0
  let inline = 0
  for (const l of lines) {
    if (l.k.kind === "titled") titled++
    else if (l.k.kind === "dated") {
      dated++
      if (l.k.dateline) datelines++
    } else if (l.k.kind === "text" && l.k.date !== null) inline++
  }
  if (datelines >= 2 || (datelines >= 1 && lines.some((l) => l.k.kind === "byline"))) return "newspaper"
  if (titled >= 2 && titled >= dated) return "chronicle"
  if (dated + titled + inline >= 2) return "plain"
  return numberedUnderDate(lines) ? "plain" : "article"
}

/**
 * 3月1日 / 1、某副市长主持召开… / 2、某副市长赴…调研: a day's date alone on its line over numbered items (a page of
 * the day's activities) is a list of that day's events, not one article.
 */
const numberedUnderDate = (lines: ReadonlyArray<Classified>): boolean => {
  const at = lines.findIndex((l) => l.k.kind === "dated" && l.k.alone === true)
  if (at < 0) return false
  return lines.slice(at + 1).filter((l) => listNumber.test(l.text.trimStart())).length >= 2
}

/**
 * 本报讯（记者 某某）昨日,…: a paper's dateline without a date, on a page whose date is known, dates its
 * report by the day its lead names (a newspaper page holds several such reports).
 */
const pageRelative = (l: Line, k: LineKind, page: PageDate | null): LineKind => {
  if (page === null || k.kind !== "text" || k.date !== null) return k
  const lead = l.text.length - l.text.trimStart().length + datelineLength(l.text)
  if (lead === l.text.length - l.text.trimStart().length) return k
  const date = dateFromPageRelative(l.text.slice(lead), lead, page, bundledEntryCues())
  return date === null ? k : { kind: "dated", date, dateline: true, bodyAt: lead }
}

// how far below the headline an undated article's lead is looked for, and in how many paragraphs
const leadLinesRead = 16
const leadParagraphs = 3

const sentenceEnd = /[。！？!?）)”"]$/

/** The first date with its month that opens a sentence of the lines before `before` (text offsets), or null. */
const firstSentenceDate = (lines: ReadonlyArray<Classified>, before: number): DateToken | null => {
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
const cutBeforeItsVerb = (body: string, cues: EntryCues): boolean => {
  const t = body.trim()
  return t.length < 12 && !/[。！？!?；;]/.test(t) && !cues.eventVerbs.some((v) => t.includes(v))
}
/** A whole paragraph (it ends a sentence) that does not open as the continuation of the one above (会议强调…). */
const ownParagraph = (line: string, cues: EntryCues): boolean => {
  const t = line.trim()
  return t.length >= 12 && sentenceEnd.test(t) && !cues.continuations.some((w) => t.startsWith(w))
}

/** The line after a full date alone on its line, or the one after that past a title, dates itself with a month and day of its own. */
const recordStampOver = (lines: ReadonlyArray<Classified>, at: number): boolean => {
  for (const l of lines.slice(at + 1, at + 3)) {
    const k = l.k
    if (k.kind === "dated") return k.alone !== true && k.sameDay !== true && k.date.month !== null && k.date.day !== null && k.date.year === null
    // 会议摘要:1月31日下午,市长…: the lead's date stands in its first sentence
    if ((k.kind === "text" || k.kind === "titled") && k.date !== null) return k.date.month !== null && k.date.day !== null && k.date.year === null
    if (k.kind !== "headline" && k.kind !== "text") return false
  }
  return false
}

const undatedHeadline = "undated headline without a dated body"
// a line in brackets ((市接待办), (摘自某报)) credits the entry above it: no headline of the one below
const credit = /^\s*[(（[【]/
const onlySpace = (text: string, from: number, to: number): boolean => from <= to && text.slice(from, to).trim() === ""

/**
 * ■ 某某签订协议 / 6月11日 / 11日下午,…: a headline over a date alone on its line (or a headline its date ends)
 * over a body that opens with that day is one entry — the headline its title, its span from the headline on — not a headline dropped, a
 * date with nothing of its own and a body.
 */
const withDatedHeadlines = (
  slices: Array<Slice>,
  text: string,
  dropped: Array<{ readonly start: number; readonly end: number; readonly reason: string }>
): Array<Slice> => {
  const out: Array<Slice> = []
  // the dropped headlines by where their text ends, so each date line finds the one right above it at once
  const headlines = new Map<number, number>()
  dropped.forEach((d, i) => {
    if (d.reason === undatedHeadline && !credit.test(text.slice(d.start, d.end))) headlines.set(d.start + text.slice(d.start, d.end).trimEnd().length, i)
  })
  const taken = new Set<number>()
  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!
    const next = slices[i + 1]
    // the date alone on its line, or ending a headline's line (■ 某某调研某部 6月11日)
    // (not a credit's line, (摘自某报) 11日, nor the end of a paragraph above the date)
    const before = s.date === null ? "" : text.slice(s.start, s.date.index)
    const alone =
      s.date !== null && (s.title === null || s.title === before.trim()) && onlySpace(text, s.date.end, s.end) && !/[。！？!?\n]/.test(before) && !credit.test(before)
    const sameDay =
      next !== undefined && s.date !== null && next.date !== null && next.date.day === s.date.day && (next.date.month === null || next.date.month === s.date.month)
    if (!alone || !sameDay || !onlySpace(text, s.end, next.start)) {
      out.push(s)
      continue
    }
    let above = s.start
    while (above > 0 && /\s/.test(text[above - 1]!)) above--
    const k = headlines.get(above)
    const headline = k === undefined ? null : dropped[k]!
    if (k !== undefined) taken.add(k)
    const own = text.slice(s.start, s.date!.index).trim()
    const title = next.title ?? (own !== "" ? own : headline === null ? null : text.slice(headline.start, headline.end).trim())
    out.push({ ...next, start: headline?.start ?? s.start, title })
    i++
  }
  // a headline now an entry's title is no longer dropped
  const kept = dropped.filter((_, i) => !taken.has(i))
  dropped.length = 0
  dropped.push(...kept)
  return out
}

/**
 * Cuts a cleaned document into event mentions according to its detected format:
 * chronicle pages (title + date + body; untitled paragraphs continue the entry before),
 * newspaper pages (headline, 本报讯 dateline, body, byline), single articles, plain dated lists.
 */
export const segmentDocument = (clean: CleanText, _name: string): Segmented => {
  const raw = splitLines(clean.text)
  const page = clean.published ?? clean.stamp
  const classified: Array<Classified> = withBareYearHeadings(withBareMonthSections(raw.map((l, i) => ({ ...l, k: pageRelative(l, classifyLine(l.text, i === 0), page) }))))
  const headingLine = classified.find((l) => l.k.kind === "heading")
  const heading = headingLine !== undefined && headingLine.k.kind === "heading" ? { year: headingLine.k.year, month: headingLine.k.month } : null
  const lines = withBareDayLines(classified, heading?.month ?? null)
  const format = detectFormat(lines)
  const cues = bundledEntryCues()
  // on a paper's page ▲/△ open a photo's caption inside a report; elsewhere another entry of the same day
  const marksOpenEntries = format !== "newspaper"
  // a chronicle of days: its entries open with the day alone (3日 …), the month given above them
  const dayOnlyEntries = lines.filter((l) => l.k.kind === "dated" && l.k.sameDay !== true && l.k.date.month === null).length >= 2
  const contextYears = findDatedYears(clean.text)
  // years the text states, and those its anniversaries and numbered observances give (建党100周年)
  const statedYears = [...findStatedYears(clean.text), ...anchoredYears(clean.text)]
  const dropped: Array<{ start: number; end: number; reason: string }> = []
  const slices: Array<Slice> = []
  let section = 0
  let lastMonthDay = -1
  let currentMonth: number | null = heading?.month ?? null
  // the heading the lines stand under: a page of several years has one per year (1990年 … 1991年 …)
  let currentHeading: { readonly year: number; readonly month: number | null } | undefined

  const open = (start: number, title: string | null, bodyStart: number, dateIn: DateToken | null, warnings: Array<Warning> = []) => {
    // 25日至29日: the month comes from the entry before or the page heading
    const glued = dateIn !== null && dateIn.month !== null && dateIn.endDay === null && currentMonth !== null ? gluedDayRange(dateIn.text, dateIn.month, currentMonth) : null
    const date =
      glued !== null && dateIn !== null && currentMonth !== null
        ? { ...dateIn, month: currentMonth, day: glued.day, endMonth: currentMonth, endDay: glued.endDay }
        : dateIn !== null && dateIn.month === null && currentMonth !== null
          ? { ...dateIn, month: currentMonth, endMonth: dateIn.endDay === null ? null : (dateIn.endMonth ?? currentMonth) }
          : dateIn
    if (date !== null) {
      if (date.month !== null) currentMonth = date.month
      const md = (date.month ?? currentMonth ?? 0) * 100 + (date.day ?? 0)
      if (format === "chronicle" && lastMonthDay >= 0 && md + 100 < lastMonthDay) section++
      lastMonthDay = md
    }
    slices.push({ start, end: start, title, bodyStart, date, section, warnings, ...(currentHeading === undefined ? {} : { heading: currentHeading }) })
  }
  const extend = (end: number) => {
    const last = slices[slices.length - 1]
    if (last !== undefined) slices[slices.length - 1] = { ...last, end }
  }

  if (format === "article") {
    const first = lines.find((l) => l.k.kind !== "heading")
    const fileTitle = lines.find((l) => l.k.kind === "filename")
    const body = lines.filter((l) => l.k.kind !== "heading" && l.k.kind !== "filename")
    if (body.length > 0 && first !== undefined) {
      const headline = body[0]!.k.kind === "headline" ? body[0]! : null
      const startLine = headline ?? body[0]!
      // the first dated line; else a day without its month in a lead sentence (俞正声6日会见…), read in the
      // month of the page's date by the extractor
      const datedLine =
        body.find((l) => l.k.kind === "dated" || l.k.kind === "titled" || (l.k.kind === "text" && l.k.date !== null)) ??
        body.find((l) => l.k.kind === "text" && l.k.day !== undefined)
      // …近日在某省考察时强调… / …。4月19日至21日,某某在…考察: a month and day opening a sentence of the text
      // date the report better than a day alone (19日上午…) further down
      const k = datedLine?.k
      const dayOnly =
        k !== undefined && ((k.kind === "text" && (k.date === null || k.date.month === null)) || ((k.kind === "dated" || k.kind === "titled") && k.date.month === null))
      // 近日,某某到某省调研。5月11日,省委书记…拜会…: the lead's first sentence says only that it happened
      // lately, and a month and day opens a later sentence of the lead paragraph
      const leadParagraph = datedLine === undefined ? body.slice(headline !== null ? 1 : 0, leadLinesRead).find((l) => /[。！？!?]/.test(l.text)) : undefined
      const leadLine = leadParagraph !== undefined && saysLately(leadParagraph.text.slice(0, leadParagraph.text.search(/[。！？!?]/)), cues) ? leadParagraph : undefined
      const sentenceDated =
        datedLine !== undefined && dayOnly ? firstSentenceDate(body, datedLine.start) : leadLine !== undefined ? firstSentenceDate([leadLine], leadLine.start) : null
      const date =
        sentenceDated !== null
          ? sentenceDated
          : datedLine === undefined || k === undefined
          ? null
          : k.kind === "dated" || k.kind === "titled"
            ? shift(k.date, datedLine.start)
            : k.kind === "text"
              ? k.date !== null
                ? shift(k.date, datedLine.start)
                : k.day !== undefined
                  ? shift(k.day, datedLine.start)
                  : null
              : null
      // no date of its own: 昨日 in the lead counts back from the page's publication date
      const page = clean.published ?? clean.stamp
      // the lead is the first paragraph below the headline; a photo caption may stand before it, and
      // lines that hold no sentence (a subtitle, 专题:…, CCTV.com消息:) are passed over
      let dated: DateToken | null = null
      if (date === null && page !== null) {
        let paragraphs = 0
        for (const l of body.slice(headline !== null ? 1 : 0, leadLinesRead)) {
          if (!/[。！？!?]/.test(l.text)) continue
          dated = dateFromPageRelative(l.text, l.start, page, cues)
          if (dated !== null || ++paragraphs === leadParagraphs) break
        }
      }
      // a month section above the date (• 9月 then 1日 …), and the last heading (a volume's title, then
      // the year's heading under it)
      for (const l of lines) {
        if (datedLine !== undefined && l.start >= datedLine.start) break
        if (l.k.kind === "month") currentMonth = l.k.month
        if (l.k.kind === "heading") currentHeading = { year: l.k.year, month: l.k.month }
      }
      const title = fileTitle !== undefined && fileTitle.k.kind === "filename" ? fileTitle.k.title : headline?.text.trim() ?? null
      // past a dateline (新华社长沙3月5日电（记者 …）) when the article opens with one
      const lead = startLine.k.kind === "dated" && startLine.k.bodyAt !== undefined ? startLine.start + startLine.k.bodyAt : startLine.start
      open(startLine.start, title, headline !== null ? (body[1]?.start ?? headline.end) : lead, date ?? dated)
      extend(body[body.length - 1]!.end)
    }
    // an article may report a later event in a sentence that opens with its own date (…。5月18日晚,…)
    return { format, heading, published: clean.published ?? clean.stamp, contextYears, statedYears, dropped, slices: slices.flatMap((s) => splitSubEvents(s, clean.text, cues, marksOpenEntries)) }
  }

  const lastDate = (): DateToken | null => {
    for (let i = slices.length - 1; i >= 0; i--) if (slices[i]!.date !== null) return slices[i]!.date
    return null
  }
  const handleText = (l: Classified): void => {
    const k = l.k
    if (awaitingBody) {
      awaitingBody = false
      extend(l.end)
      return
    }
    if (format === "plain" && k.kind === "text" && k.date !== null) {
      open(l.start, null, l.start, shift(k.date, l.start))
      extend(l.end)
      return
    }
    const prev = slices[slices.length - 1]
    // 9月1日 / 省政府印发…。 / 某某首发仪式在某市举行…。: under a date alone on its line, each whole paragraph
    // that does not go on with the one above is another entry of that day (a wrapped line ends mid-sentence)
    if (aloneDate !== null && prev !== undefined && sentenceEnd.test(clean.text.slice(prev.start, prev.end).trimEnd()) && ownParagraph(l.text, cues)) {
      open(l.start, null, l.start, { ...aloneDate, index: l.start, end: l.start, text: "" })
      extend(l.end)
      return
    }
    if (prev === undefined) {
      dropped.push({ start: l.start, end: l.end, reason: "text before the first dated entry" })
      return
    }
    // a chronicle of days (5日 …): an undated paragraph that states an event of its own is another entry
    // of the same day, as 是日 would open it
    const before = lastDate()
    if (before !== null && dayOnlyEntries && statesOwnEvent(l.text, cues)) {
      open(l.start, null, l.start, { ...before, index: l.start, end: l.start, text: "", endYear: null, endMonth: null, endDay: null })
      extend(l.end)
      return
    }
    if (format !== "plain") {
      pendingHeadline = null
      extend(l.end)
      return
    }
    const verdict = attachesToPrevious(l.text, clean.text.slice(prev.start, prev.end))
    if (verdict === "attach") extend(l.end)
    else if (verdict === "fragment") {
      open(l.start, null, l.start, null, ["fragment", "undated"])
      extend(l.end)
    } else dropped.push({ start: l.start, end: l.end, reason: verdict.reason })
  }

  let pendingHeadline: Classified | null = null
  // the headline lines right before a dateline: a masthead or an older headline further up is not its title
  let headlineRun = 0
  // the last slice was opened by a date alone on its line: the next lines are its title and text
  let awaitingBody = false
  // the date that stands alone on its line above the lines being read (9月1日 / one event per line below it)
  let aloneDate: DateToken | null = null
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!
    const k = l.k
    switch (k.kind) {
      case "heading":
        // a new year's section: its months start afresh
        if (currentHeading !== undefined && (k.year !== currentHeading.year || k.month !== currentHeading.month)) currentMonth = k.month
        currentHeading = { year: k.year, month: k.month }
        continue
      case "filename":
        continue
      case "month":
        // 二月: the days below it (3日 …) are in this month
        currentMonth = k.month
        continue
      case "titled":
        pendingHeadline = null
        awaitingBody = false
        open(l.start, k.title, l.start + k.date.index, shift(k.date, l.start))
        extend(l.end)
        continue
      case "dated": {
        if (k.alone !== true) aloneDate = null
        if (k.sameDay === true || k.bare === true) {
          // ▲某某宣布项目开工。 under a paper's report: a photo's caption, part of the report
          if (k.sameDay === true && !marksOpenEntries && cues.sameDayMarks.includes(k.date.text)) {
            handleText(l)
            continue
          }
          const before = lastDate()
          // 是日 / △ with no entry before it, or a bare number where no month is known: ordinary text
          if ((k.sameDay === true && before === null) || (k.bare === true && currentMonth === null)) {
            handleText(l)
            continue
          }
          awaitingBody = false
          const date = k.sameDay === true && before !== null ? { ...before, endYear: null, endMonth: null, endDay: null, index: k.date.index, end: k.date.end, text: k.date.text } : k.date
          open(l.start, null, l.start + (k.bodyAt ?? 0), shift(date, l.start))
          pendingHeadline = null
          extend(l.end)
          continue
        }
        if (k.alone === true) {
          // 2031-04-28 / 某某在京走访… / 4月27日,…: a record's own date over its title and a lead that dates
          // itself is the day it was published, the year its lead's date is read in
          if (k.date.year !== null && recordStampOver(lines, li)) {
            currentHeading = { year: k.date.year, month: k.date.month }
            aloneDate = null
            awaitingBody = false
            continue
          }
          open(l.start, null, l.end, shift(k.date, l.start))
          extend(l.end)
          pendingHeadline = null
          awaitingBody = true
          aloneDate = shift(k.date, l.start)
          continue
        }
        awaitingBody = false
        const bodyStart = l.start + (k.bodyAt ?? 0)
        if (format === "newspaper" && pendingHeadline !== null) {
          open(pendingHeadline.start, pendingHeadline.text.trim(), bodyStart, shift(k.date, l.start))
        } else open(l.start, null, bodyStart, shift(k.date, l.start))
        pendingHeadline = null
        extend(l.end)
        continue
      }
      case "headline":
        if (awaitingBody) {
          // 3月1日 / 省委常委会召开会议 / text: the line under the date is the entry's title
          const last = slices[slices.length - 1]
          if (last !== undefined && last.title === null) slices[slices.length - 1] = { ...last, title: l.text.trim(), bodyStart: l.end }
          extend(l.end)
          continue
        }
        if (format === "newspaper" || format === "chronicle") {
          if (pendingHeadline !== null && format === "newspaper" && headlineRun === 1) {
            // a headline in two lines (main title + subtitle)
            headlineRun = 2
            continue
          }
          pendingHeadline = l
          headlineRun = 1
          continue
        }
        dropped.push({ start: l.start, end: l.end, reason: undatedHeadline })
        continue
      case "byline":
        awaitingBody = false
        if (slices.length > 0) extend(l.end)
        continue
      case "text":
        handleText(l)
        continue
    }
  }
  const split = withDatedHeadlines(
    slices.flatMap((s) => splitSubEvents(s, clean.text, cues, marksOpenEntries)),
    clean.text,
    dropped
  )
  // a date whose entries all follow as same-day entries (5日 / △ … / △ …) says nothing of its own
  const final = split.filter((s, i) => {
    const from = s.date === null ? s.bodyStart : Math.max(s.date.end, s.bodyStart)
    const body = clean.text.slice(from, s.end)
    const keep = s.title !== null || hanText.test(body)
    if (!keep) dropped.push({ start: s.start, end: s.end, reason: "a date with no text of its own" })
    // a page's excerpt cut in its last entry before the entry says what happened (3日 某县人事): no event
    const cut = keep && i === split.length - 1 && s.title === null && cutBeforeItsVerb(body, cues)
    if (cut) dropped.push({ start: s.start, end: s.end, reason: "the last entry is cut before its verb" })
    return keep && !cut
  })
  // a newspaper's page may hold yesterday's report beside last month's: only a list of entries is one month's
  const slicesOut = format === "chronicle" || format === "plain" ? daysInPageMonth(final, page) : final
  return { format, heading, published: page, recent: reportsRecent(slicesOut, page), contextYears, statedYears, dropped, slices: slicesOut }
}
