import { describe, expect, it } from "vitest"
import { findDates } from "../src/dates/index.ts"
import { parseText } from "./helpers.ts"

// Made-up chronicle pages and news items: each test holds one convention of the genre.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

describe("chronicle entry conventions", () => {
  it("a day's date alone on its line over numbered items (a page of the day's activities) gives one event per item, titled without its number", () => {
    const page = ["3月1日", "", "1、市长王建国参加自治区人大代表会前集中学习。", "", "2、副市长李春明听取某新区考核工作汇报。", "", "3、副市长张红梅赴某区调研棚户区改造工作。"].join("\n")
    const ms = parseText("day.txt", page).mentions
    expect(ms.map((m) => m.date.start)).toEqual(["XXXX-03-01", "XXXX-03-01", "XXXX-03-01"])
    expect(ms.map((m) => m.title)).toEqual(["市长王建国参加自治区人大代表会前集中学习", "副市长李春明听取某新区考核工作汇报", "副市长张红梅赴某区调研棚户区改造工作"])
    // an article under a date alone, its paragraphs unnumbered, stays one event
    const article = ["3月1日", "", "市长王建国参加自治区人大代表会前集中学习。", "", "会议强调,要认真履行代表职责。"].join("\n")
    expect(parseText("a.txt", article).mentions).toHaveLength(1)
  })
  it("entries numbered as a list (1. 3日, (2) 8日), dates in brackets ((3日)), weekdays after the date", () => {
    const entry = (open: string, day: number) => `${open.replace("D", String(day))}某市市长钱乙到某县调研春耕生产。`
    for (const [a, b] of [["1. D日 ", "2. D日 "], ["(1) D日,", "(2) D日,"], ["(D日)", "(D日)"], ["【D日】", "【D日】"]] as const) {
      const doc = ["2031年3月大事记", entry(a, 3), entry(b, 8)].join("\n")
      expect(starts(doc), a).toEqual([["2031-03-03", null], ["2031-03-08", null]])
    }
    const titles = parseText("p.txt", ["2031年大事记", "3月3日 星期一 某市召开常委会会议。", "3月8日 星期六 某市举行植树活动。"].join("\n")).mentions.map((m) => m.title)
    expect(titles).toEqual(["某市召开常委会会议", "某市举行植树活动"])
    // an enclosed number (①, ⑵, ⒊, ㈣) after the date numbers the item: no part of its title
    const enclosed = ["2031年大事记", "3月3日 ①某市召开常委会会议。", "3月8日 ⑵某市举行植树活动。", "3月9日 ⒊某县召开动员大会。", "3月10日 ㈣某区举办招聘会。"].join("\n")
    expect(parseText("e.txt", enclosed).mentions.map((m) => m.title)).toEqual(["某市召开常委会会议", "某市举行植树活动", "某县召开动员大会", "某区举办招聘会"])
    // a lone digit glued to the office that opens the title is a broken number's remains; other numbers stay
    const glued = ["2031年大事记", "3月5日 0省长钱乙会见来访客人。", "3月6日 7市委书记孙丙主持召开会议。", "3月7日 1号文件印发。", "3月8日 12345市长热线开通。", "3月9日 2名副省长出席会议。"].join("\n")
    expect(parseText("g.txt", glued).mentions.map((m) => m.title)).toEqual(["省长钱乙会见来访客人", "市委书记孙丙主持召开会议", "1号文件印发", "12345市长热线开通", "2名副省长出席会议"])
  })

  it("an entry whose subject is a division (某县解放, 某州某县发生地震) happened there, when it names no other place", () => {
    const places = (lines: ReadonlyArray<string>) =>
      parseText("c.txt", ["2031年大事记", ...lines].join("\n")).mentions.map((m) => m.places.map((p) => p.name).join("、"))
    expect(
      places([
        "3月3日 长阳正式成为全省生态建设示范县。",
        "4月5日 凉山彝族自治州昭觉县发生4.2级地震。",
        // a town of Inner Mongolia written with its own level word (苏木) instead of 镇
        "5月6日 台阁牧苏木连降大雨。",
        "6月7日 泰顺县解放。"
      ])
    ).toEqual(["长阳", "凉山彝族自治州、昭觉县", "台阁牧苏木", "泰顺县"])
    expect(
      places([
        // an association, a paper, a project of the division: their own events, not the division's
        "3月3日 长阳县摄影家协会成立。",
        "4月5日 泰顺县明山水库开工建设。",
        // 北京时间 is no place; a division's organ or office holder opens no place
        "5月6日 北京时间晚上,某卫星发射成功。",
        "6月7日 泰顺县委召开全会。",
        // a named place elsewhere in the entry is the place
        "7月8日 长阳县在绵阳市举办招商推介会。"
      ])
    ).toEqual(["", "", "", "", "绵阳市"])
  })

  it("what befalls a place written first (某县某乡某村发生火灾, 某市某山发生火灾) happened there, in a news report too", () => {
    const places = (text: string) => parseText("n.txt", text).mentions.map((m) => m.places.map((p) => p.name).join("、"))
    // the chain goes on to a town and a village named by their level words, past a clock time after the date
    expect(places("2031年大事记\n3月3日10时许 凉山州昭觉县石岭乡红星村发生一起泥石流。")).toEqual(["凉山州、昭觉县、石岭乡、红星村"])
    // a report's lead: a mountain's name between the places and what befell them
    expect(places("3月3日9时20分,四川省凉山彝族自治州昭觉县某某山发生山体滑坡,多间民房受损。\n滑坡发生后,当地立即组织转移群众。")).toEqual(["四川省、凉山彝族自治州、昭觉县"])
    // in a report, only what befalls a division says where; a chronicle's entry takes any verb after it
    expect(places("3月3日,凉山彝族自治州昭觉县正式成为全省生态建设示范县。\n当地群众纷纷表示欢迎。")).toEqual([""])
    expect(places("2031年大事记\n3月3日 凉山彝族自治州昭觉县正式成为全省生态建设示范县。\n3月5日 某市召开常委会会议。")).toEqual(["凉山彝族自治州、昭觉县", ""])
    // a report's lead that opens with the cause: the places before what befell them, past a site's name
    expect(places("3月3日18时许,受持续强降雨影响,凉山彝族自治州昭觉县某某小区一居民楼发生坍塌。\n事故发生后,当地立即组织救援。")).toEqual(["凉山彝族自治州、昭觉县"])
    expect(places("3月3日,县长王建国强调,要严防发生安全事故。\n会议要求各地加强巡查。")).toEqual([""])
  })

  it("a lone number over day-only entries is their month (a yearbook table's month column); two glued days under it a range", () => {
    const doc = ["2031年某市大事记", "1", "3日 某市召开常委会会议。", "69日 某市政协第三次会议召开。", "2", "4日 某市举行植树活动。", "71日 某县召开动员大会。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-01-03", null],
      ["2031-01-06", "2031-01-09"],
      ["2031-02-04", null],
      // 71日 under February makes no range: the month's 月 was lost (7月1日)
      ["2031-07-01", null]
    ])
    // a lone number before text that is no day entry is no month
    expect(starts(["2031年某市大事记", "3月", "5日 某市召开常委会会议。", "12", "某县举行植树活动。"].join("\n"))).toEqual([["2031-03-05", null]])
  })

  it("day-only entries under a month section of a year's chronicle, bare day numbers, 是日", () => {
    const doc = [
      "2031年大事记 三月",
      "发布日期:2032-02-10",
      "  2  某市春季植树活动在北山公园举行。市委书记赵甲参加。",
      "是日  某市第一条城市快速路建成通车。",
      "  15  市长钱乙主持召开市政府常务会议,研究部署防汛工作。"
    ].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-03-02", null],
      ["2031-03-02", null],
      ["2031-03-15", null]
    ])
  })

  it("month sections numbered as a list's items ((一)一月, 二、2月份) give their day-only entries a month", () => {
    const doc = ["某县2031年大事记", "(一)一月", "3日 县委召开常委会议。", "二、2月份", "5日 县长钱乙到某镇调研。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-01-03", null],
      ["2031-02-05", null]
    ])
  })

  it("a chronicle of several years dates each entry by the year section it stands under, the volume's title aside", () => {
    const doc = ["某县大事记（2031—2032年）", "2031年", "1月", "3日 县委召开常委会议。", "5月", "4日 县长钱乙到某乡调研。", "2032年", "2月", "5日 县委书记赵甲主持召开全县经济工作会议。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-01-03", null],
      ["2031-05-04", null],
      ["2032-02-05", null]
    ])
    // a yearbook's title (某县年鉴2034 records 2033) gives way to the year heading below it
    expect(starts(["《某县年鉴2034》", "2032年", "一月", "7日 县委召开常委会议。"].join("\n"))).toEqual([["2032-01-07", null]])
  })

  it("a year heading in Chinese numerals whose zero is typed as a circle (一九七○年) dates the entries under it", () => {
    expect(starts(["某县大事记", "一九七○年", "3月2日,县革委召开常委会议。", "二○一二年", "3月4日,县委召开常委会议。"].join("\n"))).toEqual([
      ["1970-03-02", null],
      ["2012-03-04", null]
    ])
  })

  it("under a date alone on its line, each whole paragraph that states its own event is another entry of that day", () => {
    const doc = [
      "某省2031年大事记",
      "9月1日",
      "省政府办公厅印发《关于加快某某产业发展的意见》。",
      "某市现役军人居民身份证首发仪式在某市举行,首批官兵领取居民身份证。",
      "原某某委员会副主任钱丙因病医治无效在某市逝世,享年八十岁。",
      "9月2日",
      "某某地区地方政府联合会第七次全体会议在某市举行。来自多个国家的代表参加会议,副省长赵甲出席",
      "并致辞。"
    ].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-09-01", null],
      ["2031-09-01", null],
      ["2031-09-01", null],
      ["2031-09-02", null]
    ])
    // a paragraph that goes on with the entry above (会议强调…) is no entry of its own
    expect(starts(["某省2031年大事记", "9月3日", "省委召开常委会议,研究部署秋冬季工作。", "会议强调,要抓好安全生产各项工作。"].join("\n"))).toEqual([["2031-09-03", null]])
  })

  it("an excerpt cut in its last entry before the entry says what happened leaves that entry out", () => {
    const page = (last: string) => ["某县2031年大事记", "一月", "3日 县委召开常委会议,研究部署全年工作。", "5日 县长钱乙到某镇调研春耕生产。", last].join("\n")
    expect(starts(page("13日 某县人事"))).toEqual([
      ["2031-01-03", null],
      ["2031-01-05", null]
    ])
    // a short entry that says what happened stays, and so does a whole one
    expect(starts(page("13日 某某大桥通车。"))).toHaveLength(3)
    expect(starts(page("13日 县委书记赵甲召开"))).toHaveLength(3)
  })

  it("a 元月 section is January's", () => {
    const doc = ["某县2031年大事记", "元月", "3日 县委召开常委会议。", "4日 县长钱乙到某镇调研。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-01-03", null],
      ["2031-01-04", null]
    ])
  })

  it("△ entries share the date of the entry before; list marks before a day", () => {
    const doc = [
      "某县2030年5月大事记",
      "• 4日  县委书记孙丙主持召开县委常委会会议。",
      "△  县政府召开安全生产电视电话会议。",
      "• 9日  县长李丁到某镇调研。",
      "△ 县人大常委会召开第十次会议。"
    ].join("\n")
    expect(starts(doc)).toEqual([
      ["2030-05-04", null],
      ["2030-05-04", null],
      ["2030-05-09", null],
      ["2030-05-09", null]
    ])
  })

  it("a year alone on its line heads the months and days below it; a heading's months that lost their dash (910月) are a span", () => {
    const years = ["新闻频道 > 某省60年大事记", "1990", "发布时间:2009-05-20 10:12:00", "12月", "3日", "省政府印发某某实施意见。", "6日", "某市召开经济工作会议。"].join("\n")
    expect(starts(years)).toEqual([
      ["1990-12-03", null],
      ["1990-12-06", null]
    ])
    const span = ["某市大事记(2030年910月)", "2030-03-15 08:20", "九月", "1日,某市召开常委会会议。", "2日,某市举行植树活动。"].join("\n")
    expect(starts(span)).toEqual([
      ["2030-09-01", null],
      ["2030-09-02", null]
    ])
  })

  it("under a heading that gives the month, a number alone on its line is the day of the paragraphs below it", () => {
    const doc = ["二〇三〇年七月某市大事记", "1", "某某论坛在某会展中心开幕。各地代表参加。", "是日起,某市公交线路调整。", "2", "市水利局召开防洪工程专家论证会。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2030-07-01", null],
      ["2030-07-01", null],
      ["2030-07-02", null]
    ])
  })

  it("ranges with tildes, dashes and spaced digits", () => {
    const one = (t: string) => findDates(t).map((d) => [d.month, d.day, d.endMonth, d.endDay])
    expect(one("6~7日 某代表视察")).toEqual([[null, 6, null, 7]])
    expect(one("4月10-15日,运动会")).toEqual([[4, 10, 4, 15]])
    expect(one("12 月 25 — 27 日 , 某县代表大会")).toEqual([[12, 25, 12, 27]])
    expect(one("9月8～9日")).toEqual([[9, 8, 9, 9]])
    // a plan's span of years is no date
    expect(one("《某市总体规划(2030—2050)》")).toEqual([])
  })
  it("a range whose end is in the year after, named by a word (至翌年, 至次年), ends in that year", () => {
    const doc = ["2031年大事记", "11 月 4 日至翌年 3 月 28 日,某省先后五次召开会议部署工作。", "12月1日至次年1月5日 某市开展冬季安全检查。", "12月6日 某市召开常委会会议。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-11-04", "2032-03-28"],
      ["2031-12-01", "2032-01-05"],
      ["2031-12-06", null],
    ])
  })
  it("a day-only entry after a range across two months is in the month the range ends in", () => {
    const doc = ["2031年大事记", "5月30日~6月5日 某市开展项目建设检查考核。", "6~8日 某省调研组到某市调研。", "9日 某市召开常委会会议。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-05-30", "2031-06-05"],
      ["2031-06-06", "2031-06-08"],
      ["2031-06-09", null],
    ])
  })

  it("in a chronicle of days, an undated paragraph that states its own event is another entry of that day", () => {
    const doc = [
      "2030年4月大事记",
      "5日 甲乙、丙丁专程到烈士陵园,缅怀革命先烈。",
      "甲乙、丙丁、戊己看望慰问离退休老干部。",
      "他们详细了解老干部的身体和生活情况。",
      "10日 全市国土资源工作会议召开,庚辛讲话。",
      "全市统计工作会议召开,壬癸讲话。"
    ].join("\n")
    const m = parseText("days.txt", doc).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2030-04-05", "2030-04-05", "2030-04-10", "2030-04-10"])
    expect(m[1]!.text).toContain("生活情况")
  })

  it("in a page of month sections, a date stated inside a paragraph dates that paragraph, not the day entries after it", () => {
    const page = ["2031年某市大事记", "1月", "4日 市人大常委会举行主任会议。", "中共某市委五届四次全体会议于2031年2月8日隆重开幕。", "10日 市长胡海涛主持召开市政府常务会议。"]
    expect(starts(page.join("\n")).map(([s]) => s)).toEqual(["2031-01-04", "2031-02-08", "2031-01-10"])
  })
  it("entries above a page's first bare year heading are of the year before it (a page cut in the year's last months)", () => {
    const page = ["大事记", "10月18日 某县召开全县经济工作会议。", "12月22日 某某大桥建成通车。", "2031年", "1月5日 县委召开常委会议。"]
    expect(starts(page.join("\n")).map(([s]) => s)).toEqual(["2030-10-18", "2030-12-22", "2031-01-05"])
    // a heading with its month, or a heading above every entry, dates them as before
    expect(starts(["2031年", ...page.slice(1, 3)].join("\n")).map(([s]) => s)).toEqual(["2031-10-18", "2031-12-22"])
  })
  it("a yearbook volume records the year before its own", () => {
    const doc = ["某省年鉴 2031卷", "  • 9月", "  • 1日  省委书记吴己出席全省巡视工作会议。"].join("\n")
    const m = parseText("yearbook.txt", doc).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2030-09-01"])
    expect(m[0]!.date.year.source).toBe("header")
  })
})
