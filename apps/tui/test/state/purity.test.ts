import { describe, expect, it } from "vitest"
import type { Action, Key, State } from "../../src/state.ts"
import { update } from "../../src/state.ts"
import { key, opened, people, places, run } from "./harness.ts"

/** Freezes a value and everything it holds, so a reducer that writes to its input throws (ES modules are strict). */
const deepFreeze = <A>(x: A): A => {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    if (!(x instanceof Map)) for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

const specials: Array<Key> = [{ return: true }, { escape: true }, { tab: true }, { upArrow: true }, { downArrow: true }, { leftArrow: true }, { rightArrow: true }, { pageUp: true }, { pageDown: true }, { home: true }, { end: true }, { backspace: true }]
const letters = [..."jkgGsvtyonN[]:/?e12343"]

describe("the reducer is pure", () => {
  it("every key in every view returns a new state and leaves the old one as it was", () => {
    let s: State = run(opened(160, 48), { type: "people", items: people }, { type: "places", items: places }).state
    const clicks: Array<Action> = [
      { type: "mouse", button: 65, x: 30, y: 5, press: true },
      { type: "mouse", button: 0, x: 40, y: 10, press: true }
    ]
    const actions: Array<Action> = [...letters.map((c) => key(c)), ...specials.map((k) => key("", k)), ...clicks]
    let steps = 0
    expect(actions.length).toBeGreaterThan(30)
    for (const view of ["1", "2", "3", "4"]) {
      s = run(s, key(view)).state
      for (const a of actions) {
        const before = JSON.stringify(deepFreeze(s))
        const r = update(s, a)
        expect(JSON.stringify(s)).toBe(before)
        // close whatever the key opened (a prompt, help), so the next key acts on the view
        s = r.state.prompt !== null || r.state.help ? run(r.state, key("", { escape: true })).state : r.state
        steps++
      }
    }
    expect(steps).toBe(4 * actions.length)
  })

  it("the same actions give the same state", () => {
    const actions = [key("", { return: true }), key("j"), key("s"), key("4"), key("v"), key("", { rightArrow: true }), key("2")]
    expect(JSON.stringify(run(opened(), ...actions).state)).toBe(JSON.stringify(run(opened(), ...actions).state))
  })
})
