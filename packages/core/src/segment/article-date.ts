import type { PageDate } from "../clean/index.ts"
import type { DateToken } from "../dates/index.ts"
import { saysLately, type EntryCues } from "./cues.ts"
import { dateAfterCredit, firstSentenceDate, shift } from "./entry-lines.ts"
import { dateFromPageRelative } from "./page-relative.ts"
import type { Classified } from "./types.ts"

// how far below the headline an undated article's lead is looked for, and in how many paragraphs
const leadLinesRead = 16
const leadParagraphs = 3

/**
 * The date of a single article (its lines below the page's heading, `headline` one of the first of them
 * when they hold one), and the line it was read from: its first dated line, a sentence's opening month and day over a day
 * alone, or a relative day of its lead (昨日) counted from the page's date.
 */
export const articleDate = (
  body: ReadonlyArray<Classified>,
  headline: Classified | null,
  page: PageDate | null,
  cues: EntryCues
): { readonly datedLine: Classified | undefined; readonly date: DateToken | null } => {
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
  const afterHeadline = headline === null ? 0 : body.indexOf(headline) + 1
  const leadParagraph = datedLine === undefined ? body.slice(afterHeadline, leadLinesRead).find((l) => /[。！？!?]/.test(l.text)) : undefined
  const leadLine = leadParagraph !== undefined && saysLately(leadParagraph.text.slice(0, leadParagraph.text.search(/[。！？!?]/)), cues) ? leadParagraph : undefined
  const sentenceDated =
    datedLine !== undefined && dayOnly
      ? firstSentenceDate(body, datedLine.start)
      : leadLine !== undefined
        ? firstSentenceDate([leadLine], leadLine.start)
        : leadParagraph !== undefined
          ? dateAfterCredit(leadParagraph)
          : null
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
  // the lead is the first paragraph below the headline; a photo caption may stand before it, and
  // lines that hold no sentence (a subtitle, 专题:…, CCTV.com消息:) are passed over
  let dated: DateToken | null = null
  if (date === null && page !== null) {
    let paragraphs = 0
    for (const l of body.slice(afterHeadline, leadLinesRead)) {
      if (!/[。！？!?]/.test(l.text)) continue
      dated = dateFromPageRelative(l.text, l.start, page, cues)
      if (dated !== null || ++paragraphs === leadParagraphs) break
    }
  }
  return { datedLine, date: date ?? dated }
}
