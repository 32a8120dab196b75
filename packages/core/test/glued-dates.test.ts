import { describe, expect, it } from "vitest"
import { findDates } from "../src/dates/index.ts"
import { parseText } from "./helpers.ts"

// Made-up entries whose 月 (and 年) a copy lost: the month's figures run into the day's.
const read = (text: string) => findDates(text).map((d) => [d.year, d.month, d.day, d.endDay])

describe("dates whose month ran into the day", () => {
  it("are read as month and day when no day can be that large, a one-figure month preferred", () => {
    expect(read("113日至16日 某县春耕生产现场会在某镇举行。")).toEqual([[null, 1, 13, 16]])
    expect(read("1217日,某协会年会在某市举行。")).toEqual([[null, 12, 17, null]])
    expect(read("57日上午,某县召开党建工作会。")).toEqual([[null, 5, 7, null]])
    expect(read("2031415日上午,某县领导到某村调研。")).toEqual([[2031, 4, 15, null]])
  })
  it("are not read inside a word or a number: a campaign of 120 days, a figure glued to a measure, a day that can be one", () => {
    expect(read("全县开展120日攻坚行动。")).toEqual([])
    expect(read("累计完成投资1200万元,历时125日。")).toEqual([])
    expect(read("第112日,某队抵达。")).toEqual([])
    expect(read("某会于 25日 召开。")).toEqual([[null, null, 25, null]])
  })
  it("open the entries of a yearbook page as any date does", () => {
    const page = ["某市1992年大事记", "1月", "4日 某厅工作组到某市。", "113日至16日 某县春耕生产现场会在某镇举行。", "127日 某电厂二期工程举行开工仪式。", "219日 某县青年企业家协会成立。"].join("\n")
    expect(parseText("yearbook.txt", page).mentions.map((m) => [m.date.start, m.date.end])).toEqual([
      ["1992-01-04", null],
      ["1992-01-13", "1992-01-16"],
      ["1992-01-27", null],
      ["1992-02-19", null]
    ])
  })
})
