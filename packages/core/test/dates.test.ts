import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { anchoredMatches, anchoredYears, dateAt, dateExpressions, findDatedYears, findDates, findStatedYears, findWorkYears, findYears, isoDate, parseCongressTerms, parseNumber, parseYearAnchors, sessionYears, yearMonthAt } from "../src/dates/index.ts"
import { resolveYear } from "../src/extract/year.ts"

const first = (s: string) => findDates(s)[0]

describe("findDates", () => {
  it("reads M月D日 and Chinese numerals", () => {
    expect(first("3月15日,省长")).toMatchObject({ month: 3, day: 15, year: null })
    expect(first("二〇二〇年十二月三日,会议")).toMatchObject({ year: 2020, month: 12, day: 3 })
    expect(first("十一月二十八日上午")).toMatchObject({ month: 11, day: 28 })
  })
  it("reads a day written with 号 without its month only in a range or before the time of day, not a number", () => {
    expect(first("12号到14号,某考察团来某省")).toMatchObject({ month: null, day: 12, endDay: 14 })
    expect(first("12号上午,省长甲乙")).toMatchObject({ month: null, day: 12 })
    expect(first("2月20号至21号,某市政协主席")).toMatchObject({ month: 2, day: 20, endDay: 21 })
    // the Chinese dash written doubled between the days
    expect(first("5月17——18日,旗政协主席")).toMatchObject({ month: 5, day: 17, endDay: 18 })
    for (const number of ["住在3号楼到5号楼", "某某发〔2031〕5号文件", "截至12号,共", "地铁9号线到11号线"]) expect(findDates(number)).toEqual([])
  })
  it("reads two two-figure days glued after a month as a range whose dash was lost (6月1415日), no other number", () => {
    expect(first("6月1415日 县委召开全会")).toMatchObject({ month: 6, day: 14, endMonth: 6, endDay: 15 })
    expect(first("2031年12月1516日,县委召开全会")).toMatchObject({ year: 2031, month: 12, day: 15, endYear: 2031, endDay: 16 })
    // a run longer than a week, days out of order, or no day at all: not a range
    expect(findDates("4月1230日 某某")).toEqual([])
    expect(findDates("4月2928日 某某")).toEqual([])
    expect(findDates("4月2000日 某某")).toEqual([])
  })
  it("reads two days running joined by 、 as a range (3、4日, 5月3、4日), not two numbers", () => {
    expect(first("3、4日 县委召开全会")).toMatchObject({ month: null, day: 3, endDay: 4 })
    expect(first("5月3、4日,县委召开全会")).toMatchObject({ month: 5, day: 3, endDay: 4 })
    // days not running are a list's number and a day
    expect(first("1、3日 县委召开全会")).toMatchObject({ day: 3, endDay: null })
  })
  it("reads days as papers in traditional script write them: 廿五日, 卅一日, 8、9两日", () => {
    expect(first("七月廿七日至廿八日出席")).toMatchObject({ month: 7, day: 27, endDay: 28 })
    expect(first("12月卅一日,")).toMatchObject({ month: 12, day: 31 })
    expect(first("某某8、9两日在某省考察")).toMatchObject({ month: null, day: 8, endDay: 9 })
    expect(first("6月8、9两日,")).toMatchObject({ month: 6, day: 8, endMonth: 6, endDay: 9 })
    // two days that do not follow each other are no such range
    expect(findDates("8、12两日").filter((d) => d.endDay !== null)).toEqual([])
  })
  it("reads a range whose dash a scanner read as 一 (9一16日), and keeps 十一日 a day", () => {
    expect(first("9一16日:某省政协会议在某市举行")).toMatchObject({ day: 9, endDay: 16, index: 0, end: 5 })
    expect(first("3月十一日,")).toMatchObject({ month: 3, day: 11, endDay: null })
  })
  it("reads 元月 as January, and no money (3000元) as a month", () => {
    expect(first("2031年元月3日,会议")).toMatchObject({ year: 2031, month: 1, day: 3 })
    expect(first("元月15日至17日,")).toMatchObject({ month: 1, day: 15, endMonth: 1, endDay: 17 })
    expect(findDates("人均增收3000元月底发放,5日到账").map((d) => [d.month, d.day])).toEqual([[null, 5]])
  })
  it("reads ranges, inheriting the month and crossing years", () => {
    expect(first("12月3日至4日,")).toMatchObject({ month: 12, day: 3, endMonth: 12, endDay: 4 })
    expect(first("25日至29日,")).toMatchObject({ month: null, day: 25, endDay: 29 })
    expect(first("2019年12月30日至2020年1月2日")).toMatchObject({ year: 2019, endYear: 2020, endMonth: 1, endDay: 2 })
    expect(first("12月28日至1月3日,")).toMatchObject({ month: 12, day: 28, endMonth: 1, endDay: 3 })
    // a dash typed as two hyphens, as the Chinese dash —— is written doubled
    expect(first("4月7--9日,某某一行到某县调研")).toMatchObject({ month: 4, day: 7, endDay: 9 })
    expect(first("4月7－－9日,")).toMatchObject({ month: 4, day: 7, endDay: 9 })
    // a page's date and then the text's, in the same month, is no range
    expect(findDates("2020年6月5日 - 6月3日,").map((d) => [d.month, d.day, d.endDay])).toEqual([[6, 5, null], [6, 3, null]])
  })
  it("takes a date with its clock time for a page's stamp, not an event's day (2031年05月20日01:57, 2031-05-20 10:30)", () => {
    expect(findDates("某某赴某省指导抗灾 2031年05月20日01:57 某某网").map((d) => d.text)).toEqual([])
    expect(findDates("2031-05-20 10:30 某某网").map((d) => d.text)).toEqual([])
    expect(findDates("某某网某地5月19日电 某某于5月19日下午赶赴灾区").map((d) => [d.month, d.day])).toEqual([[5, 19], [5, 19]])
    // a scraped page's stamp glued to the lead: the minutes have two figures, the month starts after them
    expect(first("来源:某某发布 2031-02-03 18:492月1日至2日,某某到某市调研")).toMatchObject({ month: 2, day: 1, endDay: 2 })
    // a number glued to a month otherwise makes no month (共1491月3日: no January)
    expect(findDates("共1491月3日").map((d) => d.month)).toEqual([null])
  })
  it("ignores times of day and numbers that only look like days", () => {
    expect(findDates("下午2点 15时 9:30 第3号")).toEqual([])
    expect(first("2月9日下午2点,")).toMatchObject({ month: 2, day: 9, text: "2月9日" })
  })
  it("writes EDTF when the year is unknown", () => {
    expect(isoDate(null, 12, 3)).toBe("XXXX-12-03")
    expect(isoDate(2020, 2, null)).toBe("2020-02")
  })
})

