import { calendarDayAt } from "../calendar.ts"
import { type Focus, inside, listWindow } from "../layout.ts"
import { displayedEvents } from "./events.ts"
import { displayedPeople, displayedPlaces } from "./lists.ts"
import { forward, moveBy, switchView } from "./navigate.ts"
import { layoutOf, rowsOf } from "./panes.ts"
import { calendarKey } from "./timeline.ts"
import { done, type Result, type State } from "./types.ts"

/** The mouse: the wheel scrolls the pane under it, a click selects, a second click opens, the tabs switch views. */

export interface Mouse {
  readonly button: number
  readonly x: number
  readonly y: number
  readonly press: boolean
}

/** An SGR mouse report as Ink passes it (ESC removed): [<b;x;yM (press) or …m (release); x, y from 1. */
export const parseMouse = (input: string): Mouse | null => {
  const m = /^\[<(\d+);(\d+);(\d+)([Mm])$/.exec(input)
  return m === null ? null : { button: Number(m[1]), x: Number(m[2]) - 1, y: Number(m[3]) - 1, press: m[4] === "M" }
}

export const mouse = (s: State, m: Mouse): Result => {
  if (s.help || s.prompt !== null || !m.press) return done(s)
  const r = layoutOf(s)
  const wheel = m.button & 64 ? ((m.button & 1) === 1 ? 3 : -3) : 0
  const pane: Focus | undefined = inside(r.source, m.x, m.y) ? "source" : inside(r.detail, m.x, m.y) ? "detail" : inside(r.events, m.x, m.y) ? "events" : inside(r.nav, m.x, m.y) ? "nav" : undefined
  if (wheel !== 0) {
    if (pane === undefined) return done(s)
    // the wheel scrolls what it is over and leaves the focus where it was
    if (pane === "nav" && s.view === "timeline") return done({ ...calendarKey(s, "", wheel > 0 ? { downArrow: true } : { upArrow: true }), focus: s.focus })
    return done({ ...moveBy({ ...s, focus: pane }, wheel), focus: s.focus })
  }
  if ((m.button & 3) !== 0 || m.button & 32) return done(s) // only the left button's press
  if (m.y === 0) {
    const tab = r.tabs.find((t) => m.x >= t.x && m.x < t.x + t.w)
    return done(tab === undefined ? s : switchView(s, tab.view))
  }
  if (pane === "nav" && r.nav !== undefined) return done(s.view === "timeline" ? clickDay(s, m) : clickRow(s, m, "nav"))
  if (pane === "events" && r.events !== undefined) return done(clickRow(s, m, "events"))
  if (pane === "detail") return done({ ...s, focus: "detail" })
  return done(s)
}

const clickDay = (s: State, m: Mouse): State => {
  const nav = layoutOf(s).nav!
  const day = s.timeline.day === null ? null : calendarDayAt(s.timeline.mode, nav, s.timeline.day, m.x, m.y)
  if (day === null) return { ...s, focus: "nav" }
  if (day === s.timeline.day) return { ...s, focus: "events" }
  return { ...s, focus: "nav", timeline: { ...s.timeline, day }, sel: 0 }
}

/** A click on a row of a list: selects it; on the selected row of the focused list, opens it. */
const clickRow = (s: State, m: Mouse, pane: "nav" | "events"): State => {
  const rect = layoutOf(s)[pane]!
  const length = pane === "events" ? displayedEvents(s).length : s.view === "months" ? s.months.items.length : s.view === "people" ? displayedPeople(s).length : displayedPlaces(s).length
  const sel = pane === "events" ? s.sel : s.view === "months" ? s.months.sel : s.view === "people" ? s.people.sel : s.places.sel
  const index = listWindow(sel, rowsOf(rect), length) + (m.y - rect.y - 1)
  if (m.y === rect.y || index >= length) return { ...s, focus: pane }
  if (index === sel && s.focus === pane) return forward(s, false)
  if (pane === "events") return { ...s, focus: "events", sel: index, detail: { ...s.detail, scroll: 0 } }
  return moveBy({ ...s, focus: "nav" }, index - sel)
}
