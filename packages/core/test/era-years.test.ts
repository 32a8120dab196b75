import { describe, expect, it } from "vitest"
import { withGregorianYears } from "../src/clean/era-years.ts"
import { parseText } from "./helpers.ts"

// Made-up annals of the Republic years: an era year is the Gregorian year it names, as a chronicle dates it.
const identity = (text: string) => ({ text, map: Int32Array.from({ length: text.length + 1 }, (_, i) => i) })
const starts = (text: string) => parseText("annals.txt", text).mentions.map((m) => m.date.start)

describe("era years", () => {
  it("an era year in figures or numerals, or its first year (元年), is the Gregorian year", () => {
    expect(withGregorianYears(identity("民国26年7月7日,某县各界集会。")).text).toBe("1937年7月7日,某县各界集会。")
    expect(withGregorianYears(identity("中华民国三十八年十月一日")).text).toBe("1949年十月一日")
    expect(withGregorianYears(identity("民国元年1月1日")).text).toBe("1912年1月1日")
  })
  it("a bracketed gloss that says the same year again is dropped, on either side; one that says another year leaves both as written", () => {
    expect(withGregorianYears(identity("民国二十六年(1937年)7月7日")).text).toBe("1937年7月7日")
    expect(withGregorianYears(identity("民国二年（公元1913）3月5日")).text).toBe("1913年3月5日")
    expect(withGregorianYears(identity("1913年(民国二年)3月5日")).text).toBe("1913年3月5日")
    expect(withGregorianYears(identity("民国二年(1914年)3月5日")).text).toBe("民国二年(1914年)3月5日")
  })
  it("each written year maps to where its era year stood, and the text after it keeps its own offsets", () => {
    const raw = "甲。民国二十六年(1937年)7月7日,乙。"
    const out = withGregorianYears(identity(raw))
    expect(out.map[out.text.indexOf("1937")]).toBe(raw.indexOf("民国"))
    expect(out.map[out.text.indexOf("7月7日")]).toBe(raw.indexOf("7月7日"))
    expect(out.map[out.text.length]).toBe(raw.length)
  })
  it("a text that names no era is returned as it came", () => {
    const t = identity("1937年7月7日,某县各界集会。")
    expect(withGregorianYears(t)).toBe(t)
  })
  it("entries of annals dated by era years, and day entries under an era-year heading, get their Gregorian years", () => {
    const page = [
      "某县大事记",
      "民国二十六年(1937年)7月9日,某县各界在县城集会,声援抗战。",
      "民国三十七年10月12日,某县县城解放。",
      "民国三十八年(1949)",
      "8月2日 某县人民政府成立。",
      "9月15日 某县召开首届各界人民代表会议。"
    ].join("\n")
    expect(starts(page)).toEqual(["1937-07-09", "1948-10-12", "1949-08-02", "1949-09-15"])
  })
  it("a heading of a year before 1949 (1921年, 某某大事记(1934年), a lone 1927 over month sections) dates the day entries under it", () => {
    expect(starts(["1921年", "", "3月4日,某站设防疫所一处,检查来往行人。", "4月22日,某镇发生大火。"].join("\n"))).toEqual(["1921-03-04", "1921-04-22"])
    expect(starts(["某某党史大事记(1934年)", "信息发布:某委 时间:2031-04-14 09:30", "1月15日至18日", "某某会议在某地召开。"].join("\n"))).toEqual(["1934-01-15"])
    expect(starts(["1927", "5月", "3日 某县农民协会成立。", "9日 某县召开农民代表大会。"].join("\n"))).toEqual(["1927-05-03", "1927-05-09"])
  })
  it("the event's text shows the Gregorian year, and its span still covers the entry as written", () => {
    const page = "某县大事记\n民国26年7月9日,某县各界在县城集会。\n"
    const m = parseText("annals.txt", page).mentions[0]!
    expect(m.text).toContain("1937年7月9日,某县各界")
    expect(page.slice(...m.span)).toContain("民国26年7月9日")
  })
})