describe("resolveYear", () => {
  const none = { stated: null, heading: null, published: null, officeholder: () => null, contextYears: [], era: null, defaultYear: null }
  it("prefers the year stated with the date", () => {
    expect(resolveYear(3, 1, { ...none, stated: 2018, heading: { year: 2020, month: 3 } })).toEqual({ value: 2018, source: "text" })
  })
  it("takes a page heading next", () => {
    expect(resolveYear(3, 1, { ...none, heading: { year: 2021, month: 3 }, contextYears: [2019] })).toEqual({ value: 2021, source: "header" })
  })
  it("takes the latest year not after publication", () => {
    expect(resolveYear(12, 30, { ...none, published: { year: 2021, month: 1, day: 5 } })).toEqual({ value: 2020, source: "published" })
    expect(resolveYear(1, 3, { ...none, published: { year: 2021, month: 1, day: 5 } })).toEqual({ value: 2021, source: "published" })
  })
  it("uses the roster, then other dated references bounded by dated terms, then --year", () => {
    expect(resolveYear(5, 2, { ...none, officeholder: () => 2016, contextYears: [2019] })).toEqual({ value: 2016, source: "officeholder" })
    expect(resolveYear(5, 2, { ...none, contextYears: [2015, 2019, 2019] })).toEqual({ value: 2019, source: "context" })
    expect(resolveYear(5, 2, { ...none, contextYears: [2015, 2019, 2019], era: { from: 2014, to: 2016 } })).toEqual({ value: 2015, source: "context" })
    expect(resolveYear(5, 2, { ...none, era: { from: 2021, to: 2021 } })).toEqual({ value: 2021, source: "context" })
    expect(resolveYear(5, 2, { ...none, defaultYear: 2011 })).toEqual({ value: 2011, source: "default" })
    expect(resolveYear(5, 2, none)).toEqual({ value: null, source: "none" })
  })
  it("on a list page, takes the latest year it states below its publication, but not history a decade older", () => {
    const page = { ...none, published: { year: 2031, month: 3, day: 2 }, entries: true }
    expect(resolveYear(5, 2, { ...page, statedYears: [2028, 2029] })).toEqual({ value: 2029, source: "context" })
    // 1998年被评为劳动模范 on a page of 2031 is a biography's year: the publication bounds the entry's year
    expect(resolveYear(1, 16, { ...page, statedYears: [1998] })).toEqual({ value: 2031, source: "published" })
  })
  it("never puts 2月29日 in a year without it", () => {
    expect(resolveYear(2, 29, { ...none, contextYears: [2021, 2020] })).toEqual({ value: 2020, source: "context" })
  })
})

