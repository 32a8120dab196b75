import { describe, expect, it } from "vitest"
import { parseText, parseTexts } from "./helpers.ts"

describe("pipeline", () => {
  it("removes spam injected where a name stood and restores the name the title pins down", () => {
    const doc = "2019年3月5日,湖南省委召开常委会会议,深入学习贯彻888娱乐城_bet36亚洲体育¥在线官网总书记重要讲话精神。"
    const [m] = parseText("spam.txt", doc).mentions
    expect(m!.warnings).toEqual(expect.arrayContaining(["spam-removed", "name-restored"]))
    expect(m!.text).toContain("深入学习贯彻习近平总书记重要讲话精神")
    expect(m!.text).not.toMatch(/bet36|娱乐城/)
  })
  it("gives the same ids on every run and in any order of documents", () => {
    const a = ["a.txt", "3月2日,省长李华主持召开省政府常务会议。\n3月3日,省委书记张明到岳阳市调研。"] as const
    const b = ["b.txt", "3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产。"] as const
    const one = parseTexts([a, b], { year: 2022 }).events.map((e) => e.id)
    const two = parseTexts([b, a], { year: 2022 }).events.map((e) => e.id)
    expect(one).toEqual(two)
    expect(new Set(one).size).toBe(one.length)
  })
  it("reports a bad document as a typed error and still parses the others", () => {
    const r = parseTexts([
      ["good.txt", "3月2日,省长李华主持召开省政府常务会议。"],
      ["empty.txt", new Uint8Array()],
      ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]
    ])
    expect(r.events).toHaveLength(1)
    expect(r.errors.map((e) => [e._tag, e.document])).toEqual([
      ["EmptyDocument", "empty.txt"],
      ["BinaryDocument", "image.png"]
    ])
  })
})
