import { displayWidth } from "./width.ts"
import { type Event, Kind } from "@dashiji/core"

/** What a kind, a role, a merge, a year's source or a warning is called: the one vocabulary, in @dashiji/export. */
export { kindBadge, methodLabel, roleLabel, warningNotes, yearSourceLabel } from "@dashiji/export"
export const kinds: ReadonlyArray<Kind> = Kind.literals

/** 2020-02 → 2020年2月 */
export const monthLabel = (m: string): string => {
  const [y, mm] = m.split("-")
  return mm === undefined ? "日期不详" : `${y === "XXXX" ? "年份不详" : `${y}年`}${Number(mm)}月`
}

export const dayLabel = (e: Event): string => {
  const [, m, d] = e.date.start.split("-")
  if (m === undefined) return "日期不详"
  const start = `${Number(m)}月${d === undefined ? "" : `${Number(d)}日`}`
  if (e.date.end === null) return start
  const [ey, em, ed] = e.date.end.split("-")
  if (ey !== e.date.start.slice(0, 4) && ey !== undefined && em !== undefined) return `${start}至${ey === "XXXX" ? "" : `${ey}年`}${Number(em)}月${ed === undefined ? "" : `${Number(ed)}日`}`
  return em === m ? `${start}至${Number(ed)}日` : `${start}至${Number(em)}月${Number(ed)}日`
}

/** The year of an event as a reader says it: 2020年, 某年 when unknown. */
export const yearLabel = (e: Event): string => (e.date.year.value === null ? "某年" : `${e.date.year.value}年`)

/** A list's date column: with the year whenever the list spans several months or years. */
export const eventDateLabel = (e: Event, withYear: boolean): string => (withYear ? `${yearLabel(e)}${dayLabel(e)}` : dayLabel(e))

/** Whether a list's rows need years on their dates: they fall in more than one month. */
export const spansMonths = (events: ReadonlyArray<Event>): boolean => {
  const first = events[0]?.date.start.slice(0, 7)
  return events.some((e) => e.date.start.slice(0, 7) !== first)
}

/** A month in a narrow column: 2020年2月, 某年12月 (year unknown), 日期不详. */
export const shortMonthLabel = (m: string): string => (m.startsWith("XXXX-") ? `某年${Number(m.slice(5, 7))}月` : monthLabel(m))

/** 2020-02-24 → 2020年2月24日 */
export const isoDayLabel = (day: string): string => {
  const [y, m, d] = day.split("-")
  return `${y === "XXXX" ? "某年" : `${y}年`}${m === undefined ? "" : `${Number(m)}月`}${d === undefined ? "" : `${Number(d)}日`}`
}

export const leadPerson = (e: Event): string => {
  const p = e.people.find((x) => x.role === "lead") ?? e.people.find((x) => x.role === "met") ?? e.people[0]
  return p === undefined ? "" : `${p.titles[0] ?? ""}${p.name}`
}

/** The lead person in at most `width` columns: with the title when it fits, else the name alone (never a title with half a name). */
export const leadPersonIn = (e: Event, width: number): string => {
  const full = leadPerson(e)
  if (displayWidth(full) <= width) return full
  const p = e.people.find((x) => x.role === "lead") ?? e.people.find((x) => x.role === "met") ?? e.people[0]
  return p?.name ?? ""
}
