import type { Focus, View } from "../layout.ts"
import { currentEvent, displayedEvents, hasFilter } from "./events.ts"
import { displayedMonths, displayedPeople, displayedPlaces } from "./lists.ts"
import { layoutOf, rowsOf } from "./panes.ts"
import { detailLineCount, sourceView } from "./source-view.ts"
import { calendarKey } from "./timeline.ts"
import { clamp, type CountSort, type State } from "./types.ts"

/** Moving around: views, panes (list → events → detail → source and back) and rows within a pane. */

/** Changes the people or places list's selection, order or narrowing. */
export const setCountList = (s: State, view: "people" | "places", patch: { readonly sel?: number; readonly sort?: CountSort; readonly narrow?: string }): State =>
  view === "people" ? { ...s, people: { ...s.people, ...patch } } : { ...s, places: { ...s.places, ...patch } }

/** Sets the people or places list's narrowing (and keeps its prompt open while typing). */
export const narrow = (s: State, view: "people" | "places", value: string, open: boolean): State => ({
  ...setCountList(s, view, { narrow: value, sel: 0 }),
  prompt: open ? { kind: "narrow", value } : null
})

export const switchView = (s: State, view: View): State => {
  const base: State = { ...s, view, focus: "nav", filters: s.filters.kind === undefined ? {} : { kind: s.filters.kind }, sel: 0, jump: null, toEnd: false }
  if (view === "timeline") {
    // the calendar opens on the day being read, else the selected month, else the first dated month
    const e = currentEvent(s)
    const fromEvent = e !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(e.date.start) ? e.date.start : undefined
    const m = displayedMonths(s)[s.months.sel]?.month
    const fromMonth = m !== undefined && /^\d{4}-\d{2}$/.test(m) ? `${m}-01` : undefined
    const firstDated = s.months.items.find((x) => /^\d{4}-\d{2}$/.test(x.month))?.month
    const day = s.view === "timeline" ? s.timeline.day : (fromEvent ?? fromMonth ?? s.timeline.day ?? (firstDated === undefined ? null : `${firstDated}-01`))
    return { ...base, timeline: { ...s.timeline, day } }
  }
  if (view === "months" && s.view === "timeline" && s.timeline.day !== null) {
    const i = displayedMonths(s).findIndex((m) => m.month === s.timeline.day!.slice(0, 7))
    if (i >= 0) return { ...base, months: { ...s.months, sel: i } }
  }
  return base
}

/** One pane further in; the source view only on Enter or o (→ stops at the detail). */
export const forward = (s: State, open: boolean): State => {
  if (s.focus === "nav") return { ...s, focus: "events" }
  if (s.focus === "events") return currentEvent(s) === undefined ? s : { ...s, focus: "detail" }
  if (s.focus === "detail" && open) return currentEvent(s) === undefined ? s : { ...s, focus: "source", source: { ...s.source, index: 0, scroll: null } }
  return s
}

/** One pane back; on the view's own list, Esc clears a filter, then the narrowing. */
export const back = (s: State): State => {
  if (s.focus === "source") return { ...s, focus: "detail" }
  if (s.focus === "detail") return { ...s, focus: "events" }
  if (hasFilter(s.filters) || s.filters.kind !== undefined) return { ...s, filters: {}, sel: 0 }
  if (s.focus === "events") return { ...s, focus: "nav" }
  if ((s.view === "people" || s.view === "places") && s[s.view].narrow.length > 0) return narrow(s, s.view, "", false)
  return s
}

export const tab = (s: State, backwards: boolean): State => {
  const has = currentEvent(s) !== undefined
  const order: Array<Focus> = has ? ["nav", "events", "detail"] : ["nav", "events"]
  const i = order.indexOf(s.focus === "source" ? "detail" : s.focus)
  const next = order[(i + (backwards ? order.length - 1 : 1)) % order.length]!
  return { ...s, focus: next }
}

/** g / G: the first or last row (G on a list with more pages reads them all first). */
export const moveTo = (s: State, index: number): State => {
  if (s.focus === "events" && index === Number.MAX_SAFE_INTEGER && s.list.nextCursor !== null) return { ...s, toEnd: true, sel: Math.max(0, displayedEvents(s).length - 1) }
  return moveBy(s, index === 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER)
}

/** Moves the focused pane's selection (or scroll) by `step` rows. */
export const moveBy = (s: State, step: number): State => {
  switch (s.focus) {
    case "nav": {
      const leave = hasFilter(s.filters) ? { filters: s.filters.kind === undefined ? {} : { kind: s.filters.kind } } : {}
      if (s.view === "months") return { ...s, ...leave, months: { ...s.months, sel: clamp(s.months.sel + step, 0, Math.max(0, s.months.items.length - 1)) } }
      if (s.view === "people") return { ...s, ...leave, people: { ...s.people, sel: clamp(s.people.sel + step, 0, Math.max(0, displayedPeople(s).length - 1)) } }
      if (s.view === "places") return { ...s, ...leave, places: { ...s.places, sel: clamp(s.places.sel + step, 0, Math.max(0, displayedPlaces(s).length - 1)) } }
      return calendarKey(s, "", step > 0 ? { downArrow: true } : { upArrow: true })
    }
    case "events":
      return { ...s, sel: clamp(s.sel + step, 0, Math.max(0, displayedEvents(s).length - 1)), toEnd: false, detail: { ...s.detail, scroll: 0 } }
    case "detail": {
      const rows = rowsOf(layoutOf(s).detail)
      return { ...s, detail: { ...s.detail, scroll: clamp(s.detail.scroll + step, 0, Math.max(0, detailLineCount(s) - rows)) } }
    }
    case "source": {
      const v = sourceView(s)
      if (v === undefined) return s
      return { ...s, source: { ...s.source, scroll: clamp(v.top + step, 0, Math.max(0, v.lines.length - v.rows)) } }
    }
  }
}
