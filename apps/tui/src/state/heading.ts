import { isoDayLabel, kindBadge, monthLabel } from "../labels.ts"
import { viewLabel } from "../layout.ts"
import { displayedEvents, hasFilter, listQuery, queryKey } from "./events.ts"
import { displayedMonths, displayedPlaces } from "./lists.ts"
import type { CountSort, EventSort, Filters, MonthSort, PromptKind, State } from "./types.ts"

/** The words the browser shows about its state: the list's heading, the filters, sort and prompt names. */

export const monthSortLabel: Record<MonthSort, string> = { date: "时间（早→晚）", "date-desc": "时间（晚→早）", count: "事件数" }
export const countSortLabel: Record<CountSort, string> = { count: "事件数", pinyin: "拼音" }
export const eventSortLabel: Record<EventSort, string> = { date: "日期（早→晚）", "date-desc": "日期（晚→早）", kind: "类别", person: "人物拼音" }

const promptLabel: Record<PromptKind, string> = { q: "搜索", person: "人物", place: "地点", jump: "跳到日期", narrow: "筛选列表", export: "导出" }
export const promptTitle = (k: PromptKind): string => promptLabel[k]

export const filterText = (f: Filters): Array<string> =>
  [
    f.q !== undefined ? `搜索“${f.q}”` : "",
    f.person !== undefined ? `人物：${f.person}` : "",
    f.place !== undefined ? `地点：${f.place}` : "",
    f.kind !== undefined ? `类别：${kindBadge[f.kind]}` : ""
  ].filter((x) => x.length > 0)

/** The event list's heading: what it lists, how many, where the selection is. */
export const listHeading = (s: State): string => {
  const q = listQuery(s)
  const rows = displayedEvents(s)
  const more = s.list.nextCursor !== null && s.list.key === queryKey(q)
  const kind = s.filters.kind === undefined ? "" : ` ${kindBadge[s.filters.kind]}`
  let what: string
  let total = `${rows.length}${more ? "+" : ""}`
  if (q === undefined) what = ""
  else if (hasFilter(s.filters)) what = `筛选 ${filterText(s.filters).join(" ")}`
  else if (q.type === "day") what = isoDayLabel(q.day) + kind
  else if (q.type === "places") what = `地点 ${displayedPlaces(s)[s.places.sel]?.name ?? ""}${kind}`
  else if (q.filter.person !== undefined) what = `人物 ${q.filter.person}${kind}`
  else {
    const m = displayedMonths(s)[s.months.sel]
    what = `${m === undefined ? "" : monthLabel(m.month)}${kind}`
    if (m !== undefined && s.filters.kind === undefined) total = String(m.count)
  }
  const position = rows.length > 0 ? ` ${Math.min(s.sel, rows.length - 1) + 1}/${total}` : ""
  const sort = s.sort === "date" ? "" : ` ↕${eventSortLabel[s.sort]}`
  return `${what}（${total}）${position}${sort}`
}

/** The heading of the people or places list: how many, the order, the narrowing. */
export const countListHeading = (s: State, view: "people" | "places", shown: number): string =>
  `${viewLabel[view]} (${shown})${s[view].sort === "pinyin" ? " ↕拼音" : ""}${s[view].narrow ? ` 含“${s[view].narrow}”` : ""}`
