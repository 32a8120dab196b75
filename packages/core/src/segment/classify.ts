import { cueRegExp, cueWords } from "../knowledge/cues.ts"
import { photoCredit } from "./photo-credit.ts"
import { findDates, type DateToken } from "../dates/index.ts"
import { looksLikeByline, looksLikeHeadline } from "../clean/line-repair.ts"
import { bundledEntryCues, plannedAt, relativeDayIn, saysLately, type EntryCues } from "./cues.ts"
import { entryOpening } from "./opener.ts"
import { monthSection, pageHeading } from "./heading.ts"

/** What follows a date that opens an entry: punctuation, a time of day, a quoted source, a space. */
const afterLeadDate = cueRegExp`^\s*(?:[,，、:：\s]|${"time-of-day-after-date"}|\d{1,2}\s*[时点:：]|《)`

export type LineKind =
  | { readonly kind: "heading"; readonly year: number; readonly month: number | null }
  | { readonly kind: "filename"; readonly title: string }
  | { readonly kind: "titled"; readonly title: string; readonly date: DateToken }
  | {
      readonly kind: "dated"
      readonly date: DateToken
      readonly dateline: boolean
      readonly alone?: boolean
      /** Where the text starts after a dateline (新华社长沙3月5日电（记者 …）). */
      readonly bodyAt?: number
      /** 是日 / △: the entry has the date of the entry before (the token only marks the place). */
      readonly sameDay?: boolean
      /** A bare day number (1  …): a date only where the month is known. */
      readonly bare?: boolean
    }
  | { readonly kind: "month"; readonly month: number }
  | { readonly kind: "headline" }
  | { readonly kind: "byline" }
  | {
      readonly kind: "text"
      readonly date: DateToken | null
      /** A day without its month in the first sentence (俞正声6日会见…): an article's date, month from its page. */
      readonly day?: DateToken
    }

const extensions = "txt|html?|shtml|docx?|pdf"
const filenameRe = new RegExp(`^(\\d*)(.{4,}?)\\.(?:${extensions})$`, "i")
const fileExtension = new RegExp(`^(?:${extensions})$`, "i")
// 本报讯, 新华社北京3月5日电 (or 十二月二十八日电, as 中新社 wrote until the 2010s), 中评社台北9月18日电, 浙江在线3月25日讯, 你好台湾网台北7月21日消息: an outlet and
// place, the report's date, 电/讯/消息; the reporters' credit in brackets may follow: 本报讯（记者 张华）. Any
// outlet's 讯/消息/电 opens a dateline when the reporters' credit follows it (某某在线消息(记者 某某))
const datelineRe =
  cueRegExp`^(?:本报讯|(?:${"dateline-outlet"})[^,，。]{0,20}?(?:${"dateline-end"})|[^\s,，。:：;；!?！？“”"]{2,20}?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:${"dated-dateline-end"})|${"dateline-bare-outlet"}|【?[^\s,，。:：;；!?！？“”"【】]{2,12}?(?:${"dated-dateline-end"})】?(?=\s*[(（][^()（）]{0,20}?(?:${"reporter-role"}))|【[^\s,，。:：;；!?！？“”"【】]{2,12}?(?:${"dated-dateline-end"})】)\s*(?:[(（][^()（）]{0,40}[)）])?\s*[(（]?`

const pageDatePrefix = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+[-–—]\s+(?=\S)/

const shiftToken = (d: DateToken, by: number): DateToken => ({ ...d, index: d.index + by, end: d.end + by })
/** The kind of a line's tail, with its offsets made the line's own. */
const shiftKind = (k: LineKind, by: number): LineKind => {
  switch (k.kind) {
    case "titled":
      return { ...k, date: shiftToken(k.date, by) }
    case "dated":
      return { ...k, date: shiftToken(k.date, by), bodyAt: (k.bodyAt ?? 0) + by }
    case "text":
      return { ...k, date: k.date === null ? null : shiftToken(k.date, by), ...(k.day !== undefined ? { day: shiftToken(k.day, by) } : {}) }
    default:
      return k
  }
}

/** The date `n` days before a report's date (across a month's end; an unknown year counts as not leap). */
export const daysBefore = (d: DateToken, n: number): DateToken => {
  if (n === 0 || d.month === null || d.day === null) return { ...d, endYear: null, endMonth: null, endDay: null }
  const t = new Date(Date.UTC(d.year ?? 2001, d.month - 1, d.day - n))
  const yearChanged = t.getUTCFullYear() !== (d.year ?? 2001)
  return {
    ...d,
    year: d.year === null ? null : t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    endYear: null,
    endMonth: null,
    endDay: null,
    // a year unknown: counting back past 1月1日 lands in December, forward past 12月31日 in January
    ...(yearChanged && d.year === null ? { month: n > 0 ? 12 : 1 } : {})
  }
}

/** A day without its month, read in the month of a report dated `ref` (the day is not after it). */
export const inMonthOf = (d: DateToken, ref: DateToken): DateToken => {
  const month = ref.month!
  const before = ref.day !== null && d.day !== null && d.day > ref.day
  const m = before ? (month === 1 ? 12 : month - 1) : month
  // the year stays the extractor's to justify (a dateline seldom states one)
  return { ...d, month: m }
}

