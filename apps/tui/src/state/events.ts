import type { Event } from "@dashiji/core"
import { isoDayLabel, kinds } from "../labels.ts"
import { displayedMonths, displayedPeople, displayedPlaces, plainPinyin } from "./lists.ts"
import { cached, memo } from "./memo.ts"
import { layoutOf } from "./panes.ts"
import type { EventSort, Filters, ListQuery, State } from "./types.ts"

/** The event list: which query it answers, its rows in the chosen order, and what more to load. */

export const hasFilter = (f: Filters): boolean => f.q !== undefined || f.person !== undefined || f.place !== undefined

/** The query behind the event list, or undefined when there is nothing to list yet. */
export const listQuery = (s: State): ListQuery | undefined => {
  const kind = s.filters.kind
  if (hasFilter(s.filters)) return { type: "filter", filter: { ...s.filters } }
  switch (s.view) {
    case "months": {
      const m = displayedMonths(s)[s.months.sel]
      return m === undefined ? undefined : { type: "filter", filter: { month: m.month, ...(kind ? { kind } : {}) } }
    }
    case "people": {
      const p = displayedPeople(s)[s.people.sel]
      return p === undefined ? undefined : { type: "filter", filter: { person: p.name, ...(kind ? { kind } : {}) } }
    }
    case "places": {
      const p = displayedPlaces(s)[s.places.sel]
      return p === undefined ? undefined : { type: "places", names: p.names, ...(kind ? { kind } : {}) }
    }
    case "timeline":
      return s.timeline.day === null ? undefined : { type: "day", day: s.timeline.day, ...(kind ? { kind } : {}) }
  }
}
export const queryKey = (q: ListQuery | undefined): string => (q === undefined ? "" : JSON.stringify(q))

const eventsMemo = memo<ReadonlyArray<Event>, ReadonlyArray<Event>>()
const kindOrder = new Map(kinds.map((k, i) => [k, i]))
const leadOf = (e: Event) => e.people.find((p) => p.role === "lead") ?? e.people.find((p) => p.role === "met") ?? e.people[0]
export const sortEvents = (items: ReadonlyArray<Event>, sort: EventSort): ReadonlyArray<Event> =>
  cached(eventsMemo, items, sort, () => {
    if (sort === "date") return items
    if (sort === "date-desc") return [...items].reverse()
    const byDate = (a: Event, b: Event) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id)
    if (sort === "kind") return [...items].sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || byDate(a, b))
    const key = (e: Event) => plainPinyin(leadOf(e)?.pinyin ?? "~")
    return [...items].sort((a, b) => key(a).localeCompare(key(b)) || byDate(a, b))
  })

/** The rows of the event list as shown: those of the current query only, in the chosen order. */
export const displayedEvents = (s: State): ReadonlyArray<Event> => (s.list.key === queryKey(listQuery(s)) ? sortEvents(s.list.items, s.sort) : [])
export const currentEvent = (s: State): Event | undefined => displayedEvents(s)[s.sel]
export const listLoading = (s: State): boolean => s.list.key !== queryKey(listQuery(s)) || s.list.loading

/** Whether more pages are wanted now: near the end of the rows, or for a sort, a jump or G that needs them all. */
export const needMore = (s: State): boolean => {
  if (listLoading(s) || s.list.nextCursor === null) return false
  if (s.sort !== "date" || s.toEnd) return true
  if (s.jump !== null) {
    const last = s.list.items[s.list.items.length - 1]
    return last === undefined || last.date.start < s.jump
  }
  const rows = layoutOf(s).events?.h ?? 10
  return s.sel >= s.list.items.length - Math.max(5, rows)
}

/** The row to select for a date: the earliest event on or after it (in a list by date, its position). */
export const jumpIndex = (rows: ReadonlyArray<Event>, date: string, sort: EventSort): number | undefined => {
  if (sort === "date") {
    const i = rows.findIndex((e) => e.date.start >= date)
    return i === -1 ? undefined : i
  }
  let best: number | undefined
  rows.forEach((e, i) => {
    if (e.date.start >= date && (best === undefined || e.date.start < rows[best]!.date.start)) best = i
  })
  return best
}

/** After rows arrive: a pending jump or G finds its row. */
export const settle = (s: State): State => {
  // rows of another query (or none yet): the jump waits for its own
  if (listLoading(s)) return s
  const rows = displayedEvents(s)
  if (s.toEnd) return { ...s, sel: Math.max(0, rows.length - 1), toEnd: s.list.nextCursor !== null }
  if (s.jump !== null) {
    const i = jumpIndex(rows, s.jump, s.sort)
    if (i !== undefined) return { ...s, sel: i, jump: null }
    if (s.list.nextCursor === null) return { ...s, sel: Math.max(0, rows.length - 1), jump: null, message: rows.length === 0 ? s.message : `${isoDayLabel(s.jump)}之后没有事件` }
  }
  return { ...s, sel: Math.min(s.sel, Math.max(0, rows.length - 1)) }
}
