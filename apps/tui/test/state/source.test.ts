import { describe, expect, it } from "vitest"
import { currentSource, initialState, sourceKey, sourceView } from "../../src/state.ts"
import { ev } from "../fixtures.ts"
import { answer, keys, months, run } from "./harness.ts"

describe("the reducer: the source view", () => {
  it("steps through sources and merged mentions with n/N and scrolls around the span", () => {
    const merged = ev("2021-02-24", {
      sources: [
        { document: "one.txt", span: [400, 420], format: "plain" },
        { document: "two.txt", span: [5, 30], format: "plain" }
      ],
      merged: [
        { document: "two.txt", span: [5, 30], method: "near", score: 0.82 },
        { document: "three.txt", span: [0, 10], method: "containment", score: 0.9 }
      ]
    })
    let s = keys(answer(run(initialState(80, 24), { type: "months", items: months }).state, [merged]), { return: true }, { return: true }, "o").state
    expect(s.focus).toBe("source")
    const src = currentSource(s)!
    expect(src.refs.map((x) => x.note)).toEqual(["主要来源", "合并理由：高度相似 0.82", "合并理由：被包含 0.90"])
    expect(src.doc.status).toBe("loading")
    const text = Array.from({ length: 60 }, (_, i) => `第${i}行虚构的文字。`).join("\n")
    s = run(s, { type: "sourceDoc", ref: sourceKey("one.txt", [400, 420]), doc: { status: "found", text, path: "/made/up/one.txt" } }).state
    // the span (raw offsets 400–420) lies on the line holding offset 400, a third of the way down
    const v = sourceView(s)!
    expect(v.lines[v.top + Math.floor(v.rows / 3)]!.start).toBeLessThanOrEqual(400)
    const before = v.top
    s = keys(s, "j").state
    expect(sourceView(s)!.top).toBe(before + 1)
    s = keys(s, "n").state
    expect(currentSource(s)!.index).toBe(1)
    s = keys(s, "n", "n").state
    expect(currentSource(s)!.index).toBe(0)
    s = keys(s, "N").state
    expect(currentSource(s)!.index).toBe(2)
  })
})