/** What may follow a date that stands alone on its line (an entry's date above its text): a weekday. */
const aloneTail = /^\s*(?:[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*[,，:：。]?\s*$/

/**
 * Classifies one paragraph by its shape alone. The first-sentence date of a plain line is reported
 * so that the segmenter can decide, per format, whether it opens an event.
 */
// a short label and a colon (文章简介:, 摘要：) — what a page puts before the summary it repeats from the text
const summaryLabel = /^[^\s\d:：,，。;；!?！？“”"（）()【】]{2,6}[:：]\s*/
/** How long the dateline is that opens `text` (本报讯（记者 某某）), or 0. */
export const datelineLength = (text: string): number => datelineRe.exec(text.trim())?.[0].length ?? 0

/** The line `text` (trimmed: `t`) classified on what follows its first `skip` characters, offsets still the line's. */
const classifyPast = (text: string, t: string, skip: number, isFirst: boolean, cues: EntryCues): LineKind =>
  shiftKind(classifyLine(t.slice(skip), isFirst, cues), skip + (text.length - text.trimStart().length))

// 会议现场。本报记者 王某 摄: a caption's sentence, then its credit (a role, a name or two, 摄) set off by a space
// or the caption's full stop
const photoCaption = new RegExp(`^[^。！？!?]{1,120}[。！？]\\s*${photoCredit.source}(?=\\s*\\S)\\s*|^[^。！？!?]{1,120}\\s+${photoCredit.source}(?=\\s*\\S)\\s*`, "u")
const creditEnds = cueWords("photo-credit-end")
/**
 * Where a paragraph's own text starts past the photo captions a page set before it on the same line (会议现场。
 * 本报记者 王某 摄 1月15日上午,…): an article's lead is the sentence after them. 0 when none.
 */
const pastCaptions = (t: string): number => {
  // most lines hold no credit: one substring test each spares them the pattern
  const head = t.slice(0, 400)
  if (!creditEnds.some((w) => head.includes(w))) return 0
  let at = 0
  for (let n = 0; n < 3; n++) {
    const m = photoCaption.exec(t.slice(at, at + 200))
    if (m === null) break
    at += m[0].length
  }
  return at
}

const bracketedCredit = /^[（(][^()（）]{1,30}[)）]\s*/
export const classifyLine = (text: string, isFirst: boolean, cues: EntryCues = bundledEntryCues()): LineKind => {
  const t = text.trim()
  const heading = pageHeading(t, cues)
  if (heading !== null) return { kind: "heading", year: heading.year, month: heading.month }
  const month = monthSection(t, cues)
  if (month !== null) return { kind: "month", month }
  // a file name ends in its extension: the expression is tried only on a line that does
  if (isFirst && fileExtension.test(t.slice(t.lastIndexOf(".") + 1))) {
    const f = filenameRe.exec(t)
    if (f !== null && !/[年月日]/.test(t.slice(f[1]!.length, f[1]!.length + 1))) return { kind: "filename", title: f[2]!.trim() }
  }
  // (记者 某某)1月19日下午,…: a web copy that dropped the outlet before the reporters' credit; the lead
  // goes on after the credit's bracket on the same line
  const credit = bracketedCredit.exec(t)
  if (credit !== null && looksLikeByline(t) && /[。！？!?]/.test(t.slice(credit[0].length))) return classifyPast(text, t, credit[0].length, isFirst, cues)
  if (looksLikeByline(t) && t.length <= 60) return { kind: "byline" }
  // 2020年5月6日 - 某市…: a search result's page date, set off by a spaced dash; the text after it is
  // classified on its own (its own date, a dateline, or none)
  const paged = pageDatePrefix.exec(t)
  if (paged !== null && text.length > paged[0].length) return classifyPast(text, t, paged[0].length, false, cues)
  // ????某某网讯…: characters a bad conversion turned into ? (an indent of ideographic spaces) open the line
  const lost = /^[?？\uFFFD]{2,}\s*/.exec(t)
  if (lost !== null && t.length > lost[0].length)
    return classifyPast(text, t, lost[0].length, isFirst, cues)
  // 文章简介:中新网9月18日电 …: a page's summary label before a dateline; the dateline is read as one
  const label = summaryLabel.exec(t)
  if (label !== null && datelineRe.test(t.slice(label[0].length)))
    return classifyPast(text, t, label[0].length, false, cues)
  const opening = entryOpening(t, cues)
  if (opening !== null) {
    const { date, bodyAt, sameDay, bare, alone } = opening
    if (alone && !sameDay && !bare) return { kind: "dated", date, dateline: false, alone: true }
    return { kind: "dated", date, dateline: false, bodyAt, ...(sameDay ? { sameDay } : {}), ...(bare ? { bare } : {}) }
  }
  const head = t.slice(0, 200)
  const dates = findDates(head).filter((d) => d.day !== null)
  const dl = datelineRe.exec(t)
  const leadAt = dl === null ? 0 : dl[0].length
  // 新华社长沙3月5日电（记者 …）湖南省委常委会3月4日召开会议: the dateline's date is the report's, the
  // first date after it the event's
  if (dl !== null && dates.length > 0 && dates[0]!.end <= leadAt) {
    const sentenceEnd = t.slice(leadAt).search(/[。！？!?]/)
    const limit = sentenceEnd < 0 ? t.length : leadAt + sentenceEnd
    const report = dates.find((d) => d.end <= leadAt && d.month !== null)
    const event = dates.find((d) => d.index >= leadAt && d.index < limit && (d.month !== null || report !== undefined))
    if (event !== undefined) {
      // 18日上午 after 9月18日电: the day in the dateline's month (or the month before, 30日 after 2日电)
      const date = event.month === null && report !== undefined && report.month !== null && event.day !== null ? inMonthOf(event, report) : event
      return { kind: "dated", date, dateline: true, bodyAt: leadAt }
    }
    // nothing dated in the lead sentence: the report's date is the event's, unless the lead says the thing
    // happened lately (某某网6月3日讯 近日,…): then it has no date of its own
    if (report !== undefined) {
      if (saysLately(t.slice(leadAt, limit), cues)) return { kind: "text", date: null }
      // 杜某昨抵台 in a report dated the 18th: the day the word names, counted back from the dateline
      const rel = relativeDayIn(t.slice(leadAt, limit), cues)
      if (rel !== null && report.day !== null) {
        const at = leadAt + rel.at
        // a word naming no count (当天) is the report's own day, as it read before relative-named words had none
        return { kind: "dated", date: { ...daysBefore(report, rel.daysBefore ?? 0), index: at, end: at + rel.word.length, text: rel.word }, dateline: true, bodyAt: leadAt }
      }
      return { kind: "dated", date: report, dateline: true, bodyAt: leadAt }
    }
  }
  const first = dates[0]
  // 3月2日至3日 on a line of its own: the date of the text below it
  if (first !== undefined && first.index === 0 && dl === null && aloneTail.test(t.slice(first.end))) {
    return { kind: "dated", date: first, dateline: false, alone: true }
  }
  if (first !== undefined && first.index <= leadAt + 2 && afterLeadDate.test(t.slice(first.end)) && !plannedAt(t, first.index, cues)) {
    return { kind: "dated", date: first, dateline: dl !== null, ...(dl !== null ? { bodyAt: leadAt } : {}) }
  }
  for (const d of dates) {
    const prefix = t.slice(0, d.index)
    if (prefix.length < 4 || prefix.length > 120) continue
    if (/[。；;！？!?]/.test(prefix)) break
    // titles may hold commas (…态势,研究部署…工作 2月17日), but then the date must be set off by a space
    if (/[,，]/.test(prefix) && !/\s$/.test(prefix)) break
    // a chronicle title is set off from its date by a space or a closing quote/bracket
    if (!/[\s”"》）)」』]$/.test(prefix)) continue
    // …or a list page's item: the title, then its date closing the line (省委常委会召开会议 2023-03-06)
    if (!afterLeadDate.test(t.slice(d.end)) && t.slice(d.end).trim() !== "") continue
    return { kind: "titled", title: prefix.trim(), date: d }
  }
  if (looksLikeHeadline(t)) return { kind: "headline" }
  // a date in the first sentence (…第二十一次会议11月28日在郑州闭幕): an event stated mid-sentence
  const sentenceEnd = t.search(/[。！？!?]/)
  const firstSentence = sentenceEnd < 0 ? t : t.slice(0, sentenceEnd)
  let own = dates.filter((d) => d.index < firstSentence.length && d.index <= 80 && !plannedAt(t, d.index, cues))
  // 本报讯 寒冬送温暖。带着党和政府的关怀,1月6日上午,…: a short scene-setting sentence
  // before the lead; the lead's date is in the second sentence
  if (own.length === 0 && sentenceEnd >= 0 && sentenceEnd - leadAt <= 24) {
    const second = t.slice(sentenceEnd + 1).search(/[。！？!?]/)
    const limit = second < 0 ? t.length : sentenceEnd + 1 + second
    own = dates.filter((d) => d.index > sentenceEnd && d.index < limit && d.month !== null && d.index - sentenceEnd <= 30 && !plannedAt(t, d.index, cues))
  }
  // no date in the first sentence: the first one may be a photo's caption, the lead after its credit
  if (own.length === 0) {
    const lead = pastCaptions(t)
    if (lead > 0) {
      const rest = classifyPast(text, t, lead, false, cues)
      if (rest.kind === "dated" || (rest.kind === "text" && (rest.date !== null || rest.day !== undefined))) return rest
    }
  }
  const inSentence = own.find((d) => d.month !== null)
  const day = inSentence === undefined ? own.find((d) => d.day !== null) : undefined
  return { kind: "text", date: inSentence ?? null, ...(day !== undefined ? { day } : {}) }
}
