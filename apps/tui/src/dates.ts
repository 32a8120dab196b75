/** A date typed after `:`: a day, a month or a year; a missing year is taken from where the user is. */
export interface JumpDate {
  readonly year: number | null
  readonly month: number | null
  readonly day: number | null
}

const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 24, ２４, 二十四, 廿四 → 24 (numbers of days and months; years in Chinese digits 二〇二〇 as well). */
const number = (s: string): number | null => {
  const t = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (/^\d+$/.test(t)) return Number(t)
  if ([...t].every((c) => digits[c] !== undefined) && t.length >= 3) return Number([...t].map((c) => digits[c]).join(""))
  const m = /^([一二两三四五六七八九])?(十|廿)?([一二三四五六七八九])?$/.exec(t)
  if (m === null || t.length === 0) return null
  if (m[2] === undefined) return m[1] !== undefined && m[3] === undefined ? digits[m[1]]! : null
  const tens = m[2] === "廿" ? 2 : m[1] === undefined ? 1 : digits[m[1]]!
  return tens * 10 + (m[3] === undefined ? 0 : digits[m[3]]!)
}

const valid = (d: JumpDate): JumpDate | null =>
  (d.month !== null && (d.month < 1 || d.month > 12)) || (d.day !== null && (d.day < 1 || d.day > 31)) || (d.year !== null && (d.year < 1000 || d.year > 2999)) ? null : d

/** 2020-02-24, 2020/2/24, 20200224, 2020年2月24日, 2月24日, 二月二十四日, 2020-02, 2月, 2020年, 24日 → the parts given. */
export const parseJumpDate = (input: string): JumpDate | null => {
  const s = input.trim().replace(/\s+/g, "")
  if (s.length === 0) return null
  if (/^\d{4}$/.test(s)) return valid({ year: Number(s), month: null, day: null })
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m !== null) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s)
  if (m !== null) return valid({ year: Number(m[1]), month: Number(m[2]), day: m[3] === undefined ? null : Number(m[3]) })
  m = /^(?:([^年]+)年)?(?:([^月]+)月)?(?:([^日号]+)[日号])?$/.exec(s)
  if (m === null || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null
  const part = (x: string | undefined): number | null | undefined => (x === undefined ? null : (number(x) ?? undefined))
  const year = part(m[1])
  const month = part(m[2])
  const day = part(m[3])
  if (year === undefined || month === undefined || day === undefined) return null
  // a day needs its month (24日 alone is taken in the current month by the caller)
  if (year !== null && month === null && day !== null) return null
  return valid({ year, month, day })
}

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * The ISO prefix to jump to: YYYY-MM-DD, YYYY-MM or YYYY. `context` (YYYY-MM…) supplies the year, and for a bare
 * day the month, that the input leaves out.
 */
export const jumpTarget = (d: JumpDate, context: string | undefined): string | null => {
  const cy = context !== undefined && /^\d{4}/.test(context) ? Number(context.slice(0, 4)) : null
  const cm = context !== undefined && /^\d{4}-\d{2}/.test(context) ? Number(context.slice(5, 7)) : null
  const year = d.year ?? cy
  if (year === null) return null
  const month = d.month ?? (d.day !== null ? cm : null)
  if (month === null) return String(year)
  if (d.day === null) return `${year}-${pad(month)}`
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(d.day, last))}`
}

/** Days of a month (1–31). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** YYYY-MM-DD moved by `days`. */
export const addDays = (day: string, days: number): string => {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** YYYY-MM-DD moved by `months`, the day kept where the month has it (31 → 30 or 28). */
export const addMonths = (day: string, months: number): string => {
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = (((m % 12) + 12) % 12) + 1
  return `${year}-${pad(month)}-${pad(Math.min(Number(day.slice(8, 10)), daysInMonth(year, month)))}`
}

/** Monday = 0 … Sunday = 6 (Chinese calendars start the week on Monday). */
export const weekday = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
