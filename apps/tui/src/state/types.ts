import type { Event } from "@dashiji/core"
import type { MonthCount, PersonSummary } from "@dashiji/store"
import { type CalendarMode, type Focus, MIN_HEIGHT, MIN_WIDTH, type View } from "../layout.ts"
import type { PlaceGroup } from "../places.ts"
import type { SourceDoc } from "../source.ts"

/**
 * The browser's whole state, the actions that change it and the effects the reducer asks for. The reducer
 * (update.ts) is pure: what it cannot do itself (quit, write to the clipboard, export) it returns as effects;
 * what to load is read off the state by load.ts.
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

export type Effect =
  | { readonly type: "quit" }
  | { readonly type: "copy"; readonly text: string }
  | { readonly type: "export"; readonly format: "csv" | "md"; readonly target: ExportTarget }
  | { readonly type: "report"; readonly month: string }

export interface Result {
  readonly state: State
  readonly effects: ReadonlyArray<Effect>
}
export const done = (state: State, ...effects: Array<Effect>): Result => ({ state, effects })

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

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n))
