import { currentEvent, listQuery } from "./events.ts"
import { listHeading } from "./heading.ts"
import { displayedMonths, displayedPeople, displayedPlaces } from "./lists.ts"
import { done, type Result, type State } from "./types.ts"

/** `y` and `e`: what to copy or export, returned as effects for the App to carry out. */

/** y: the event's id; on a view's own list, the selected name, month or day. */
export const copy = (s: State): Result => {
  const e = s.focus === "nav" && s.view !== "timeline" ? undefined : currentEvent(s)
  const text =
    e?.id ??
    (s.view === "people" ? displayedPeople(s)[s.people.sel]?.name : s.view === "places" ? displayedPlaces(s)[s.places.sel]?.name : s.view === "months" ? displayedMonths(s)[s.months.sel]?.month : s.timeline.day ?? undefined)
  if (text === undefined) return done({ ...s, message: "没有可复制的内容" })
  return done({ ...s, message: `已复制 ${text}（OSC 52）` }, { type: "copy", text })
}

const slugOf = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60)

/** e c / e m: the list in front of the user (people, places, or the event list) as CSV or Markdown. */
export const exportList = (s: State, format: "csv" | "md"): Result => {
  const exporting = { ...s, message: "正在导出…" }
  if (s.focus === "nav" && s.view === "people") return done(exporting, { type: "export", format, target: { kind: "people", rows: displayedPeople(s), slug: `人物${s.people.narrow ? `-${slugOf(s.people.narrow)}` : ""}` } })
  if (s.focus === "nav" && s.view === "places") return done(exporting, { type: "export", format, target: { kind: "places", rows: displayedPlaces(s), slug: `地点${s.places.narrow ? `-${slugOf(s.places.narrow)}` : ""}` } })
  const query = listQuery(s)
  if (query === undefined) return done({ ...s, message: "没有可导出的列表" })
  const title = listHeading(s).replace(/\s\d+\/.*$/, "").replace(/（.*$/, "")
  return done(exporting, { type: "export", format, target: { kind: "events", query, title, slug: slugOf(title), sort: s.sort } })
}

/** e r: the report of the selected month (or of the selected event's month). */
export const exportReport = (s: State): Result => {
  const month = displayedMonths(s)[s.months.sel]?.month ?? currentEvent(s)?.date.start.slice(0, 7)
  return month === undefined ? done({ ...s, message: "没有可导出的月份" }) : done({ ...s, message: "正在导出…" }, { type: "report", month })
}
