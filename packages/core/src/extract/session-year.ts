import { sessionYears } from "../dates/index.ts"

/**
 * The year of an event that names the numbered session of the National People's Congress or the CPPCC it
 * took place at (十四届全国人大三次会议某代表团举行开放团组会议, 3月6日): the session's year, as surely as a
 * year written out. Read only in the event's first sentence, and only for a date in the sessions' months
 * (they meet in the first quarter): a session named later in the year, or in a later sentence, is one the
 * text refers to, not where the event happened.
 */
export const sessionYearOf = (text: string, month: number): number | null => {
  if (month > LAST_SESSION_MONTH) return null
  const stop = text.search(/[。！？!?\n]/)
  const years = new Set(sessionYears(stop < 0 ? text : text.slice(0, stop)))
  return years.size === 1 ? [...years][0]! : null
}

/** The annual sessions meet in March (a few in late February or early April, none later). */
const LAST_SESSION_MONTH = 4
