// Days of the calendar: which exist, and how a date is written for the records.

/**
 * The years a written date or a chronicle's heading may name: annals of the Republic years (民国元年 = 1912)
 * are dated as any chronicle, and a four-figure number outside these is no year.
 */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 2100
/** Is `year` one a date or a heading may name? */
export const isDatedYear = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR

const pad = (n: number): string => String(n).padStart(2, "0")

/** Does the month have this day (2月30日 does not)? */
export const isValidDay = (year: number | null, month: number, day: number): boolean => {
  const y = year ?? 2000 // a leap year: an unknown year must not rule out 2月29日
  return day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate()
}

/** ISO / EDTF string for a (possibly yearless) date. */
export const isoDate = (year: number | null, month: number | null, day: number | null): string => {
  const y = year === null ? "XXXX" : String(year).padStart(4, "0")
  if (month === null) return y
  return day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`
}
