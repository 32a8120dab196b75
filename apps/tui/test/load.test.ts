import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type BrowserData, openBrowserData } from "../src/data.ts"
import { deferredList, loadFor } from "../src/load.ts"
import { displayedEvents, initialState, listLoading, type State, update } from "../src/state.ts"
import { seededDb } from "./helpers.ts"

let data: BrowserData
beforeAll(async () => void (data = openBrowserData(await seededDb())))
afterAll(() => data.close())

/** Types a search into the browser as it opens, then Enter. */
const search = (s: State, word: string): State => update(update(update(s, { type: "key", input: "/", key: {} }).state, { type: "key", input: word, key: {} }).state, { type: "key", input: "", key: { return: true } }).state

describe("loading what the state asks for", () => {
  it("opens with the months and the busiest month's rows already read", () => {
    const s = loadFor(data, 200, initialState(80, 24))
    expect(s.months.loaded).toBe(true)
    expect(listLoading(s)).toBe(false)
    expect(displayedEvents(s).length).toBeGreaterThan(0)
  })

  it("puts off a short search no index serves (a scan of every event) until the frame saying it is loading is out", () => {
    const opened = loadFor(data, 200, initialState(80, 24))
    // made-up characters no seed document has; with a middle dot the character-pair index cannot answer
    const asked = loadFor(data, 200, search(opened, "翾·"), { deferSlow: true })
    expect(deferredList(asked)).toBe(true)
    expect(listLoading(asked)).toBe(true)
    expect(displayedEvents(asked)).toEqual([])
    const answered = loadFor(data, 200, asked)
    expect(deferredList(answered)).toBe(false)
    expect(listLoading(answered)).toBe(false)
    expect(answered.list.items).toEqual([])
    // two characters of letters: SQLite's character-pair index answers at once, found or not
    const indexed = loadFor(data, 200, search(opened, "翾翾"), { deferSlow: true })
    expect(deferredList(indexed)).toBe(false)
    expect(listLoading(indexed)).toBe(false)
    expect(indexed.list.items).toEqual([])
    // a word of three or more characters goes to the word index at once
    const word = displayedEvents(opened)[0]!.title.slice(0, 4)
    const direct = loadFor(data, 200, search(opened, word), { deferSlow: true })
    expect(deferredList(direct)).toBe(false)
    expect(displayedEvents(direct).length).toBeGreaterThan(0)
    // a short word events have is found at once
    const short = loadFor(data, 200, search(opened, word.slice(0, 2)), { deferSlow: true })
    expect(deferredList(short)).toBe(false)
    expect(displayedEvents(short).length).toBeGreaterThan(0)
  })
})
