import { describe, expect, it } from "vitest"
import { parseText } from "./helpers.ts"

describe("segmentation by format", () => {
  it("plain dated list: one mention per dated line; continuations attach; undated event lines are dropped", () => {
    const doc = [
      "3月2日,省委书记应勇主持召开省委常委会会议,研究部署春耕生产。",
      "会议强调,要抓好粮食生产。",
      "3月5日至6日,省长王忠林到宜昌市调研。",
      "王忠林指出,要稳住经济大盘。",
      "省委书记应勇、省长王忠林在武汉会见了某集团董事长一行。",
      "圆满完成各项议程后,省十四届人大常委会第五次会议3月28日在武汉闭幕。"
    ].join("\n")
    const d = parseText("hubei.txt", doc, { year: 2023 })
    expect(d.format).toBe("plain")
    expect(d.mentions.map((m) => [m.date.start, m.date.end])).toEqual([
      ["2023-03-02", null],
      ["2023-03-05", "2023-03-06"],
      ["2023-03-28", null]
    ])
    expect(d.mentions[0]!.text).toContain("要抓好粮食生产")
    expect(d.mentions[1]!.text).not.toContain("会见")
    expect(d.mentions[2]!.title).toBe("省十四届人大常委会第五次会议在武汉闭幕")
    for (const m of d.mentions) expect(m.date.year.source).toBe("default")
  })

  it("chronicle page: heading year, titles, continuation paragraphs, a day without a month, calendar restart", () => {
    const doc = [
      "您当前所在位置: 首页 > 大事记",
      "2021年3月",
      "来源:市委党史研究室 时间:2021-05-10",
      "  市委常委会召开会议 3月2日,市委常委会召开会议,研究部署工作。市委书记张三主持。",
      "  会议指出,要抓好落实。",
      "  市政府常务会议召开 3月9日,市长李四主持召开市政府常务会议。",
      "  李四到某县调研 28日至30日,市长李四到某县调研春耕。",
      "  张三到某区检查安全生产 3月1日,市委书记张三到某区检查安全生产。"
    ].join("\n")
    const d = parseText("chronicle.txt", doc)
    expect(d.format).toBe("chronicle")
    expect(d.mentions.map((m) => m.title)).toEqual(["市委常委会召开会议", "市政府常务会议召开", "李四到某县调研", "张三到某区检查安全生产"])
    expect(d.mentions.map((m) => m.date.start)).toEqual(["2021-03-02", "2021-03-09", "2021-03-28", "2021-03-01"])
    expect(d.mentions[2]!.date.end).toBe("2021-03-30")
    expect(d.mentions[0]!.text).toContain("要抓好落实")
    expect(d.mentions.every((m) => m.date.year.source === "header")).toBe(true)
  })

  it("newspaper page: headline + 本报讯 dateline + body + byline per article", () => {
    const doc = [
      "某区召开全区干部大会 部署重点工作",
      "",
      "本报讯 4月2日,某区召开全区干部大会。会议强调,要狠抓落实。",
      "记者 王五 通讯员 赵六",
      "",
      "某街道开展志愿服务活动",
      "",
      "本报讯 4月3日,某街道组织志愿者开展服务活动。",
      "记者 王五"
    ].join("\n")
    const d = parseText("paper.txt", doc)
    expect(d.format).toBe("newspaper")
    expect(d.mentions.map((m) => m.title)).toEqual(["某区召开全区干部大会 部署重点工作", "某街道开展志愿服务活动"])
    expect(d.mentions[0]!.text).toContain("记者 王五 通讯员 赵六")
    expect(d.mentions[1]!.text).not.toContain("狠抓落实")
  })

  it("single article whose first line is a file name carrying the headline", () => {
    const doc = "15四川省委召开全会.txt\n<p>7月1日,四川省委召开全体会议,省委书记王晓晖讲话。</p><p>会议指出,要坚定信心。</p>"
    const d = parseText("a.txt", doc)
    expect(d.format).toBe("article")
    expect(d.mentions).toHaveLength(1)
    expect(d.mentions[0]!.title).toBe("四川省委召开全会")
    expect(d.mentions[0]!.date.start).toBe("XXXX-07-01")
    expect(d.mentions[0]!.text).toContain("要坚定信心")
  })

  it("every span points into the raw text at the mention's own words", () => {
    const doc = "<div>　　5月8日，江西省委书记召开会议。</div><div>&nbsp;</div><div>5月9日，省长到赣州调研。</div><div>会议强调，要抓落实。</div>"
    const d = parseText("jx.html", doc)
    for (const m of d.mentions) {
      const raw = doc.slice(m.span[0], m.span[1])
      expect(raw.replace(/<[^>]+>|&nbsp;|\s|　/g, "").startsWith(m.text.replace(/\s/g, "").slice(0, 4))).toBe(true)
    }
  })
})

