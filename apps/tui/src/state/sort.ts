import { viewLabel } from "../layout.ts"
import { currentEvent, displayedEvents } from "./events.ts"
import { countSortLabel, eventSortLabel, monthSortLabel } from "./heading.ts"
import { displayedMonths, displayedPeople, displayedPlaces } from "./lists.ts"
import { setCountList } from "./navigate.ts"
import { calendarKey } from "./timeline.ts"
import type { CountSort, EventSort, MonthSort, State } from "./types.ts"

/** `s`: the next order of the focused list, keeping the selected row selected. */

const next = <A>(order: ReadonlyArray<A>, current: A): A => order[(order.indexOf(current) + 1) % order.length]!

const sortMonths = (s: State): State => {
  const sort = next<MonthSort>(["date", "date-desc", "count"], s.months.sort)
  const month = displayedMonths(s)[s.months.sel]?.month
  const sorted = { ...s, months: { ...s.months, sort } }
  const sel = Math.max(0, displayedMonths(sorted).findIndex((m) => m.month === month))
  return { ...sorted, months: { ...sorted.months, sel }, message: `月份排序：${monthSortLabel[sort]}` }
}

const sortCounts = (s: State, view: "people" | "places"): State => {
  const rows = (x: State): ReadonlyArray<{ readonly name: string }> => (view === "people" ? displayedPeople(x) : displayedPlaces(x))
  const sort: CountSort = s[view].sort === "count" ? "pinyin" : "count"
  const name = rows(s)[s[view].sel]?.name
  const sorted = setCountList(s, view, { sort })
  const sel = Math.max(0, rows(sorted).findIndex((r) => r.name === name))
  return { ...setCountList(sorted, view, { sel }), message: `${viewLabel[view]}排序：${countSortLabel[sort]}` }
}

const sortEventList = (s: State): State => {
  const sort = next<EventSort>(["date", "date-desc", "kind", "person"], s.sort)
  const id = currentEvent(s)?.id
  const sorted = { ...s, sort }
  const i = displayedEvents(sorted).findIndex((e) => e.id === id)
  return { ...sorted, sel: Math.max(0, i), message: `事件排序：${eventSortLabel[sort]}${s.list.nextCursor !== null ? "（载入全部后排序）" : ""}` }
}

export const cycleSort = (s: State): State => {
  if (s.focus !== "nav") return sortEventList(s)
  if (s.view === "months") return sortMonths(s)
  if (s.view === "people" || s.view === "places") return sortCounts(s, s.view)
  return calendarKey(s, "s", {})
}
