import { describe, expect, it } from "vitest"
import { findDates } from "../src/dates/index.ts"
import { parseText } from "./helpers.ts"

// Made-up entries whose 月 (and 年) a copy lost: the month's figures run into the day's.
const read = (text: string) => findDates(text).map((d) => [d.year, d.month, d.day, d.endDay])

describe("dates whose month ran into the day", () => {
  it("are read as month and day when no day can be that large, a one-figure month preferred", () => {
    expect(read("112日至15日 某省水利工作会议在某市召开。")).toEqual([[null, 1, 12, 15]])
    expect(read("1215日,某学会年会在某市举行。")).toEqual([[null, 12, 15, null]])
    expect(read("46日上午,某公司在北京上市。")).toEqual([[null, 4, 6, null]])
    expect(read("2031323日上午,某地委领导到某村调研。")).toEqual([[2031, 3, 23, null]])
  })
  it("are not read inside a word or a number: a campaign of 120 days, a figure glued to a measure, a day that can be one", () => {
    expect(read("全县开展120日攻坚行动。")).toEqual([])
    expect(read("累计完成投资1200万元,历时125日。")).toEqual([])
    expect(read("第112日,某队抵达。")).toEqual([])
    expect(read("某会于 25日 召开。")).toEqual([[null, null, 25, null]])
  })
  it("open the entries of a yearbook page as any date does", () => {
    const page = ["某市1992年大事记", "1月", "4日 某局调查组到某市。", "112日至15日 某省农田水利工作会议在某市召开。", "123日 某厂主体工程举行奠基仪式。", "218日 某市农资科技协会成立。"].join("\n")
    expect(parseText("yearbook.txt", page).mentions.map((m) => [m.date.start, m.date.end])).toEqual([
      ["1992-01-04", null],
      ["1992-01-12", "1992-01-15"],
      ["1992-01-23", null],
      ["1992-02-18", null]
    ])
  })
})
