import { kinds } from "../labels.ts"
import { VIEWS } from "../layout.ts"
import { copy } from "./commands.ts"
import { back, forward, moveBy, moveTo, narrow, switchView, tab } from "./navigate.ts"
import { layoutOf, rowsOf } from "./panes.ts"
import { isText, promptKey } from "./prompt.ts"
import { cycleSort } from "./sort.ts"
import { currentSource } from "./source-view.ts"
import { calendarKey } from "./timeline.ts"
import { done, type Key, type Result, type State } from "./types.ts"

/**
 * One key: help and prompts take every key first; then the keys that work everywhere (q ? 1–4 / p l : e t
 * y s), then those of the focused pane. Letters are commands; Chinese characters typed on the people or
 * places list narrow it.
 */
export const key = (s0: State, input: string, k: Key): Result => {
  if (s0.help) return done({ ...s0, help: false })
  if (s0.prompt !== null) return promptKey(s0, s0.prompt, input, k)
  const s: State = s0.message.length > 0 ? { ...s0, message: "" } : s0
  const global = globalKey(s, input, k)
  if (global !== undefined) return global
  return done(paneKey(s, input, k))
}

const globalKey = (s: State, input: string, k: Key): Result | undefined => {
  if (input === "q" && !k.ctrl) return done(s, { type: "quit" })
  if (input === "?") return done({ ...s, help: true })
  const v = VIEWS[Number(input) - 1]
  if (/^[1-4]$/.test(input) && v !== undefined) return done(switchView(s, v))
  const countList = s.focus === "nav" && (s.view === "people" || s.view === "places") ? s.view : undefined
  if (input === "/") return done({ ...s, prompt: countList !== undefined ? { kind: "narrow", value: s[countList].narrow } : { kind: "q", value: s.filters.q ?? "" } })
  if (input === "p") return done({ ...s, prompt: { kind: "person", value: s.filters.person ?? "" } })
  if (input === "l") return done({ ...s, prompt: { kind: "place", value: s.filters.place ?? "" } })
  if (input === ":") return done({ ...s, prompt: { kind: "jump", value: "" } })
  if (input === "e") return done({ ...s, prompt: { kind: "export", value: "" } })
  if (input === "t") {
    const i = s.filters.kind === undefined ? 0 : kinds.indexOf(s.filters.kind) + 1
    return done({ ...s, filters: { ...s.filters, kind: kinds[i] }, focus: s.focus === "nav" ? s.focus : "events", sel: 0 })
  }
  if (input === "y") return copy(s)
  if (input === "s") return done(cycleSort(s))
  if (countList !== undefined && isText(input, k) && /\p{Script=Han}/u.test(input)) return done(narrow(s, countList, s[countList].narrow + input, true))
  if (k.escape) return done(back(s))
  if (k.tab) return done(tab(s, k.shift === true))
  return undefined
}

const paneKey = (s: State, input: string, k: Key): State => {
  if (s.focus === "source" && (input === "n" || input === "N")) {
    const src = currentSource(s)
    if (src === undefined) return s
    const n = src.refs.length
    return { ...s, source: { ...s.source, index: (src.index + (input === "n" ? 1 : n - 1)) % n, scroll: null } }
  }
  // → opens except on the calendar, where it moves a day
  const calendar = s.view === "timeline" && s.focus === "nav"
  if (k.return || input === "o" || (k.rightArrow && !calendar)) return forward(s, k.return === true || input === "o")
  if (k.leftArrow && !calendar) return back(s)
  if (calendar) return calendarKey(s, input, k)
  const r = layoutOf(s)
  const rect = s.focus === "nav" ? r.nav : s.focus === "events" ? r.events : s.focus === "detail" ? r.detail : r.source
  const page = rowsOf(rect) - (s.focus === "source" ? 1 : 0)
  if (input === "g" || k.home) return moveTo(s, 0)
  if (input === "G" || k.end) return moveTo(s, Number.MAX_SAFE_INTEGER)
  const step = k.downArrow || input === "j" ? 1 : k.upArrow || input === "k" ? -1 : k.pageDown || input === " " ? page : k.pageUp ? -page : 0
  return step !== 0 ? moveBy(s, step) : s
}
