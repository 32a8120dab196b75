import { findDates } from "../../dates/index.ts"
import { matchPlaceAt, type Gazetteer } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"

/**
 * The place a report was filed from, named in its dateline right before the date (新华社北京3月5日电,
 * 本报成都5月2日讯): where the event happened when the text names no place of its own, as the corpus's
 * annotators read it. `dateline` is the dateline's text alone.
 */
export const datelinePlace = (dateline: string, gazetteer: Gazetteer): Place | null => {
  // the report's date closing the dateline (北京3月5日电, 台北十二月二十八日电)
  const d = findDates(dateline).find((t) => t.month !== null && t.day !== null)
  if (d === undefined) return null
  const before = dateline.slice(0, d.index).trimEnd()
  for (let i = Math.max(0, before.length - 8); i < before.length - 1; i++) {
    const e = matchPlaceAt(gazetteer, before, i, false)
    if (e !== null && i + e.name.length === before.length) return { name: e.name, level: e.level }
  }
  return null
}
