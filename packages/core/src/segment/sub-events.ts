import { findDates } from "../dates/index.ts"
import type { Slice } from "./types.ts"
import { cueRegExp } from "../knowledge/cues.ts"
import { bundledEntryCues, type EntryCues, statesOwnEvent } from "./cues.ts"
import { daysBefore } from "./classify.ts"

// 2月20日《河南日报》报道:… — the date of a report, not of the event
const reportOfDate = cueRegExp`^\s*(?:《[^》]{1,20}》)?\s*(?:${"report-of-date"})`
// what follows a date that opens a sentence as an entry's date does (6日,…, 5月18日晚,…, 3月7日“某某日”,…)
const sentenceDate = cueRegExp`^\s*(?:[,，\s“"]|(?:${"time-of-day-after-date"})[,，\s])`

/**
 * A chronicle entry sometimes reports a second, later event in its body as a new sentence that opens
 * with its own day (…确保群众的健康安全。6日 陈立平到…). Such a sentence starts a mention of its own;
 * dates inside a sentence (赵明亮指出,2月3日,习近平…) are background and stay.
 */
const sameDayOpening = cueRegExp`^(?:${"same-day-paragraph"})(?:${"time-of-day-after-date"})?[,，]`

const nextDayOpening = cueRegExp`^(?:${"next-day-paragraph"})(?:${"time-of-day-after-date"})?[,，]`

/**
 * 当天下午,某某接见了… / 次日上午,代表团参观了…: a paragraph that opens with the day of the one before (or the
 * day after it) and says what happened: how long its opening is and how many days after the paragraph before.
 */
export const relativeLead = (paragraph: string, cues: EntryCues): { readonly length: number; readonly daysAfter: number } | null => {
  const same = sameDayOpening.exec(paragraph)
  const next = same === null ? nextDayOpening.exec(paragraph) : null
  const m = same ?? next
  if (m === null) return null
  const line = paragraph.split("\n")[0] ?? ""
  return statesOwnEvent(line.slice(m[0].length), cues) ? { length: m[0].length, daysAfter: same !== null ? 0 : 1 } : null
}

export const splitSubEvents = (slice: Slice, text: string, cues: EntryCues = bundledEntryCues(), marksOpenEntries = false): Array<Slice> => {
  if (slice.date === null) return [slice]
  const out: Array<Slice> = []
  const bodyFrom = slice.date.end
  const body = text.slice(bodyFrom, slice.end)
  // a semicolon too: an itinerary written as one sentence (5月13日,…；14日,…；15日,…) lists a day per clause
  const opener = /[。！？!?；;]\s*/g
  let current: Slice = slice
  // "2月20日《河南日报》报道:…" opens with the date of a report; the event's own date comes later
  let reportDate = reportOfDate.test(body)
  for (let m = opener.exec(body); m !== null; m = opener.exec(body)) {
    const at = m.index + m[0].length
    // the mention before ends with its sentence, not with the line break and indent after it (its span in
    // the raw text would reach into the next paragraph)
    const sentenceEnd = bodyFrom + m.index + 1
    const ahead = body.slice(at, at + 24)
    // a paragraph of the same day that states an occasion of its own (当天下午,某某接见了…)
    if (body[at - 1] === "\n" && current.date !== null) {
      const lead = relativeLead(body.slice(at, at + 200), cues)
      // the day after a range, or after a date without its day, is not one day
      // (nor, with the year unknown, the day after 12月31日)
      const counts =
        lead !== null &&
        (lead.daysAfter === 0 ||
          (current.date.day !== null && current.date.endDay === null && !(current.date.year === null && current.date.month === 12 && current.date.day === 31)))
      if (lead !== null && counts) {
        const start = bodyFrom + at
        out.push({ ...current, end: sentenceEnd })
        const day = lead.daysAfter === 0 ? current.date : daysBefore(current.date, -lead.daysAfter)
        current = { start, end: slice.end, title: null, bodyStart: start, date: { ...day, endYear: null, endMonth: null, endDay: null, index: start, end: start + lead.length }, section: slice.section, ...(slice.heading === undefined ? {} : { heading: slice.heading }), warnings: [] }
        continue
      }
    }
    // …领导小组成立。 △ 区委印发…: a chronicle printed on one line; the mark opens another entry of the day
    // (on a paper's page, ▲ opens a photo's caption)
    if (marksOpenEntries && current.date !== null && !m[0].includes("\n") && cues.sameDayMarks.includes(body[at] ?? "") && (body.slice(at + 1, at + 12).match(/\p{Script=Han}/gu)?.length ?? 0) >= 4) {
      const start = bodyFrom + at
      out.push({ ...current, end: sentenceEnd })
      current = { start, end: slice.end, title: null, bodyStart: start + 1, date: { ...current.date, endYear: null, endMonth: null, endDay: null, index: start, end: start + 1, text: body[at]! }, section: slice.section, ...(slice.heading === undefined ? {} : { heading: slice.heading }), warnings: [] }
      continue
    }
    const d = findDates(ahead)[0]
    if (d === undefined || d.index !== 0 || d.day === null) continue
    // 6日,… / 5月18日晚,… / 3月7日“媒体开放日”,…: the date opens the sentence as an entry's date does
    if (!sentenceDate.test(ahead.slice(d.end))) continue
    const start = bodyFrom + at
    const month = d.month ?? current.date?.month ?? null
    if (reportDate) {
      reportDate = false
      current = { ...current, date: { ...d, month, endMonth: d.endDay === null ? null : (d.endMonth ?? month), index: start + d.index, end: start + d.end } }
      continue
    }
    out.push({ ...current, end: sentenceEnd })
    current = {
      start,
      end: slice.end,
      title: null,
      bodyStart: start,
      date: { ...d, month, endMonth: d.endDay === null ? null : (d.endMonth ?? month), index: start + d.index, end: start + d.end },
      section: slice.section,
      ...(slice.heading === undefined ? {} : { heading: slice.heading }),
      warnings: []
    }
  }
  out.push(current)
  return out
}
