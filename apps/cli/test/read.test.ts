import { describe, expect, it } from "vitest"
import { readFlag, readMember, readNumber, readText, readTexts, requireText, requireTexts } from "../src/cli/read.ts"

// What the checks of a command line produced, read back with their types: a value of another type is the
// command's own slip (its spec checked one thing, its code reads another), said as a bug, never passed on.
const checked = { db: "store.db", limit: 20, all: true, bom: false, docs: ["a", "b"], kind: "meeting", ID: "ev_1234" }

describe("reading checked command-line values", () => {
  it("gives each value with its type, and undefined for what was not given", () => {
    expect(readText(checked, "db")).toBe("store.db")
    expect(readNumber(checked, "limit")).toBe(20)
    expect(readFlag(checked, "all")).toBe(true)
    expect(readFlag(checked, "bom")).toBe(false)
    expect(readTexts(checked, "docs")).toEqual(["a", "b"])
    expect(readMember(checked, "kind", ["meeting", "inspection"])).toBe("meeting")
    expect(requireText(checked, "ID")).toBe("ev_1234")
    expect(readText(checked, "month")).toBeUndefined()
    expect(readNumber(checked, "year")).toBeUndefined()
    expect(readTexts(checked, "feed")).toBeUndefined()
  })

  it("refuses a value of another type as a bug of the command", () => {
    expect(() => readText(checked, "limit")).toThrow(/limit holds 20, not text/)
    expect(() => readNumber(checked, "db")).toThrow(/not a number/)
    expect(() => readFlag(checked, "db")).toThrow(/not a flag/)
    expect(() => readTexts(checked, "db")).toThrow(/not a list of texts/)
    expect(() => readTexts({ docs: ["a", 2] }, "docs")).toThrow(/not a list of texts/)
    expect(() => readMember(checked, "kind", ["inspection", "visit"])).toThrow(/not one of inspection, visit/)
    expect(() => requireText(checked, "FILE")).toThrow(/FILE/)
    expect(() => requireTexts(checked, "SET")).toThrow(/SET/)
  })
})
