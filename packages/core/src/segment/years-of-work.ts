import { findWorkYears, yearOfWork } from "../dates/index.ts"
import type { Slice } from "./types.ts"

/**
 * The years a text's entries give by the work they name with a year (研究2011年工作要点 in a December
 * entry: 2010), each read with the month of the entry it stands in; a year named in no dated entry is the
 * year it names, as any year stated in passing.
 */
export const yearsOfWork = (text: string, slices: ReadonlyArray<Slice>): Array<number> =>
  findWorkYears(text).map((w) => {
    const month = slices.find((s) => s.start <= w.at && w.at < s.end)?.date?.month ?? null
    return month === null ? w.year : yearOfWork(w, month)
  })