describe("findYears", () => {
  it("finds what the plain expression finds, on any mix of digits, numerals, spaces and 年", () => {
    const reference = (text: string) => {
      const out: Array<number> = []
      const re = /(?<![\d〇零一二三四五六七八九])(\d{4}|[〇零一二三四五六七八九]{4})\s*年/gu
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const y = parseNumber(m[1]!)
        if (y !== null && y >= 1949 && y <= 2100) out.push(y)
      }
      return out
    }
    const piece = fc.constantFrom("2", "0", "1", "9", "二", "〇", "零", "一", "九", "年", " ", "\u3000", "\n", "月", "日", "至", "a")
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("")
        expect(findYears(text)).toEqual(reference(text))
      }),
      { numRuns: 3000 }
    )
    expect(findYears("二〇二〇年二月, 2019 年底, 12020年, 1800年")).toEqual([2020, 2019])
  })
})

describe("findDatedYears", () => {
  it("takes the years of dates stated with their month, not plan horizons or bare years", () => {
    expect(findDatedYears("《某市国土空间总体规划（2021—2035年）》发布。2020年12月10日,全市2021年度重点工作谋划会召开。到2035年基本实现现代化。")).toEqual([2020])
    expect(findDatedYears("发布时间:2019-05-21 二〇一八年十二月三日")).toEqual([2018, 2019])
  })
})

describe("numeric dates", () => {
  it("reads 2023-03-06, 2023.3.5 and 2023/03/03 as days, not phone numbers or times", () => {
    expect(findDates("某某主持召开会议 2023-03-06").map((d) => [d.year, d.month, d.day])).toEqual([[2023, 3, 6]])
    expect(findDates("2023.3.5 某某到某区调研").map((d) => [d.year, d.month, d.day])).toEqual([[2023, 3, 5]])
    expect(findDates("电话 0371-6590-1234")).toEqual([])
    expect(findDates("2023-13-01 与 2023-02-30")).toEqual([])
  })
})

describe("anchored date search", () => {
  // the characters dates are made of, and some that are not, so random strings hold many near-dates
  const piece = fc.constantFrom("2", "0", "1", "12", "二", "〇", "十", "两", "年", "月", "日", "号", "至", "-", " ", "\n", "，", "第", "上午", "会")
  const global = (re: RegExp, text: string) => {
    re.lastIndex = 0
    return [...text.matchAll(re)].map((m) => [m.index, m[0]])
  }
  it("finds what a search at every position finds", () => {
    const { dateExpr, yearMonthExpr, beforeDay, beforeYear } = dateExpressions
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("")
        expect(anchoredMatches(text, "日号", beforeDay, dateAt).map((m) => [m.index, m[0]])).toEqual(global(dateExpr, text))
        expect(anchoredMatches(text, "年", beforeYear, yearMonthAt).map((m) => [m.index, m[0]])).toEqual(global(yearMonthExpr, text))
      }),
      { numRuns: 2000 }
    )
  })
})

