import { MIN_HEIGHT, MIN_WIDTH } from "../layout.ts"
import { settle } from "./events.ts"
import { key } from "./keys.ts"
import { mouse } from "./mouse.ts"
import { type Action, done, type Effect, type Result, type State } from "./types.ts"

/** The reducer: `(state, action) → state` plus the effects the App carries out. Pure; nothing here touches the store. */
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
      // a page for another query, or one that does not continue the list, is dropped
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
    case "key":
      return keys(s, a)
  }
}

/** A burst of typing or a paste arrives as one string ("jjj", "2021-02-24\r"): each character is a key. */
const keys = (s: State, a: Extract<Action, { type: "key" }>): Result => {
  const input = a.input
  const chars = [...input]
  if (chars.length <= 1 || a.key.ctrl || a.key.meta || /^\[<\d/.test(input)) return key(s, input, a.key)
  let state = s
  const effects: Array<Effect> = []
  for (const ch of chars) {
    const r = ch === "\r" || ch === "\n" ? key(state, "", { return: true }) : ch === "\t" ? key(state, "", { tab: true }) : ch === "\u007f" ? key(state, "", { backspace: true }) : key(state, ch, {})
    state = r.state
    effects.push(...r.effects)
  }
  return { state, effects }
}
