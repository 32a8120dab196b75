import type { PageDate } from "../clean/chrome.ts"
import type { YearSource } from "../schema/event.ts"
import { isValidDay } from "../dates/index.ts"

export interface YearEvidence {
  readonly stated: number | null
  readonly heading: { readonly year: number; readonly month: number | null } | null
  readonly published: PageDate | null
  readonly officeholder: () => number | null
  /** False for a year in which a titled person of the event held no such office (the roster says). */
  readonly officeAllows?: (year: number) => boolean
  readonly contextYears: ReadonlyArray<number>
  /** Years stated in passing anywhere in the document (2024年工作总结会). */
  readonly statedYears?: ReadonlyArray<number>
  /** The page is a list of entries (a chronicle), published any time after its events. */
  readonly entries?: boolean
  /** Its dated entries all lie within a few weeks before the publication date: the page reports news. */
  readonly recent?: boolean
  /** Years the document can be about, from the dated terms it uses (data/era-terms.tsv). */
  readonly era: { readonly from: number; readonly to: number } | null
  readonly defaultYear: number | null
}

/**
 * The year of a dated mention and where it came from, in order of strength:
 * stated in the event → page heading → publication date (latest year not after publication)
 * → officeholder roster → other dated references in the document (explicit years, and the dated
 * terms it uses: 十三五, 六保 …, which bound the years it can be about) → --year → none.
 */
export const resolveYear = (month: number, day: number | null, ev: YearEvidence): { value: number | null; source: YearSource } => {
  const dayFits = (y: number) => day === null || isValidDay(y, month, day)
  // a year inferred from the page must also fit the offices its people hold there (a repost stamped
  // years after the event names its people by the titles they held then); a page's heading outranks the roster
  const fits = (y: number) => dayFits(y) && (ev.officeAllows === undefined || ev.officeAllows(y))
  if (ev.stated !== null) return { value: ev.stated, source: "text" }
  if (ev.heading !== null && dayFits(ev.heading.year)) {
    // a December entry on a January page belongs to the year before
    const y = ev.heading.month !== null && ev.heading.month <= 2 && month >= 11 ? ev.heading.year - 1 : ev.heading.year
    return { value: y, source: "header" }
  }
  if (ev.published !== null) {
    const p = ev.published
    const after = month > p.month || (month === p.month && (day ?? 1) > p.day)
    const y = after ? p.year - 1 : p.year
    // a chronicle page is often published a year or more after its events: the publication date only
    // bounds the year, and the latest year the page states below that bound is the year it is about;
    // a year stated a decade or more before is history the page tells (1982年被评为劳模), not its entries';
    // a page whose entries all lie weeks before its date reports news, in its publication year
    const stated = ev.entries === true && ev.recent !== true ? latest((ev.statedYears ?? []).filter((s) => s < y && s > y - 10 && fits(s))) : null
    if (stated !== null) return { value: stated, source: "context" }
    if (fits(y)) return { value: y, source: "published" }
  }
  const inEra = (y: number) => ev.era === null || (y >= ev.era.from && y <= ev.era.to)
  const office = ev.officeholder()
  if (office !== null && fits(office) && inEra(office)) return { value: office, source: "officeholder" }
  const dated = ev.contextYears.filter(inEra)
  if (dated.length > 0) {
    const counts = new Map<number, number>()
    for (const y of dated) counts.set(y, (counts.get(y) ?? 0) + 1)
    const best = [...counts.entries()].filter(([y]) => fits(y)).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]
    if (best !== undefined) return { value: best[0], source: "context" }
  }
  const stated = mostStated((ev.statedYears ?? []).filter((y) => inEra(y) && fits(y)))
  if (stated !== null) return { value: stated, source: "context" }
  if (ev.era !== null && ev.era.from === ev.era.to && fits(ev.era.from)) return { value: ev.era.from, source: "context" }
  if (ev.defaultYear !== null && fits(ev.defaultYear)) return { value: ev.defaultYear, source: "default" }
  return { value: null, source: "none" }
}

const latest = (ys: ReadonlyArray<number>): number | null => (ys.length === 0 ? null : Math.max(...ys))

/** The year stated most often; the later one on a tie. */
const mostStated = (ys: ReadonlyArray<number>): number | null => {
  const counts = new Map<number, number>()
  for (const y of ys) counts.set(y, (counts.get(y) ?? 0) + 1)
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]
  return best === undefined ? null : best[0]
}
