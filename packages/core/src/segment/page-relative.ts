import type { PageDate } from "../clean/chrome.ts"
import type { DateToken } from "../dates/index.ts"
import { daysBefore } from "./classify.ts"
import { type EntryCues, relativeDayIn } from "./cues.ts"

/**
 * 某某昨在福州会见… in an article with no date of its own but a publication date (a page stamp, 时间:…):
 * a paper's 昨日 and 前天 count back from the day it was published, its 今天 is that day. Only the first
 * sentences of the lead are read (a photo caption may come first; a later 昨日 may be quoted speech);
 * 当天 names a day the text named before, so a lead that opens with it has no date of its own. The
 * year is left to the year resolver, which knows the page was published on or after the event.
 */
export const dateFromPageRelative = (lead: string, leadAt: number, page: PageDate, cues: EntryCues): DateToken | null => {
  let from = 0
  for (let n = 0; n < leadSentences && from < lead.length; n++) {
    const stop = lead.slice(from).search(/[。！？!?]/)
    const end = stop < 0 ? lead.length : from + stop + 1
    const rel = relativeDayIn(lead.slice(from, end), cues)
    if (rel !== null) {
      if (rel.daysBefore === null) return null
      const at = leadAt + from + rel.at
      const ref: DateToken = { index: at, end: at + rel.word.length, text: rel.word, year: page.year, month: page.month, day: page.day, endYear: null, endMonth: null, endDay: null }
      return { ...daysBefore(ref, rel.daysBefore), year: null }
    }
    from = end
  }
  return null
}

const leadSentences = 3