describe("years a text states in passing", () => {
  it("are not those it gives as background or a starting point (继2029年…之后, 自2028年起, 截至2030年)", () => {
    expect(findStatedYears("某市举行揭牌仪式,成为继2029年两地撤地设市之后又一个设市的地区。")).toEqual([])
    expect(findStatedYears("自2028年起,某县连续举办该活动;截至2030年底已举办三届。")).toEqual([])
    // a target the text sets (…2032年全部脱贫, 2035年基本实现…)
    expect(findStatedYears("确保全市贫困人口2032年全部脱贫,2035年基本实现现代化。")).toEqual([])
    expect(findStatedYears("某市召开2031年春季运动会。")).toEqual([2031])
    // a year with its work (工作总结, 工作要点) is read with the month it is named in (segment/years-of-work.ts)
    expect(findStatedYears("某市召开2031年工作总结会。")).toEqual([])
    expect(findWorkYears("某市召开2031年工作总结会,研究2032年工作要点。").map((w) => [w.year, w.looks])).toEqual([[2031, "back"], [2032, "ahead"]])
  })

  it("are not the years of someone's past that a profile tells (2015年到某省工作后, 1998年被评为劳模)", () => {
    expect(findStatedYears("甲乙:2025年到某省工作后,便喜欢上了这里。")).toEqual([])
    expect(findStatedYears("她1998年被评为全国劳动模范,2003年起任某县县长。")).toEqual([])
    expect(findStatedYears("某县举办2031年春节团拜会。")).toEqual([2031])
  })

  it("are not a reporting year or a period figures were counted over (2030年度, 2030年1月1日至12月31日)", () => {
    expect(findStatedYears("2030年度有7人次入展。2031年全县的主题工作是招商。")).toEqual([2031])
    expect(findStatedYears("据统计,2030年1月1日零点至12月31日零点,全县共接待游客30万人次。")).toEqual([])
    expect(findDatedYears("2030年1—6月,全市生产总值增长5%。2031年1月3日,某县召开会议。")).toEqual([2031])
    // an event's own range of days is its year
    expect(findDatedYears("2031年3月5日至7日,某县举办展会。")).toEqual([2031])
    expect(findStatedYears("2031年3月30日至4月2日,某县举办展会。")).toEqual([2031])
  })

  it("include a year glued to the front of an occasion's name, not a number of things", () => {
    expect(findStatedYears("甲乙出席“2031某省两岸中小企业创业论坛”。")).toEqual([2031])
    expect(findStatedYears("参加了2031某市籍海外乡贤故乡行活动,考察招商项目。")).toEqual([2031])
    expect(findStatedYears("全市共发放补贴2031万元,惠及2031户家庭。")).toEqual([])
    expect(findStatedYears("某县有2031名志愿者参加。")).toEqual([])
    // a head count before an occasion's word (…组织2031人开展…) is no year either
    expect(findStatedYears("某县出动志愿者2031人开展巡查。")).toEqual([])
    expect(findStatedYears("某县2031余人参加展演活动。")).toEqual([])
  })
})

describe("year anchors (data/year-anchors.tsv)", () => {
  it("read kind, term and year; a line of another kind, without a whole year, or a comment is left out", () => {
    const tsv = ["# kind\tterm\tyear", "anniversary\t建某\t1921", "festival\t某节\t2000", "plan-year\t某某规划\tnext", "ordinal-day\t 某某日 \t1979", ""].join("\n")
    expect(parseYearAnchors(tsv)).toEqual([
      { kind: "anniversary", term: "建某", year: 1921 },
      { kind: "ordinal-day", term: "某某日", year: 1979 }
    ])
    expect(anchoredYears("某地举行建某100周年纪念活动。第3个某某日。", parseYearAnchors(tsv))).toEqual([2021, 1981])
    // a page set in spaced figures (建某 100 周年, 第 3 个)
    expect(anchoredYears("某地举行建某 100 周年纪念活动。第 3 个某某日。", parseYearAnchors(tsv))).toEqual([2021, 1981])
  })
  it("date a congress's Nth annual session by its term's first year, under either name of the body, the term before or after it", () => {
    const tsv = ["congress-term\t某大会\t2001\t3", "congress-term\t某大会\t2006\t4", "congress-name\t某某代表大会\t某大会"].join("\n")
    const terms = parseCongressTerms(tsv)
    expect(sessionYears("出席三届某大会二次会议的代表", terms)).toEqual([2002])
    expect(sessionYears("第四届某某代表大会第五次会议开幕", terms)).toEqual([2010])
    expect(sessionYears("某大会四届一次会议闭幕", terms)).toEqual([2006])
    // a term the data does not hold, a standing committee's session, a session past the fifth: no year
    expect(sessionYears("五届某大会一次会议", terms)).toEqual([])
    expect(sessionYears("四届某大会常委会第九次会议", terms)).toEqual([])
    expect(sessionYears("四届某大会六次会议", terms)).toEqual([])
  })
})
