import { describe, expect, it } from "vitest"
import { listWindow } from "../../src/layout.ts"
import { displayedEvents, layoutOf, parseMouse } from "../../src/state.ts"
import { keys, opened, run } from "./harness.ts"

describe("the reducer: the mouse", () => {
  it("the wheel moves the list under it, a click selects, a second click opens, the top line's tabs switch views", () => {
    let s = opened(80, 24)
    const r = layoutOf(s)
    const events = r.events!
    s = run(s, { type: "mouse", button: 65, x: events.x + 3, y: events.y + 2, press: true }).state
    expect(s.sel).toBe(3)
    expect(s.focus).toBe("nav") // the wheel does not move the focus
    const row = (i: number) => events.y + 1 + i - listWindow(s.sel, events.h - 1, displayedEvents(s).length)
    s = run(s, { type: "mouse", button: 0, x: events.x + 5, y: row(1), press: true }).state
    expect(s.sel).toBe(1)
    expect(s.focus).toBe("events")
    s = run(s, { type: "mouse", button: 0, x: events.x + 5, y: row(1), press: true }).state
    expect(s.focus).toBe("detail")
    const tab = r.tabs.find((t) => t.view === "timeline")!
    s = run(s, { type: "mouse", button: 0, x: tab.x + 1, y: 0, press: true }).state
    expect(s.view).toBe("timeline")
  })

  it("a click on a month selects it; releases, the right button and clicks under a prompt do nothing", () => {
    const s = opened(80, 24)
    const nav = layoutOf(s).nav!
    const first = run(s, { type: "mouse", button: 0, x: nav.x + 2, y: nav.y + 1, press: true }).state
    expect(first.months.sel).toBe(0)
    for (const m of [
      { button: 0, press: false },
      { button: 2, press: true }
    ])
      expect(run(s, { type: "mouse", ...m, x: nav.x + 2, y: nav.y + 1 }).state).toBe(s)
    const prompting = keys(s, "/").state
    expect(run(prompting, { type: "mouse", button: 0, x: nav.x + 2, y: nav.y + 1, press: true }).state).toBe(prompting)
  })

  it("reads SGR mouse reports", () => {
    expect(parseMouse("[<64;10;5M")).toEqual({ button: 64, x: 9, y: 4, press: true })
    expect(parseMouse("[<0;1;1m")).toEqual({ button: 0, x: 0, y: 0, press: false })
    expect(parseMouse("j")).toBeNull()
  })
})