describe("dates set on lines of their own", () => {
  it("a date alone on its line opens an entry; the lines under it are its title and text", () => {
    const doc = [
      "某省人民政府门户网站 > 政务公开 > 大事记",
      "2022年5月大事记",
      "5月3日",
      "省委书记甲乙主持召开省委常委会会议，研究部署防汛工作。",
      "5月6日至7日",
      "省长丙丁到某市调研。副省长戊己陪同。",
      "5月9日（星期一）",
      "省政府召开常务会议",
      "会议由省长丙丁主持，研究了有关事项。"
    ].join("\n")
    const d = parseText("dates-alone.txt", doc)
    expect(d.mentions.map((m) => [m.date.start, m.date.end])).toEqual([
      ["2022-05-03", null],
      ["2022-05-06", "2022-05-07"],
      ["2022-05-09", null]
    ])
    expect(d.mentions[0]!.title).toBe("省委书记甲乙主持召开省委常委会会议")
    expect(d.mentions[1]!.text).toContain("副省长戊己陪同")
    expect(d.mentions[2]!.title).toBe("省政府召开常务会议")
    expect(d.mentions[2]!.text).toContain("研究了有关事项")
    // the breadcrumb is page chrome, not an event or a title
    expect(d.mentions.every((m) => !m.text.includes("门户网站"))).toBe(true)
  })

  it("three or more full dates alone on their lines are entries' dates, not print stamps", () => {
    const doc = ["2021年3月1日", "市委常委会召开会议，研究部署工作。", "2021年3月4日", "市长某某到某区调研。", "2021年3月9日", "全市安全生产电视电话会议召开。"].join("\n")
    const d = parseText("full-dates.txt", doc)
    expect(d.mentions.map((m) => m.date.start)).toEqual(["2021-03-01", "2021-03-04", "2021-03-09"])
    // one lone date is still a page's stamp
    const one = parseText("stamp.txt", ["2022年06月21日", "3月2日，市委常委会召开会议，研究部署工作。"].join("\n"))
    expect(one.mentions.map((m) => m.date.start)).toEqual(["2022-03-02"])
  })
})

describe("newspaper pages", () => {
  it("本报讯（记者 …）before the date is a dateline; the headline titles the article; the masthead is chrome", () => {
    const doc = [
      "某某日报  2019年5月21日  第1版",
      "甲乙在某区调研时强调",
      "坚定不移推动高质量发展",
      "本报讯 （记者 张华）5月20日，市委书记甲乙到某区调研。",
      "戊己会见外宾",
      "本报讯 （记者 李明）5月20日，市长戊己在市政府会见了外宾一行。"
    ].join("\n")
    const d = parseText("paper.txt", doc)
    expect(d.format).toBe("newspaper")
    expect(d.mentions.map((m) => m.title)).toEqual(["甲乙在某区调研时强调", "戊己会见外宾"])
    expect(d.mentions.map((m) => m.date.start)).toEqual(["2019-05-20", "2019-05-20"])
    expect(d.mentions[0]!.date.year.source).toBe("published")
    expect(d.mentions.flatMap((m) => m.reporters)).toEqual(["张华", "李明"])
  })
})

describe("titles of untitled entries", () => {
  it("run on past clauses that only name people, to the clause that says what they did", () => {
    const d = parseText("list.txt", "3月12日，省委书记周建华，省委副书记、省长刘志勇，省政协主席林晓峰等在某县参加义务植树活动。\n3月15日，省长刘志勇主持召开省政府常务会议，研究有关工作。", { year: 2021 })
    expect(d.mentions.map((m) => m.title)).toEqual(["省委书记周建华,省委副书记、省长刘志勇,省政协主席林晓峰等在某县参加义务植树活动", "省长刘志勇主持召开省政府常务会议"])
  })
  it("leave out the time of day after the date", () => {
    const d = parseText("time.txt", "6月5日上午，全市防汛工作视频调度会召开。\n6月6日 15:30，市政府常务会议召开。", { year: 2022 })
    expect(d.mentions.map((m) => m.title)).toEqual(["全市防汛工作视频调度会召开", "市政府常务会议召开"])
  })
})

describe("more page shapes", () => {
  it("a year's chronicle with month sections (一月, 二月) and entries that give only the day", () => {
    const doc = ["2019年某某市大事记", "一月", "3日 市委常委会召开会议，传达学习有关精神。", "15日至17日 市人民代表大会在某区召开。", "二月", "1日 市长某某到某县看望慰问困难群众。"].join("\n")
    const d = parseText("annual.txt", doc)
    expect(d.mentions.map((m) => [m.date.start, m.date.end, m.date.year.source])).toEqual([
      ["2019-01-03", null, "header"],
      ["2019-01-15", "2019-01-17", "header"],
      ["2019-02-01", null, "header"]
    ])
  })
  it("a news-agency dateline gives the report's date; the event's is the first date after it", () => {
    const d = parseText("xinhua.txt", "新华社长沙3月5日电（记者 周楠）某省委常委会3月4日召开会议，研究部署春季农业生产工作。\n会议指出，要抓好落实。", { year: 2019 })
    expect(d.mentions.map((m) => [m.date.start, m.title])).toEqual([["2019-03-04", "某省委常委会召开会议"]])
    expect(d.mentions[0]!.reporters).toEqual(["周楠"])
  })
  it("a page's source line that opens with its date gives the publication year", () => {
    const html = `<h2>区委书记某某调研城市更新项目</h2><p>2023-04-18 09:30&nbsp;&nbsp;来源：某区融媒体中心&nbsp;&nbsp;浏览次数：1024</p><p>4月17日上午，区委书记某某深入某街道调研城市更新项目。</p>`
    const d = parseText("county.html", html)
    expect(d.mentions.map((m) => [m.date.start, m.date.year.source])).toEqual([["2023-04-17", "published"]])
  })
})

