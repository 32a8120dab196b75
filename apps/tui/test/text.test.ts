import { describe, expect, it } from "vitest"
import { detailText, sourceRefs } from "../src/detail.ts"
import { addMonths, jumpTarget, parseJumpDate, weekday } from "../src/dates.ts"
import { eventDateLabel, spansMonths } from "../src/labels.ts"
import { dedupePlaces, groupPlaces, placeCanon } from "../src/places.ts"
import { lineOfOffset, sourceLayout, sourceLine, sourceTop } from "../src/source.ts"
import { NO_LINE_START } from "../src/width.ts"
import { ev } from "./fixtures.ts"

describe("dates typed after :", () => {
  it("reads ISO, Chinese and Chinese-numeral dates, a month or a year", () => {
    expect(parseJumpDate("2021-02-24")).toEqual({ year: 2021, month: 2, day: 24 })
    expect(parseJumpDate("2021/2/4")).toEqual({ year: 2021, month: 2, day: 4 })
    expect(parseJumpDate("20210224")).toEqual({ year: 2021, month: 2, day: 24 })
    expect(parseJumpDate("2021年2月24日")).toEqual({ year: 2021, month: 2, day: 24 })
    expect(parseJumpDate("2月24日")).toEqual({ year: null, month: 2, day: 24 })
    expect(parseJumpDate("２月２４日")).toEqual({ year: null, month: 2, day: 24 })
    expect(parseJumpDate("二月二十四日")).toEqual({ year: null, month: 2, day: 24 })
    expect(parseJumpDate("十二月")).toEqual({ year: null, month: 12, day: null })
    expect(parseJumpDate("2021-02")).toEqual({ year: 2021, month: 2, day: null })
    expect(parseJumpDate("2021")).toEqual({ year: 2021, month: null, day: null })
    expect(parseJumpDate("13月")).toBeNull()
    expect(parseJumpDate("会议")).toBeNull()
    expect(parseJumpDate("")).toBeNull()
  })

  it("takes the missing year (and for a bare day the month) from the context; clamps 31 to the month's last day", () => {
    expect(jumpTarget({ year: null, month: 2, day: 24 }, "2019-05")).toBe("2019-02-24")
    expect(jumpTarget({ year: null, month: null, day: 24 }, "2019-05-01")).toBe("2019-05-24")
    expect(jumpTarget({ year: 2021, month: 2, day: 31 }, undefined)).toBe("2021-02-28")
    expect(jumpTarget({ year: null, month: 2, day: 1 }, undefined)).toBeNull()
    expect(addMonths("2021-01-31", 1)).toBe("2021-02-28")
    expect(addMonths("2021-01-15", -1)).toBe("2020-12-15")
    expect(weekday("2021-02-01")).toBe(0) // a Monday
  })
})

describe("places", () => {
  it("one place written two ways is one place; an ambiguous short name stays apart", () => {
    const canon = placeCanon(["某甲", "某甲市", "某乙省", "某乙市", "某乙", "某丙县"])
    expect(canon.get("某甲")).toBe("某甲市")
    expect(canon.get("某乙")).toBe("某乙")
    expect(canon.get("某乙省")).toBe("某乙省")
    expect(dedupePlaces([{ name: "某甲" }, { name: "某丁区" }, { name: "某甲市" }]).map((p) => p.name)).toEqual(["某甲市", "某丁区"])
    expect(groupPlaces([
      { name: "某甲", count: 3 },
      { name: "某甲市", count: 2 }
    ])).toEqual([{ name: "某甲市", names: ["某甲", "某甲市"], count: 5 }])
  })
})

describe("lists and the detail", () => {
  it("dates carry the year when the list spans months", () => {
    const a = ev("2021-02-24")
    const b = ev("2022-03-01", { date: { start: "2022-03-01", end: "2022-03-02", precision: "day", year: { value: 2022, source: "text" } } })
    expect(spansMonths([a, a])).toBe(false)
    expect(spansMonths([a, b])).toBe(true)
    expect(eventDateLabel(a, false)).toBe("2月24日")
    expect(eventDateLabel(b, true)).toBe("2022年3月1日至2日")
    expect(eventDateLabel(ev("XXXX-04-02"), true)).toBe("某年4月2日")
  })

  it("the detail lists a place once, breaks lines without closing punctuation at their start, and names each source with its merge reason", () => {
    const e = ev("2021-02-24", {
      places: [
        { name: "某甲", level: "city" },
        { name: "某甲市", level: "city" }
      ],
      text: "虚构的会议在某甲市召开，与会者讨论了示例议题（包括甲、乙、丙三项），会议强调，要做好示例工作。".repeat(4),
      merged: [{ document: "other.txt", span: [3, 9], method: "exact", score: 1 }]
    })
    const lines = detailText(e, [7], 21)
    expect(lines.find((l) => l.text.startsWith("地点："))!.text).toBe("地点：某甲市")
    for (const l of lines.slice(1)) expect(NO_LINE_START.has([...l.text][0] ?? ""), l.text).toBe(false)
    const text = lines.map((l) => l.text).join("")
    expect(text).toContain("来源1：made-up.txt 第7行")
    expect(text).toContain("合并：other.txt [3–9] 合并理由：完全相同 1.00")
    expect(sourceRefs(e).map((r) => r.document)).toEqual(["made-up.txt", "other.txt"])
  })

  it("the source view puts the span a third of the way down, whatever the document's line breaks", () => {
    const text = Array.from({ length: 100 }, (_, i) => `虚构第${i}行\t文字。`).join("\r\n")
    const lines = sourceLayout({ status: "found", text, path: "t.txt" }, 30)
    const at = text.indexOf("虚构第50行")
    const top = sourceTop(lines, [at, at + 5], 12, null)
    expect(lineOfOffset(lines, at) - top).toBe(4)
    expect(sourceTop(lines, [at, at + 5], 12, 3)).toBe(3)
    expect(sourceTop(lines, [0, 1], 12, null)).toBe(0)
  })

  it("numbers the source's lines as an editor does (\r\n ends one line), whatever the width it is wrapped to", () => {
    const text = Array.from({ length: 20 }, (_, i) => `虚构第${i}行文字。`).join("\r\n")
    const doc = { status: "found", text, path: "t.txt" } as const
    expect(sourceLine(doc, 0)).toBe(1)
    expect(sourceLine(doc, text.indexOf("虚构第7行"))).toBe(8)
    expect(sourceLine(doc, text.length)).toBe(20)
    // the wrapped lines of one document are laid out once per width, and differ between widths
    expect(sourceLayout(doc, 6)).toBe(sourceLayout(doc, 6))
    expect(sourceLayout(doc, 6).length).toBeGreaterThan(sourceLayout(doc, 40).length)
  })
})
