import { gluedDayRange, withBareDayLines, withBareMonthSections, withBareYearHeadings } from "./bare-month.ts"
import type { CleanText } from "../clean/index.ts"
import { anchoredYears, findDatedYears, findStatedYears, type DateToken } from "../dates/index.ts"
import { classifyLine, daysBefore } from "./classify.ts"
import { splitLines } from "./lines.ts"
import { attachesToPrevious } from "./continuation.ts"
import { relativeLead, splitSubEvents } from "./sub-events.ts"
import { bundledEntryCues, statesOwnEvent } from "./cues.ts"
import type { Classified, Segmented, Slice } from "./types.ts"
import { detectFormat } from "./format.ts"
import { ownParagraph, pageRelative, recordStampOver, sentenceEnd, shift } from "./entry-lines.ts"
import { articleDate } from "./article-date.ts"
import { undatedHeadline, withDatedHeadlines } from "./dated-headlines.ts"
import { articleHeadline } from "./article-headline.ts"
import { withTextOfTheirOwn } from "./empty-entries.ts"
import type { Warning } from "../schema/event.ts"
import { daysInPageMonth } from "./day-list-month.ts"
import { reportsRecent } from "./recent-report.ts"
import { withGluedMonthDays } from "./glued-month-day.ts"
import { yearsOfWork } from "./years-of-work.ts"

export type { Segmented, Slice, DocumentContext } from "./types.ts"

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
  const headingAt = headingLine?.start
  const lines = withGluedMonthDays(withBareDayLines(classified, heading?.month ?? null), heading?.month ?? null)
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
  // the page sets its months as sections (a line 一月, 2月 over the days)
  let monthSections = false
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
      // the entries after a range across months (5月30日~6月5日) go on in the month it ends in
      // (in a page of month sections, a date stated inside a paragraph, 某会议于2月8日开幕, dates its entry but
      // not the day entries after it: they stay in the section's month)
      const insideParagraph = monthSections && dateIn !== null && dateIn.index > bodyStart
      if (date.month !== null && !insideParagraph) currentMonth = date.endDay !== null && date.endMonth !== null ? date.endMonth : date.month
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
      const headline = articleHeadline(body)
      const startLine = body[0]!
      const { datedLine, date } = articleDate(body, headline, clean.published ?? clean.stamp, cues)
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
      open(startLine.start, title, headline !== null ? (body[body.indexOf(headline) + 1]?.start ?? headline.end) : lead, date)
      extend(body[body.length - 1]!.end)
    }
    // an article may report a later event in a sentence that opens with its own date (…。5月18日晚,…)
    return {
      format,
      heading,
      ...(headingAt === undefined ? {} : { headingAt }),
      published: clean.published ?? clean.stamp,
      contextYears,
      statedYears: [...statedYears, ...yearsOfWork(clean.text, slices)],
      dropped,
      slices: slices.flatMap((s) => splitSubEvents(s, clean.text, cues, marksOpenEntries))
    }
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
    // 当天,来自各地的民众…: a paragraph of a dated list that opens with the day of the one before (or the day
    // after it) and says what happened is an entry of that day, as in a report (sub-events.ts)
    const relative = before === null ? null : relativeLead(l.text, cues)
    if (before !== null && relative !== null && (relative.daysAfter === 0 || (before.day !== null && before.endDay === null))) {
      const day = relative.daysAfter === 0 ? before : daysBefore(before, -relative.daysAfter)
      open(l.start, null, l.start + relative.length, { ...day, endYear: null, endMonth: null, endDay: null, index: l.start, end: l.start + relative.length, text: l.text.slice(0, relative.length) })
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
        monthSections = true
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
  const final = withTextOfTheirOwn(split, clean.text, cues, dropped)
  // a newspaper's page may hold yesterday's report beside last month's: only a list of entries is one month's
  const slicesOut = format === "chronicle" || format === "plain" ? daysInPageMonth(final, page) : final
  const years = [...statedYears, ...yearsOfWork(clean.text, slicesOut)]
  return { format, heading, ...(headingAt === undefined ? {} : { headingAt }), published: page, recent: reportsRecent(slicesOut, page), contextYears, statedYears: years, dropped, slices: slicesOut }
}