describe("a newspaper page with a masthead and captions", () => {
  it("takes the headline right above each dateline, not the masthead; a photo caption is no event", () => {
    const doc = [
      "某某日报",
      "2022年8月10日 星期三",
      "甲乙在某市调研时强调",
      "奋力推进经济社会高质量发展",
      "本报讯（记者 王雅楠）8月9日，省委书记甲乙到某市调研。",
      "丙丁主持召开省政府常务会议",
      "本报讯（记者 米彦泽）8月9日，省长丙丁主持召开省政府常务会议，研究部署秋粮生产工作。",
      "图为8月9日，游客在某景区参观。 记者 李冬云摄"
    ].join("\n")
    const d = parseText("paper2.txt", doc)
    expect(d.mentions.map((m) => [m.title, m.date.start])).toEqual([
      ["甲乙在某市调研时强调", "2022-08-09"],
      ["丙丁主持召开省政府常务会议", "2022-08-09"]
    ])
  })
})

describe("the year of a document's undated days", () => {
  it("comes from its dates that state a month, not from the horizon of a plan it mentions", () => {
    const doc = ["十二月三日上午，市委书记某某主持召开市委常委会会议。", "12月5日，《某市国土空间总体规划（2021—2035年）》正式发布。", "2020年12月10日，全市重点工作谋划会召开。"].join("\n")
    const d = parseText("misc.txt", doc)
    expect(d.mentions.map((m) => [m.date.start, m.date.year.source])).toEqual([
      ["2020-12-03", "context"],
      ["2020-12-05", "context"],
      ["2020-12-10", "text"]
    ])
  })
})

describe("several dated events in one line of a plain list", () => {
  it("each sentence that opens with its own day is a mention of its own", () => {
    const doc = "3月2日，市委书记某某主持召开市委常委会会议。3月4日，市长某某到某县调研春耕生产。\n3月8日，全市安全生产工作会议召开。"
    const d = parseText("multi.txt", doc, { year: 2021 })
    expect(d.format).toBe("plain")
    expect(d.mentions.map((m) => [m.date.start, m.title])).toEqual([
      ["2021-03-02", "市委书记某某主持召开市委常委会会议"],
      ["2021-03-04", "市长某某到某县调研春耕生产"],
      ["2021-03-08", "全市安全生产工作会议召开"]
    ])
  })
})

describe("bullets and brackets around dates", () => {
  it("reads ■1月4日, ●1月6日，, 【1月8日】, 1月10日： and ◆1月12日—13日 and keeps them out of titles", () => {
    const doc = ["2022年1月大事记", "■1月4日 省委召开常委会会议，研究部署有关工作。", "●1月6日，省长某某到某市检查安全生产。", "【1月8日】省政协召开主席会议。", "1月10日：全省经济工作会议在某市召开。", "◆1月12日—13日 省人大常委会举行第三十次会议。"].join("\n")
    const d = parseText("bullets.txt", doc)
    expect(d.mentions.map((m) => [m.date.start, m.date.end, m.title])).toEqual([
      ["2022-01-04", null, "省委召开常委会会议"],
      ["2022-01-06", null, "省长某某到某市检查安全生产"],
      ["2022-01-08", null, "省政协召开主席会议"],
      ["2022-01-10", null, "全省经济工作会议在某市召开"],
      ["2022-01-12", "2022-01-13", "省人大常委会举行第三十次会议"]
    ])
  })
})

describe("a list page of dated headlines", () => {
  it("reads each item's title and its numeric date (2023-03-06, 2023.3.5, date first or last)", () => {
    const doc = ["首页 > 要闻动态 > 领导活动", "某某主持召开省委常委会会议 2023-03-06", "某某到某区调研 2023.3.5", "2023/03/03 省政府召开常务会议"].join("\n")
    const d = parseText("list.txt", doc)
    expect(d.mentions.map((m) => [m.date.start, m.date.year.source, m.title])).toEqual([
      ["2023-03-06", "text", "某某主持召开省委常委会会议"],
      ["2023-03-05", "text", "某某到某区调研"],
      ["2023-03-03", "text", "省政府召开常务会议"]
    ])
  })
})
