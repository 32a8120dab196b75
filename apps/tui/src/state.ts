import type { Event } from "@dashiji/core"
import type { MonthCount, PersonSummary } from "@dashiji/store"
import { calendarDayAt } from "./calendar.ts"
import { addDays, addMonths, daysInMonth, jumpTarget, parseJumpDate } from "./dates.ts"
import { detailText, sourceRefs } from "./detail.ts"
import { isoDayLabel, kindBadge, kinds, monthLabel } from "./labels.ts"
import { type CalendarMode, computeLayout, type Focus, inside, type Layout, listWindow, MIN_HEIGHT, MIN_WIDTH, type Rect, type View, VIEWS, viewLabel } from "./layout.ts"
import type { PlaceGroup } from "./places.ts"
import { type SourceDoc, sourceLayout, sourceTop } from "./source.ts"

/**
 * The browser's whole state and how keys, clicks and answers from the store change it: a pure reducer
 * (`update`), so every key can be tested without a terminal. What the reducer cannot do itself (quit, write to
 * the clipboard, export) it returns as effects; what to load is read off the state (listQuery, needMore).
 */

export type Kind = Event["kind"]
export type EventSort = "date" | "date-desc" | "kind" | "person"
export type CountSort = "count" | "pinyin"
export type MonthSort = "date" | "date-desc" | "count"
export type PromptKind = "q" | "person" | "place" | "jump" | "narrow" | "export"

/** The keys a handler sees (Ink's Key, every field optional). */
export interface Key {
  readonly upArrow?: boolean
  readonly downArrow?: boolean
  readonly leftArrow?: boolean
  readonly rightArrow?: boolean
  readonly pageUp?: boolean
  readonly pageDown?: boolean
  readonly home?: boolean
  readonly end?: boolean
  readonly return?: boolean
  readonly escape?: boolean
  readonly tab?: boolean
  readonly shift?: boolean
  readonly ctrl?: boolean
  readonly meta?: boolean
  readonly backspace?: boolean
  readonly delete?: boolean
}

export interface Filters {
  readonly q?: string
  readonly person?: string
  readonly place?: string
  readonly kind?: Kind
}

/** What the event list shows: a store filter, the events at a place's spellings, or a calendar day. */
export type ListQuery =
  | { readonly type: "filter"; readonly filter: { readonly month?: string; readonly q?: string; readonly person?: string; readonly place?: string; readonly kind?: Kind } }
  | { readonly type: "places"; readonly names: ReadonlyArray<string>; readonly kind?: Kind }
  | { readonly type: "day"; readonly day: string; readonly kind?: Kind }

export interface EventList {
  /** The query these rows answer (queryKey). */
  readonly key: string
  readonly items: ReadonlyArray<Event>
  readonly nextCursor: string | null
  readonly loading: boolean
}

export interface State {
  readonly width: number
  readonly height: number
  readonly view: View
  readonly focus: Focus
  readonly months: { readonly items: ReadonlyArray<MonthCount>; readonly loaded: boolean; readonly sel: number; readonly sort: MonthSort }
  readonly people: {
    readonly items: ReadonlyArray<PersonSummary> | null
    readonly sel: number
    readonly sort: CountSort
    readonly narrow: string
    /** Everyone's pinyin, loaded the first time a list is narrowed by typed pinyin. */
    readonly pinyin: ReadonlyMap<string, string> | null
  }
  readonly places: { readonly items: ReadonlyArray<PlaceGroup> | null; readonly sel: number; readonly sort: CountSort; readonly narrow: string }
  readonly timeline: { readonly mode: CalendarMode; readonly day: string | null; readonly counts: { readonly year: string; readonly days: Readonly<Record<string, number>> } | null }
  readonly filters: Filters
  readonly list: EventList
  /** Selected row of the event list (in the displayed order). */
  readonly sel: number
  readonly sort: EventSort
  readonly detail: { readonly scroll: number }
  /** Source view: which source (of sourceRefs) and the first line shown (null: the span a third of the way down). */
  readonly source: { readonly index: number; readonly scroll: number | null; readonly docs: Readonly<Record<string, SourceDoc>> }
  readonly prompt: { readonly kind: PromptKind; readonly value: string } | null
  readonly help: boolean
  readonly message: string
  /** A date (ISO prefix) to select in the event list once the rows for it have loaded. */
  readonly jump: string | null
  /** G pressed on a list with more pages: select the last row once everything is loaded. */
  readonly toEnd: boolean
}

