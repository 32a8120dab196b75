import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Event } from "@dashiji/core"
import { dayLabel, leadPerson, monthLabel, warningNotes } from "../src/labels.ts"
import { inCi, interactive } from "../src/run.tsx"
import { charWidth, displayWidth, fit, NO_LINE_END, NO_LINE_START, truncate, wrap, wrapSpans } from "../src/width.ts"

/** Strings mixing ASCII, CJK, full-width punctuation and astral characters (emoji, CJK extension B). */
const mixed = fc
  .array(fc.constantFrom("a", "Z", "1", " ", "甲", "乙", "丙", "，", "。", "（", "Ａ", "😀", "𠀋", "é", "—", "…"), { maxLength: 60 })
  .map((xs) => xs.join(""))

describe("display width", () => {
  it("counts CJK, full-width forms and wide emoji as two columns, ASCII as one", () => {
    expect(displayWidth("甲乙丙abc")).toBe(9)
    expect(displayWidth("，。（）")).toBe(8)
    expect(displayWidth("Ａ")).toBe(2)
    expect(displayWidth("𠀋")).toBe(2)
    expect(displayWidth("😀")).toBe(2)
    expect(displayWidth("é—…")).toBe(3)
    expect(charWidth(0x0a)).toBe(0)
  })

  it("truncate never exceeds the width, marks the cut with …, and keeps what fits", () => {
    expect(truncate("某某书记甲乙丙到某市调研", 10)).toBe("某某书记…")
    expect(truncate("abc", 3)).toBe("abc")
    expect(truncate("甲乙丙", 5)).toBe("甲乙…")
    expect(truncate("甲乙丙", 0)).toBe("")
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 40 }), (s, w) => {
        const t = truncate(s, w)
        expect(displayWidth(t)).toBeLessThanOrEqual(w)
        if (displayWidth(s) <= w) expect(t).toBe(s)
        else {
          expect(t.endsWith("…")).toBe(true)
          expect(s.startsWith(t.slice(0, -1))).toBe(true)
          // a wide character that does not fit leaves at most one column unused
          expect(displayWidth(t)).toBeGreaterThanOrEqual(w - 1)
        }
      })
    )
  })

  it("fit pads to exactly the width, so columns line up", () => {
    expect(fit("会议", 8)).toBe("会议    ")
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 40 }), (s, w) => {
        expect(displayWidth(fit(s, w))).toBe(w)
      })
    )
  })

  it("wrap keeps every character, in order, on lines no wider than the width", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 2, max: 30 }), (s, w) => {
        const lines = wrap(s, w)
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(w)
        expect(lines.join("")).toBe(s)
      })
    )
  })
})

describe("kinsoku line breaking", () => {
  it("never starts a line with closing punctuation nor ends one with an opening bracket: the character before moves down with it", () => {
    expect(wrap("甲乙丙丁戊己庚辛，壬癸。", 16)).toEqual(["甲乙丙丁戊己庚", "辛，壬癸。"])
    expect(wrap("一二三四五六七（八九）", 14)).toEqual(["一二三四五六七", "（八九）"])
    expect(wrap("一二三四五六七八九」。甲乙", 18)).toEqual(["一二三四五六七八", "九」。甲乙"])
    expect(wrap("一二三四五六（七八九", 14)).toEqual(["一二三四五六", "（七八九"])
    // a Latin word or number (an id) is not cut when it fits on the next line
    expect(wrap("编号：ev_0123456789ab", 16)).toEqual(["编号：", "ev_0123456789ab"])
  })

  it("holds for any text: lines fit, keep every character in order, and start with no closing punctuation when avoidable", () => {
    // text without runs of punctuation longer than two, nor two runs of two around one character (（《甲！？ is
    // wider than the narrowest line and has no break allowed inside it): a break can always be moved
    const text = fc
      .array(fc.oneof(fc.constantFrom("甲", "乙", "丙", "会", "议", "a", "1", " "), fc.constantFrom("，", "。", "）", "」", "、", "（", "《", "！？", "：“")), { maxLength: 80 })
      .map((xs) => xs.join(""))
      .filter((s) => !/[，。）」、！？：“（《]{3}/.test(s) && !/[，。）」、！？：“（《]{2}.[，。）」、！？：“（《]{2}/u.test(s))
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 40 }), (s, w) => {
        const lines = wrap(s, w)
        expect(lines.join("")).toBe(s)
        lines.forEach((l, i) => {
          expect(displayWidth(l)).toBeLessThanOrEqual(w)
          if (i > 0) expect(NO_LINE_START.has([...l][0] ?? ""), `line ${i} of ${JSON.stringify(lines)}`).toBe(false)
          if (i < lines.length - 1) expect(NO_LINE_END.has([...l].at(-1) ?? ""), `line ${i} of ${JSON.stringify(lines)}`).toBe(false)
        })
      })
    )
  })

  it("gives offsets into the text (line breaks excluded), so raw spans map to lines", () => {
    const t = "一二三\n四五六七八"
    expect(wrapSpans(t, 6)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 7, end: 9 }
    ])
  })
})

