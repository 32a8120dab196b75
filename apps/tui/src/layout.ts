import { displayWidth } from "./width.ts"

export type View = "months" | "people" | "places" | "timeline"
export const VIEWS: ReadonlyArray<View> = ["months", "people", "places", "timeline"]
export type Focus = "nav" | "events" | "detail" | "source"
export type CalendarMode = "year" | "month"

export interface Rect {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface Layout {
  readonly width: number
  readonly height: number
  /** The view's own list (months, people, places) or the calendar. */
  readonly nav?: Rect
  readonly events?: Rect
  readonly detail?: Rect
  readonly source?: Rect
  /** Where each view's tab sits on the top line (for clicks). */
  readonly tabs: ReadonlyArray<{ readonly view: View; readonly x: number; readonly w: number }>
}

export const viewLabel: Record<View, string> = { months: "月份", people: "人物", places: "地点", timeline: "时间线" }
export const APP_TITLE = "dashiji 大事记"
/** The top line's tabs: `1 月份  2 人物 …`, after the title. */
export const tabText = (v: View): string => ` ${VIEWS.indexOf(v) + 1} ${viewLabel[v]} `

/** Smallest size drawn; a smaller terminal gets this and clips. */
export const MIN_WIDTH = 60
export const MIN_HEIGHT = 16

const navWidth = (view: View, width: number): number =>
  view === "months" ? 22 : view === "people" ? (width >= 150 ? 40 : 28) : width >= 150 ? 32 : 24

/** Calendar pane height: heading, day or weekday header, then 12 months or 6 weeks. */
export const calendarHeight = (mode: CalendarMode): number => (mode === "year" ? 14 : 8)

/**
 * The list beside (or above) the detail: stacked when tall (list on top: titles get the whole width), side by side
 * when wide, else the detail takes the list's place while it is focused.
 */
const split = (r: Rect, focus: Focus): Pick<Layout, "events" | "detail"> => {
  if (r.h >= 38) {
    const h = Math.floor((r.h - 1) * 0.45)
    return { events: { ...r, h }, detail: { x: r.x, y: r.y + h + 1, w: r.w, h: r.h - h - 1 } }
  }
  if (r.w >= 120) {
    const w = Math.floor((r.w - 1) * 0.55)
    return { events: { ...r, w }, detail: { x: r.x + w + 1, y: r.y, w: r.w - w - 1, h: r.h } }
  }
  return focus === "detail" ? { detail: r } : { events: r }
}

export const computeLayout = (width: number, height: number, view: View, focus: Focus, mode: CalendarMode): Layout => {
  const tabs: Array<{ view: View; x: number; w: number }> = []
  let x = displayWidth(APP_TITLE) + 2
  for (const v of VIEWS) {
    const w = displayWidth(tabText(v))
    tabs.push({ view: v, x, w })
    x += w
  }
  const rows = height - 2
  const body: Rect = { x: 0, y: 1, w: width, h: rows }
  if (focus === "source") return { width, height, source: body, tabs }
  if (view === "timeline") {
    const h = Math.min(calendarHeight(mode), rows - 4)
    return { width, height, nav: { x: 0, y: 1, w: width, h }, ...split({ x: 0, y: 1 + h, w: width, h: rows - h }, focus), tabs }
  }
  const nw = navWidth(view, width)
  return { width, height, nav: { x: 0, y: 1, w: nw, h: rows }, ...split({ x: nw + 1, y: 1, w: width - nw - 1, h: rows }, focus), tabs }
}

/** First row shown of a list of `length` rows with `rows` visible: the selection kept in the middle. */
export const listWindow = (selected: number, rows: number, length: number): number =>
  Math.max(0, Math.min(selected - Math.floor(rows / 2), length - rows))

export const inside = (r: Rect | undefined, x: number, y: number): r is Rect => r !== undefined && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h