export type Action =
  | { readonly type: "key"; readonly input: string; readonly key: Key }
  | { readonly type: "mouse"; readonly button: number; readonly x: number; readonly y: number; readonly press: boolean }
  | { readonly type: "resize"; readonly width: number; readonly height: number }
  | { readonly type: "months"; readonly items: ReadonlyArray<MonthCount> }
  | { readonly type: "people"; readonly items: ReadonlyArray<PersonSummary> }
  | { readonly type: "places"; readonly items: ReadonlyArray<PlaceGroup> }
  | { readonly type: "counts"; readonly year: string; readonly days: Readonly<Record<string, number>> }
  | { readonly type: "listStart"; readonly key: string }
  | { readonly type: "listPage"; readonly key: string; readonly after: string | null; readonly items: ReadonlyArray<Event>; readonly nextCursor: string | null }
  | { readonly type: "listFailed"; readonly key: string; readonly message: string }
  | { readonly type: "pinyin"; readonly pinyin: ReadonlyMap<string, string> }
  | { readonly type: "sourceDoc"; readonly ref: string; readonly doc: SourceDoc }
  | { readonly type: "message"; readonly text: string }

export type ExportTarget =
  | { readonly kind: "events"; readonly query: ListQuery; readonly title: string; readonly slug: string; readonly sort: EventSort }
  | { readonly kind: "people"; readonly rows: ReadonlyArray<PersonSummary>; readonly slug: string }
  | { readonly kind: "places"; readonly rows: ReadonlyArray<PlaceGroup>; readonly slug: string }
  | { readonly kind: "report"; readonly month: string }

export type Effect = { readonly type: "quit" } | { readonly type: "copy"; readonly text: string } | { readonly type: "export"; readonly format: "csv" | "md"; readonly target: ExportTarget } | { readonly type: "report"; readonly month: string }

export const initialState = (width: number, height: number): State => ({
  width: Math.max(MIN_WIDTH, width),
  height: Math.max(MIN_HEIGHT, height),
  view: "months",
  focus: "nav",
  months: { items: [], loaded: false, sel: 0, sort: "date" },
  people: { items: null, sel: 0, sort: "count", narrow: "", pinyin: null },
  places: { items: null, sel: 0, sort: "count", narrow: "" },
  timeline: { mode: "year", day: null, counts: null },
  filters: {},
  list: { key: "", items: [], nextCursor: null, loading: false },
  sel: 0,
  sort: "date",
  detail: { scroll: 0 },
  source: { index: 0, scroll: null, docs: {} },
  prompt: null,
  help: false,
  message: "",
  jump: null,
  toEnd: false
})

// ---------------------------------------------------------------------------------------------------------
// derived values

const zh = new Intl.Collator("zh-Hans-CN-u-co-pinyin")
/** Pinyin without tone marks or spaces, lower case: Wáng Guóshēng → wangguosheng. */
export const plainPinyin = (p: string): string => p.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s·]/g, "").toLowerCase()

const memo = <K extends object, V>() => new WeakMap<K, Map<string, V>>()
const monthsMemo = memo<ReadonlyArray<MonthCount>, ReadonlyArray<MonthCount>>()
const peopleMemo = memo<ReadonlyArray<PersonSummary>, ReadonlyArray<PersonSummary>>()
const placesMemo = memo<ReadonlyArray<PlaceGroup>, ReadonlyArray<PlaceGroup>>()
const eventsMemo = memo<ReadonlyArray<Event>, ReadonlyArray<Event>>()
const cached = <K extends object, V>(m: WeakMap<K, Map<string, V>>, key: K, sub: string, f: () => V): V => {
  let inner = m.get(key)
  if (inner === undefined) m.set(key, (inner = new Map()))
  const hit = inner.get(sub)
  if (hit !== undefined) return hit
  const v = f()
  inner.set(sub, v)
  return v
}

export const displayedMonths = (s: State): ReadonlyArray<MonthCount> =>
  cached(monthsMemo, s.months.items, s.months.sort, () =>
    s.months.sort === "date" ? s.months.items : s.months.sort === "date-desc" ? [...s.months.items].reverse() : [...s.months.items].sort((a, b) => b.count - a.count || a.month.localeCompare(b.month))
  )

/** A typed narrowing in Latin letters is pinyin (wang, wangguo); anything else part of the name. */
export const isPinyinQuery = (narrow: string): boolean => /^[a-z\s]+$/i.test(narrow.trim()) && narrow.trim().length > 0

