import { listNumber } from "../clean/list-number.ts"
import type { DocumentFormat } from "../schema/event.ts"
import { openingSetOffYear } from "../dates/set-off-year.ts"
import type { Classified } from "./types.ts"

/**
 * What a document is, from the shapes of its lines: a newspaper's page (datelines), a chronicle (titled
 * entries), a plain list of dated lines, or one article.
 */
export const detectFormat = (lines: ReadonlyArray<Classified>): DocumentFormat => {
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
 * the day's activities), or over items that open with their years (6月2日 / 【1983年】… / 【2004年】…: what
 * happened on this day), is a list of events, not one article.
 */
const numberedUnderDate = (lines: ReadonlyArray<Classified>): boolean => {
  const at = lines.findIndex((l) => l.k.kind === "dated" && l.k.alone === true)
  if (at < 0) return false
  const items = lines.slice(at + 1).map((l) => l.text.trimStart())
  return items.filter((t) => listNumber.test(t)).length >= 2 || items.filter((t) => openingSetOffYear(t) !== null).length >= 2
}
