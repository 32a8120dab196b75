import type { Event } from "@dashiji/core"
import type { PersonSummary } from "@dashiji/store"
import { type Action, type Effect, initialState, type Key, listQuery, queryKey, type State, update } from "../../src/state.ts"
import { ev } from "../fixtures.ts"

/** Drives the reducer as the App does, without a terminal or a store: made-up months, people and events. */

/** Runs actions through the reducer, collecting effects. */
export const run = (s: State, ...actions: Array<Action>): { state: State; effects: Array<Effect> } => {
  const effects: Array<Effect> = []
  for (const a of actions) {
    const r = update(s, a)
    s = r.state
    effects.push(...r.effects)
  }
  return { state: s, effects }
}
export const key = (input: string, k: Key = {}): Action => ({ type: "key", input, key: k })
/** Keys in order: a string is typed input, an object a special key ({ return: true }). */
export const keys = (s: State, ...xs: Array<string | Key>) => run(s, ...xs.map((x) => (typeof x === "string" ? key(x) : key("", x))))
/** Answers the current query with rows (as the App does when the store replies). */
export const answer = (s: State, items: ReadonlyArray<Event>, nextCursor: string | null = null): State => {
  const k = queryKey(listQuery(s))
  return run(s, { type: "listStart", key: k }, { type: "listPage", key: k, after: null, items, nextCursor }).state
}

export const feb = [ev("2021-02-03"), ev("2021-02-10", { kind: "inspection" }), ev("2021-02-24"), ev("2021-02-24", { kind: "reception" }), ev("2021-02-27")]
export const months = [
  { month: "2020-12", count: 1 },
  { month: "2021-02", count: feb.length },
  { month: "2021-05", count: 2 }
]
export const people: Array<PersonSummary> = [
  { name: "甲乙丙", count: 9 },
  { name: "丁戊", count: 4 },
  { name: "庚辛壬", count: 2 }
]
export const places = [
  { name: "示例市", names: ["示例市", "示例"], count: 3 },
  { name: "另一县", names: ["另一县"], count: 1 }
]
/** The browser as it opens: the months loaded, the busiest month's events listed. */
export const opened = (width = 80, height = 24): State => answer(run(initialState(width, height), { type: "months", items: months }).state, feb)
/** The months loaded, the busiest month answered with some rows and a cursor for more. */
export const partlyLoaded = (rows: ReadonlyArray<Event>, cursor: string): State => answer(run(initialState(80, 24), { type: "months", items: months }).state, rows, cursor)