const matchesName = (name: string, pinyin: ReadonlyMap<string, string> | null, narrow: string): boolean => {
  if (narrow.length === 0 || name.includes(narrow)) return true
  if (pinyin === null || !isPinyinQuery(narrow)) return false
  return plainPinyin(pinyin.get(name) ?? "").startsWith(plainPinyin(narrow))
}

export const displayedPeople = (s: State): ReadonlyArray<PersonSummary> => {
  const items = s.people.items ?? []
  // pinyin order by the collator (汉语拼音 collation of the characters), so no pinyin needs loading to sort
  const sorted = cached(peopleMemo, items, s.people.sort, () => (s.people.sort === "count" ? items : [...items].sort((a, b) => zh.compare(a.name, b.name))))
  const n = s.people.narrow
  return n.length === 0 ? sorted : cached(peopleMemo, sorted, `narrow:${n}:${s.people.pinyin === null ? 0 : 1}`, () => sorted.filter((p) => matchesName(p.name, s.people.pinyin, n)))
}

export const displayedPlaces = (s: State): ReadonlyArray<PlaceGroup> => {
  const items = s.places.items ?? []
  const sorted = cached(placesMemo, items, s.places.sort, () => (s.places.sort === "count" ? [...items].sort((a, b) => b.count - a.count || zh.compare(a.name, b.name)) : [...items].sort((a, b) => zh.compare(a.name, b.name))))
  const n = s.places.narrow
  return n.length === 0 ? sorted : cached(placesMemo, sorted, `narrow:${n}`, () => sorted.filter((p) => p.names.some((x) => x.includes(n))))
}

const hasFilter = (f: Filters): boolean => f.q !== undefined || f.person !== undefined || f.place !== undefined

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

export const layoutOf = (s: State): Layout => computeLayout(s.width, s.height, s.view, s.focus, s.timeline.mode)
const rowsOf = (r: Rect | undefined): number => Math.max(1, (r?.h ?? 2) - 1)

export const sourceKey = (document: string, span: readonly [number, number]): string => `${document}\u0000${span[0]}:${span[1]}`
/** The source the source view shows. */
export const currentSource = (s: State) => {
  const e = currentEvent(s)
  if (e === undefined) return undefined
  const refs = sourceRefs(e)
  const index = Math.max(0, Math.min(refs.length - 1, s.source.index))
  const ref = refs[index]!
  return { event: e, refs, index, ref, key: sourceKey(ref.document, ref.span), doc: s.source.docs[sourceKey(ref.document, ref.span)] ?? ({ status: "loading" } as SourceDoc) }
}

/** Lines of the source view's text (the document, or the cleaned mention when the file is not at hand). */
export const sourceView = (s: State) => {
  const src = currentSource(s)
  const r = layoutOf(s).source
  if (src === undefined || r === undefined) return undefined
  // a column for the gutter that marks the span's lines (visible without colour, and to screen readers)
  const width = Math.max(10, r.w - 2)
  const rows = Math.max(1, r.h - 2)
  const text = src.doc.status === "found" ? src.doc.text : src.doc.status === "missing" ? src.doc.clean : ""
  const span: readonly [number, number] = src.doc.status === "found" ? src.ref.span : [0, 0]
  const lines = sourceLayout(src.doc.status === "found" ? src.doc.path : `clean:${src.key}`, text, width)
  return { ...src, text, span, lines, rows, width, top: sourceTop(lines, span, rows, s.source.scroll) }
}

const detailLineCount = (s: State): number => {
  const e = currentEvent(s)
  const r = layoutOf(s).detail
  if (e === undefined || r === undefined) return 0
  // line numbers as wide as they may be: the count is never short of what the pane draws
  return detailText(e, e.sources.map(() => 9_999_999), r.w - 1).length
}

const monthSortLabel: Record<MonthSort, string> = { date: "时间（早→晚）", "date-desc": "时间（晚→早）", count: "事件数" }
const countSortLabel: Record<CountSort, string> = { count: "事件数", pinyin: "拼音" }
export const eventSortLabel: Record<EventSort, string> = { date: "日期（早→晚）", "date-desc": "日期（晚→早）", kind: "类别", person: "人物拼音" }

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

export const filterText = (f: Filters): Array<string> =>
  [
    f.q !== undefined ? `搜索“${f.q}”` : "",
    f.person !== undefined ? `人物：${f.person}` : "",
    f.place !== undefined ? `地点：${f.place}` : "",
    f.kind !== undefined ? `类别：${kindBadge[f.kind]}` : ""
  ].filter((x) => x.length > 0)