describe("labels", () => {
  const ev = (start: string, end: string | null): Event =>
    ({ date: { start, end, precision: "day", year: { value: 2020, source: "text" } }, people: [] }) as unknown as Event

  it("says months and days the Chinese way, including ranges and unknown years", () => {
    expect(monthLabel("2020-02")).toBe("2020年2月")
    expect(monthLabel("XXXX-12")).toBe("年份不详12月")
    expect(dayLabel(ev("2020-12-03", null))).toBe("12月3日")
    expect(dayLabel(ev("2020-12-03", "2020-12-04"))).toBe("12月3日至4日")
    expect(dayLabel(ev("2020-01-30", "2020-02-02"))).toBe("1月30日至2月2日")
    expect(dayLabel(ev("2020-05", null))).toBe("5月")
  })

  it("names the lead person with the first title, else whoever was met, else the first person", () => {
    const base = ev("2020-02-01", null)
    expect(leadPerson({ ...base, people: [{ name: "甲", pinyin: "Jiǎ", titles: [], role: "participant" }, { name: "乙", pinyin: "Yǐ", titles: ["省长"], role: "lead" }] })).toBe("省长乙")
    expect(leadPerson({ ...base, people: [{ name: "甲", pinyin: "Jiǎ", titles: [], role: "mentioned" }, { name: "丙", pinyin: "Bǐng", titles: [], role: "met" }] })).toBe("丙")
    expect(leadPerson(base)).toBe("")
  })

  it("says warnings in Chinese, leaving out the inferred year that the date line already gives with its reason", () => {
    expect(warningNotes(["date-conflict", "year-inferred", "spam-removed"])).toEqual(["各来源所记日期不一致", "原文夹杂的广告文字已删除"])
  })
})

describe("interactive", () => {
  it("is never interactive in CI, whatever the terminal", () => {
    expect(interactive({ CI: "true" })).toBe(false)
    expect(interactive({ CI: "1" })).toBe(false)
    // vitest's stdout is not a terminal either way
    expect(interactive({})).toBe(process.stdout.isTTY === true && process.stdin.isTTY === true)
  })
  it("reads CI the way Ink does, so the browser never starts where Ink would draw nothing", () => {
    expect(inCi({ CI: "true" })).toBe(true)
    expect(inCi({ CI: "false" })).toBe(false)
    expect(inCi({ CI: "0" })).toBe(false)
    expect(inCi({ CI: "" })).toBe(false)
    expect(inCi({ CONTINUOUS_INTEGRATION: "1" })).toBe(true)
    expect(inCi({ CI_PIPELINE_ID: "42" })).toBe(true)
    expect(inCi({ GITHUB_ACTIONS: "true" })).toBe(false)
    expect(inCi({})).toBe(false)
  })
})