// ---------------------------------------------------------------------------------------------------------
// the reducer

export interface Result {
  readonly state: State
  readonly effects: ReadonlyArray<Effect>
}
const done = (state: State, ...effects: Array<Effect>): Result => ({ state, effects })

export const update = (s: State, a: Action): Result => {
  switch (a.type) {
    case "resize":
      return done({ ...s, width: Math.max(MIN_WIDTH, a.width), height: Math.max(MIN_HEIGHT, a.height) })
    case "months": {
      // open on the busiest month: a new user lands on something to read
      const sel = a.items.reduce((best, x, i) => (x.count > (a.items[best]?.count ?? -1) ? i : best), 0)
      const list = a.items.length === 0 ? { ...s.list, loading: false } : s.list
      return done({ ...s, months: { ...s.months, items: a.items, loaded: true, sel }, list })
    }
    case "people":
      return done({ ...s, people: { ...s.people, items: a.items, sel: Math.min(s.people.sel, Math.max(0, a.items.length - 1)) } })
    case "places":
      return done({ ...s, places: { ...s.places, items: a.items, sel: Math.min(s.places.sel, Math.max(0, a.items.length - 1)) } })
    case "counts":
      return done({ ...s, timeline: { ...s.timeline, counts: { year: a.year, days: a.days } } })
    case "listStart":
      return done({ ...s, list: { key: a.key, items: [], nextCursor: null, loading: true }, sel: 0, detail: { ...s.detail, scroll: 0 }, source: { ...s.source, index: 0, scroll: null } })
    case "listPage": {
      if (a.key !== s.list.key) return done(s)
      if (a.after === null) return done(settle({ ...s, list: { key: a.key, items: a.items, nextCursor: a.nextCursor, loading: false } }))
      if (a.after !== s.list.nextCursor) return done(s)
      return done(settle({ ...s, list: { ...s.list, items: [...s.list.items, ...a.items], nextCursor: a.nextCursor } }))
    }
    case "listFailed":
      return a.key !== s.list.key ? done(s) : done({ ...s, list: { ...s.list, nextCursor: null, loading: false }, message: a.message, jump: null, toEnd: false })
    case "pinyin":
      return done({ ...s, people: { ...s.people, pinyin: a.pinyin } })
    case "sourceDoc":
      return done({ ...s, source: { ...s.source, docs: { ...s.source.docs, [a.ref]: a.doc } } })
    case "message":
      return done({ ...s, message: a.text })
    case "mouse":
      return mouse(s, a)
    case "key": {
      // a burst of typing or a paste arrives as one string ("jjj", "2021-02-24\r"): each character is a key
      const chars = [...a.input]
      if (chars.length <= 1 || a.key.ctrl || a.key.meta || /^\[<\d/.test(a.input)) return key(s, a.input, a.key)
      let state = s
      const effects: Array<Effect> = []
      for (const ch of chars) {
        const r = ch === "\r" || ch === "\n" ? key(state, "", { return: true }) : ch === "\t" ? key(state, "", { tab: true }) : ch === "\u007f" ? key(state, "", { backspace: true }) : key(state, ch, {})
        state = r.state
        effects.push(...r.effects)
      }
      return { state, effects }
    }
  }
}

/** After rows arrive: a pending jump or G finds its row. */
const settle = (s: State): State => {
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

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n))
const isText = (input: string, k: Key) => input.length > 0 && !k.ctrl && !k.meta && !/^\[<\d/.test(input)

const promptLabel: Record<PromptKind, string> = { q: "搜索", person: "人物", place: "地点", jump: "跳到日期", narrow: "筛选列表", export: "导出" }
export const promptTitle = (k: PromptKind): string => promptLabel[k]

const key = (s0: State, input: string, k: Key): Result => {
  if (s0.help) return done({ ...s0, help: false })
  if (s0.prompt !== null) return promptKey(s0, s0.prompt, input, k)
  const s: State = s0.message.length > 0 ? { ...s0, message: "" } : s0
  if (input === "q" && !k.ctrl) return done(s, { type: "quit" })
  if (input === "?") return done({ ...s, help: true })
  const v = VIEWS[Number(input) - 1]
  if (/^[1-4]$/.test(input) && v !== undefined) return done(switchView(s, v))
  if (input === "/") return done({ ...s, prompt: s.focus === "nav" && (s.view === "people" || s.view === "places") ? { kind: "narrow", value: s[s.view].narrow } : { kind: "q", value: s.filters.q ?? "" } })
  if (input === "p") return done({ ...s, prompt: { kind: "person", value: s.filters.person ?? "" } })
  if (input === "l") return done({ ...s, prompt: { kind: "place", value: s.filters.place ?? "" } })
  if (input === ":") return done({ ...s, prompt: { kind: "jump", value: "" } })
  if (input === "e") return done({ ...s, prompt: { kind: "export", value: "" } })
  if (input === "t") {
    const i = s.filters.kind === undefined ? 0 : kinds.indexOf(s.filters.kind) + 1
    const kind = kinds[i]
    return done({ ...s, filters: { ...s.filters, kind }, focus: s.focus === "nav" ? s.focus : "events", sel: 0 })
  }
  if (input === "y") return copy(s)
  if (input === "s") return done(cycleSort(s))
  // typing a name in the people or places list narrows it (letters are commands; Chinese characters are names)
  if (s.focus === "nav" && (s.view === "people" || s.view === "places") && isText(input, k) && /\p{Script=Han}/u.test(input))
    return done(narrow(s, s.view, s[s.view].narrow + input, true))
  if (k.escape) return done(back(s))
  if (k.tab) return done(tab(s, k.shift === true))
  if (s.focus === "source") {
    if (input === "n" || input === "N") {
      const src = currentSource(s)
      if (src === undefined) return done(s)
      const n = src.refs.length
      return done({ ...s, source: { ...s.source, index: (src.index + (input === "n" ? 1 : n - 1)) % n, scroll: null } })
    }
  }
  if (k.return || input === "o" || (k.rightArrow && s.view !== "timeline") || (k.rightArrow && s.focus !== "nav")) return done(forward(s, k.return === true || input === "o"))
  if (k.leftArrow && !(s.view === "timeline" && s.focus === "nav")) return done(back(s))
  if (s.view === "timeline" && s.focus === "nav") return done(calendarKey(s, input, k))
  const r = layoutOf(s)
  const rect = s.focus === "nav" ? r.nav : s.focus === "events" ? r.events : s.focus === "detail" ? r.detail : r.source
  const page = rowsOf(rect) - (s.focus === "source" ? 1 : 0)
  if (input === "g" || k.home) return done(moveTo(s, 0))
  if (input === "G" || k.end) return done(moveTo(s, Number.MAX_SAFE_INTEGER))
  const step = k.downArrow || input === "j" ? 1 : k.upArrow || input === "k" ? -1 : k.pageDown || input === " " ? page : k.pageUp ? -page : 0
  if (step !== 0) return done(moveBy(s, step))
  return done(s)
}

const promptKey = (s: State, p: NonNullable<State["prompt"]>, input: string, k: Key): Result => {
  if (p.kind === "export") {
    const base = { ...s, prompt: null }
    if (input === "c" || input === "m") return exportList(base, input === "c" ? "csv" : "md")
    if (input === "r") {
      const month = displayedMonths(s)[s.months.sel]?.month ?? currentEvent(s)?.date.start.slice(0, 7)
      return month === undefined ? done({ ...base, message: "没有可导出的月份" }) : done({ ...base, message: "正在导出…" }, { type: "report", month })
    }
    return done(base)
  }
  if (k.escape) return done(p.kind === "narrow" && (s.view === "people" || s.view === "places") ? narrow({ ...s, prompt: null }, s.view, "", false) : { ...s, prompt: null })
  if (k.return) {
    const value = p.value.trim()
    if (p.kind === "narrow") return done({ ...s, prompt: null })
    if (p.kind === "jump") return done(jumpTo({ ...s, prompt: null }, value))
    const filters = { ...s.filters, [p.kind]: value.length > 0 ? value : undefined }
    return done({ ...s, prompt: null, filters, focus: hasFilter(filters) || s.focus !== "nav" ? "events" : "nav", sel: 0 })
  }
  let value = p.value
  if (k.backspace || k.delete) value = [...value].slice(0, -1).join("")
  else if (isText(input, k)) value = value + input.replace(/[\r\n\t]/g, "")
  else return done(s)
  if (p.kind === "narrow" && (s.view === "people" || s.view === "places")) return done(narrow(s, s.view, value, true))
  return done({ ...s, prompt: { ...p, value } })
}

const narrow = (s: State, view: "people" | "places", value: string, open: boolean): State => {
  const next = { ...s, [view]: { ...s[view], narrow: value, sel: 0 }, prompt: open ? { kind: "narrow" as const, value } : null }
  return next
}

const switchView = (s: State, view: View): State => {
  const base: State = { ...s, view, focus: "nav", filters: s.filters.kind === undefined ? {} : { kind: s.filters.kind }, sel: 0, jump: null, toEnd: false }
  if (view === "timeline") {
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

const forward = (s: State, open: boolean): State => {
  if (s.focus === "nav") return { ...s, focus: "events" }
  if (s.focus === "events") return currentEvent(s) === undefined ? s : { ...s, focus: "detail" }
  if (s.focus === "detail" && open) return currentEvent(s) === undefined ? s : { ...s, focus: "source", source: { ...s.source, index: 0, scroll: null } }
  return s
}

const back = (s: State): State => {
  if (s.focus === "source") return { ...s, focus: "detail" }
  if (s.focus === "detail") return { ...s, focus: "events" }
  if (hasFilter(s.filters) || s.filters.kind !== undefined) return { ...s, filters: {}, sel: 0 }
  if (s.focus === "events") return { ...s, focus: "nav" }
  if ((s.view === "people" || s.view === "places") && s[s.view].narrow.length > 0) return narrow(s, s.view, "", false)
  return s
}

const tab = (s: State, backwards: boolean): State => {
  const has = currentEvent(s) !== undefined
  const order: Array<Focus> = has ? ["nav", "events", "detail"] : ["nav", "events"]
  const i = order.indexOf(s.focus === "source" ? "detail" : s.focus)
  const next = order[(i + (backwards ? order.length - 1 : 1)) % order.length]!
  return { ...s, focus: next }
}

const moveTo = (s: State, index: number): State => {
  if (s.focus === "events" && index === Number.MAX_SAFE_INTEGER && s.list.nextCursor !== null) return { ...s, toEnd: true, sel: Math.max(0, displayedEvents(s).length - 1) }
  return moveBy(s, index === 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER)
}

const moveBy = (s: State, step: number): State => {
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

/** Days with events in the loaded year counts, in order. */
const eventDays = (s: State, prefix: string): Array<string> =>
  Object.keys(s.timeline.counts?.days ?? {})
    .filter((d) => d.startsWith(prefix) && (s.timeline.counts?.days[d] ?? 0) > 0)
    .sort()

const calendarKey = (s: State, input: string, k: Key): State => {
  const day = s.timeline.day
  if (input === "v") return { ...s, timeline: { ...s.timeline, mode: s.timeline.mode === "year" ? "month" : "year" } }
  if (day === null) return s
  const year = s.timeline.mode === "year"
  let next = day
  if (k.leftArrow || input === "h") next = addDays(day, -1)
  else if (k.rightArrow) next = addDays(day, 1)
  else if (k.upArrow || input === "k") next = year ? addMonths(day, -1) : addDays(day, -7)
  else if (k.downArrow || input === "j") next = year ? addMonths(day, 1) : addDays(day, 7)
  else if (k.pageUp || input === "[") next = year ? addMonths(day, -12) : addMonths(day, -1)
  else if (k.pageDown || input === "]" || input === " ") next = year ? addMonths(day, 12) : addMonths(day, 1)
  else if (input === "g" || k.home || input === "G" || k.end) {
    const days = eventDays(s, year ? day.slice(0, 4) : day.slice(0, 7))
    const target = input === "g" || k.home ? days[0] : days[days.length - 1]
    if (target === undefined) return s
    next = target
  } else if (input === "s") return { ...s, message: "日历按日期排列；在当天的事件列表中按 s 排序" }
  else return s
  return { ...s, timeline: { ...s.timeline, day: next }, sel: 0 }
}

const cycleSort = (s: State): State => {
  if (s.focus === "nav") {
    if (s.view === "months") {
      const order: Array<MonthSort> = ["date", "date-desc", "count"]
      const sort = order[(order.indexOf(s.months.sort) + 1) % order.length]!
      const month = displayedMonths(s)[s.months.sel]?.month
      const next = { ...s, months: { ...s.months, sort } }
      return { ...next, months: { ...next.months, sel: Math.max(0, displayedMonths(next).findIndex((m) => m.month === month)) }, message: `月份排序：${monthSortLabel[sort]}` }
    }
    if (s.view === "people" || s.view === "places") {
      const view = s.view
      const sort: CountSort = s[view].sort === "count" ? "pinyin" : "count"
      const name = view === "people" ? displayedPeople(s)[s.people.sel]?.name : displayedPlaces(s)[s.places.sel]?.name
      const next = { ...s, [view]: { ...s[view], sort } } as State
      const rows: ReadonlyArray<{ name: string }> = view === "people" ? displayedPeople(next) : displayedPlaces(next)
      return { ...next, [view]: { ...next[view], sel: Math.max(0, rows.findIndex((r) => r.name === name)) }, message: `${viewLabel[view]}排序：${countSortLabel[sort]}` } as State
    }
    return calendarKey(s, "s", {})
  }
  const order: Array<EventSort> = ["date", "date-desc", "kind", "person"]
  const sort = order[(order.indexOf(s.sort) + 1) % order.length]!
  const id = currentEvent(s)?.id
  const next = { ...s, sort }
  const i = displayedEvents(next).findIndex((e) => e.id === id)
  return { ...next, sel: Math.max(0, i), message: `事件排序：${eventSortLabel[sort]}${s.list.nextCursor !== null ? "（载入全部后排序）" : ""}` }
}

const copy = (s: State): Result => {
  const e = s.focus === "nav" && s.view !== "timeline" ? undefined : currentEvent(s)
  const text =
    e?.id ??
    (s.view === "people" ? displayedPeople(s)[s.people.sel]?.name : s.view === "places" ? displayedPlaces(s)[s.places.sel]?.name : s.view === "months" ? displayedMonths(s)[s.months.sel]?.month : s.timeline.day ?? undefined)
  if (text === undefined) return done({ ...s, message: "没有可复制的内容" })
  return done({ ...s, message: `已复制 ${text}（OSC 52）` }, { type: "copy", text })
}

const slugOf = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60)

const exportList = (s: State, format: "csv" | "md"): Result => {
  if (s.focus === "nav" && s.view === "people") return done({ ...s, message: "正在导出…" }, { type: "export", format, target: { kind: "people", rows: displayedPeople(s), slug: `人物${s.people.narrow ? `-${slugOf(s.people.narrow)}` : ""}` } })
  if (s.focus === "nav" && s.view === "places") return done({ ...s, message: "正在导出…" }, { type: "export", format, target: { kind: "places", rows: displayedPlaces(s), slug: `地点${s.places.narrow ? `-${slugOf(s.places.narrow)}` : ""}` } })
  const query = listQuery(s)
  if (query === undefined) return done({ ...s, message: "没有可导出的列表" })
  const title = listHeading(s).replace(/\s\d+\/.*$/, "").replace(/（.*$/, "")
  return done({ ...s, message: "正在导出…" }, { type: "export", format, target: { kind: "events", query, title, slug: slugOf(title), sort: s.sort } })
}

const jumpTo = (s: State, value: string): State => {
  const parsed = parseJumpDate(value)
  const e = currentEvent(s)
  const context = s.view === "timeline" ? (s.timeline.day ?? undefined) : s.focus !== "nav" && e !== undefined ? e.date.start : s.view === "months" ? displayedMonths(s)[s.months.sel]?.month : (e?.date.start ?? s.months.items.find((m) => /^\d/.test(m.month))?.month)
  const target = parsed === null ? null : jumpTarget(parsed, context)
  if (target === null) return { ...s, message: `无法识别的日期：${value}（例如 2020-02-24 或 2月24日）` }
  if (s.view === "timeline") {
    const day = target.length === 10 ? target : target.length === 7 ? `${target}-01` : `${target}-01-01`
    return { ...s, timeline: { ...s.timeline, day, mode: target.length === 7 ? "month" : s.timeline.mode }, sel: 0, message: `跳到 ${isoDayLabel(target)}` }
  }
  if (s.view === "months" && !hasFilter(s.filters)) {
    const months = displayedMonths(s)
    const prefix = target.slice(0, 7)
    // the month itself, else the nearest later one
    const later = [...months].filter((m) => m.month >= prefix && /^\d/.test(m.month)).sort((a, b) => a.month.localeCompare(b.month))[0]
    const pick = months.find((m) => m.month === prefix) ?? later
    if (pick === undefined) return { ...s, message: `${isoDayLabel(target)}及以后没有事件` }
    const sel = months.indexOf(pick)
    const next: State = { ...s, months: { ...s.months, sel }, message: pick.month === prefix ? `跳到 ${isoDayLabel(target)}` : `${isoDayLabel(target)}没有事件，跳到 ${monthLabel(pick.month)}` }
    if (target.length < 10 || pick.month !== prefix) return { ...next, focus: "nav" }
    return settle({ ...next, focus: "events", jump: target, sel: 0 })
  }
  return settle({ ...s, focus: "events", jump: target, message: `跳到 ${isoDayLabel(target)}` })
}

// ---------------------------------------------------------------------------------------------------------
// the mouse

/** An SGR mouse report as Ink passes it (ESC removed): [<b;x;yM (press) or …m (release); x, y from 1. */
export const parseMouse = (input: string): { button: number; x: number; y: number; press: boolean } | null => {
  const m = /^\[<(\d+);(\d+);(\d+)([Mm])$/.exec(input)
  return m === null ? null : { button: Number(m[1]), x: Number(m[2]) - 1, y: Number(m[3]) - 1, press: m[4] === "M" }
}

const mouse = (s: State, m: { button: number; x: number; y: number; press: boolean }): Result => {
  if (s.help || s.prompt !== null || !m.press) return done(s)
  const r = layoutOf(s)
  const wheel = m.button & 64 ? ((m.button & 1) === 1 ? 3 : -3) : 0
  const pane: Focus | undefined = inside(r.source, m.x, m.y) ? "source" : inside(r.detail, m.x, m.y) ? "detail" : inside(r.events, m.x, m.y) ? "events" : inside(r.nav, m.x, m.y) ? "nav" : undefined
  if (wheel !== 0) {
    if (pane === undefined) return done(s)
    if (pane === "nav" && s.view === "timeline") return done({ ...s, ...calendarKey(s, "", wheel > 0 ? { downArrow: true } : { upArrow: true }), focus: s.focus })
    const moved = moveBy({ ...s, focus: pane }, wheel)
    return done({ ...moved, focus: s.focus })
  }
  if ((m.button & 3) !== 0 || m.button & 32) return done(s) // only the left button's press
  if (m.y === 0) {
    const tab = r.tabs.find((t) => m.x >= t.x && m.x < t.x + t.w)
    return done(tab === undefined ? s : switchView(s, tab.view))
  }
  if (pane === "nav" && r.nav !== undefined) {
    if (s.view === "timeline") {
      const day = s.timeline.day === null ? null : calendarDayAt(s.timeline.mode, r.nav, s.timeline.day, m.x, m.y)
      if (day === null) return done({ ...s, focus: "nav" })
      if (day === s.timeline.day) return done({ ...s, focus: "events" })
      return done({ ...s, focus: "nav", timeline: { ...s.timeline, day }, sel: 0 })
    }
    const length = s.view === "months" ? s.months.items.length : s.view === "people" ? displayedPeople(s).length : displayedPlaces(s).length
    const sel = s.view === "months" ? s.months.sel : s.view === "people" ? s.people.sel : s.places.sel
    const index = listWindow(sel, rowsOf(r.nav), length) + (m.y - r.nav.y - 1)
    if (m.y === r.nav.y || index >= length) return done({ ...s, focus: "nav" })
    if (index === sel && s.focus === "nav") return done(forward(s, false))
    return done(moveBy({ ...s, focus: "nav" }, index - sel))
  }
  if (pane === "events" && r.events !== undefined) {
    const rows = displayedEvents(s)
    const index = listWindow(s.sel, rowsOf(r.events), rows.length) + (m.y - r.events.y - 1)
    if (m.y === r.events.y || index >= rows.length) return done({ ...s, focus: "events" })
    if (index === s.sel && s.focus === "events") return done(forward(s, false))
    return done({ ...s, focus: "events", sel: index, detail: { ...s.detail, scroll: 0 } })
  }
  if (pane === "detail") return done({ ...s, focus: "detail" })
  return done(s)
}

/** What the year's counts look like for the calendar: day → count, ranges spread over their days. */
export const spreadCounts = (rows: ReadonlyArray<{ start: string; end: string | null; count: number }>, year: string): Record<string, number> => {
  const days: Record<string, number> = {}
  for (const r of rows) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.start)) continue
    let d = r.start
    const end = r.end !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.end) && r.end > r.start ? r.end : r.start
    for (let i = 0; i < 40 && d <= end; i++, d = addDays(d, 1)) if (d.startsWith(year)) days[d] = (days[d] ?? 0) + r.count
  }
  return days
}

export { daysInMonth }
