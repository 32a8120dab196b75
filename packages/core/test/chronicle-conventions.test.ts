import { describe, expect, it } from "vitest"
import { findDates } from "../src/dates/index.ts"
import { parseText, parseTexts } from "./helpers.ts"

// Made-up chronicle pages and news items: each test holds one convention of the genre.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

describe("chronicle entry conventions", () => {
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

  it("a day on a line of its own under a month-and-year heading (M/YYYY) opens the entry below it", () => {
    const doc = ["4/2029", "3日", "某市纺织产业研讨会在某镇召开。市委书记周戊到会讲话。", "6-7日", "某市生态市建设通过省级考核。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2029-04-03", null],
      ["2029-04-06", "2029-04-07"]
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

  it("a yearbook volume records the year before its own", () => {
    const doc = ["某省年鉴 2031卷", "  • 9月", "  • 1日  省委书记吴己出席全省巡视工作会议。"].join("\n")
    const m = parseText("yearbook.txt", doc).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2030-09-01"])
    expect(m[0]!.date.year.source).toBe("header")
  })
})

describe("page dates and datelines", () => {
  it("a search result's page date before the text's own date is not the event's date", () => {
    const doc = ["2031年6月5日 - 6月3日至4日,省委常委郑庚在某市调研社会治理工作。", "2030年7月3日 - 2029年6月4日,某学院培训班开班。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-06-03", "2031-06-04"],
      ["2029-06-04", null]
    ])
  })

  it("a backwards range is two dates", () => {
    expect(findDates("2031年6月5日 - 6月3日至4日").map((d) => d.text)).toEqual(["2031年6月5日", "6月3日至4日"])
  })

  it("an article's day-only date takes the month of the page's date from its 来源 line", () => {
    const doc = ["某某会见某某", "来源:某某日报 2031-09-08 07:15:55", "本报讯 省委书记王辛6日会见了某市党政考察团一行。", "王辛对考察团的到来表示欢迎。"].join("\n")
    expect(starts(doc)).toEqual([["2031-09-06", null]])
  })

  it("a dateline of any outlet lends its month to the day of the lead", () => {
    const doc = ["某网台北9月18日电(记者 某某)某省省长冯壬18日上午出席两岸企业论坛。", "论坛吸引两百多名代表。"].join("\n")
    const m = parseText("wire.txt", doc, { year: 2031 }).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2031-09-18"])
  })
})

describe("later events inside an article", () => {
  it("a sentence that opens with its own date, a time of day or a quoted name after it, reports another event", () => {
    const doc = [
      "某区传达学习重要指示精神",
      "发布日期:2031-05-19",
      "5月16日下午,省委书记甲乙到某市考察。5月18日晚,区委书记丙丁主持召开区委常委会会议,传达学习考察期间重要指示精神。"
    ].join("\n")
    expect(parseText("article.txt", doc).mentions.map((m) => m.date.start)).toEqual(["2031-05-16", "2031-05-18"])
  })
})

describe("relative days", () => {
  it("昨 / 今天 in a dated report count back from its dateline, across a month's end", () => {
    const lead = (t: string) => parseText("wire.txt", t, { year: 2031 }).mentions.map((m) => m.date.start)
    expect(lead("某网台北9月18日电(记者 某某)某省省长甲乙昨率代表团抵台,开始参访活动。")).toEqual(["2031-09-17"])
    expect(lead("某网南京10月1日电 某省举行的博览会昨日闭幕。")).toEqual(["2031-09-30"])
    expect(lead("某网某地3月5日电 某县今天召开人代会。")).toEqual(["2031-03-05"])
  })
})

describe("what is not an event", () => {
  it("a schedule (将于 / 将从 … 起) and an item that happened lately (近日) give no event", () => {
    const doc = [
      "某网台北5月4日电 近日,某省旅游推介会在台北举行。",
      "某市代表团将于5月22日出席博览会开幕式。",
      "某团一行将从5月21日起开展为期六天的参访活动。"
    ].join("\n")
    expect(parseText("wire.txt", doc, { year: 2031 }).mentions.filter((m) => m.date.start !== "XXXX")).toEqual([])
  })

  it("a search result with only its page date, set off by a spaced dash, gives no event", () => {
    const doc = ["2031年5月6日 - 某市认真贯彻落实全会精神,扎实推进社会治理。", "2031年6月5日 - 6月3日,市长褚癸到某区调研。"].join("\n")
    expect(starts(doc)).toEqual([["2031-06-03", null]])
  })

  it("a day heading whose entries are all same-day entries makes no event of its own", () => {
    const doc = ["5/2029", "5日", "△ 某市代表团到某区考察。", "△ 某县党政代表团到某区考察。"].join("\n")
    const m = parseText("page.txt", doc).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2029-05-05", "2029-05-05"])
    expect(m.every((x) => x.text.includes("考察"))).toBe(true)
  })
})

describe("years from dated anchors", () => {
  it("anniversaries, numbered observances and named plan years give the year of an undated page", () => {
    const year = (doc: string) => parseText("anchors.txt", doc).mentions.map((x) => [x.date.start, x.date.year.source])
    expect(year("3月12日,某市在北山举行第30个植树节义务植树活动,市委书记甲乙参加。")).toEqual([["2008-03-12", "context"]])
    expect(year("7月1日,某市举行庆祝建党九十周年大会。")).toEqual([["2011-07-01", "context"]])
    expect(year("3月15日,某市召开十四五开局之年工作推进会。")).toEqual([["2021-03-15", "context"]])
    expect(year("9月3日,全市各界收听收看纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会盛况。")).toEqual([["2015-09-03", "context"]])
    expect(year("12月26日,某县举行纪念毛泽东同志诞辰130周年座谈会。")).toEqual([["2023-12-26", "context"]])
    expect(year("5月12日,某镇举行汶川特大地震十周年纪念活动。")).toEqual([["2018-05-12", "context"]])
  })

  it("a study campaign held within one year dates the entries of the text that names it, quoted or not", () => {
    const year = (doc: string) => parseText("campaign.txt", doc).mentions.map((x) => [x.date.start, x.date.year.source])
    expect(year("9月11日,市委常委甲乙参加市直工委“三严三实”专题教育研讨会。\n9月12日,市长丙丁到某县调研。")).toEqual([
      ["2015-09-11", "context"],
      ["2015-09-12", "context"]
    ])
    expect(year("5月6日,某局召开党纪学习教育读书班。")).toEqual([["2024-05-06", "context"]])
    // a campaign's word alone names no year
    expect(year("5月6日,某局召开专题教育读书班。")).toEqual([["XXXX-05-06", "none"]])
  })

  it("a paper's 昨日 / 今天 in the lead of an undated article count back from the page's publication date", () => {
    const dated = (t: string) => parseText("p.txt", t).mentions.map((m) => [m.date.start, m.date.year.source])
    const page = (stamp: string, lead: string) => ["某某社团宴请考察团一行", stamp, "■宾主合影。 记者某某 摄", lead, "双方就加强合作交换意见。"].join("\n")
    expect(dated(page("2031-06-05", "某某联会主席甲乙昨日接待由某市市长丙丁率领的考察团一行。"))).toEqual([["2031-06-04", "published"]])
    // across a year's end: the year before the page's
    expect(dated(page("2032-01-01 08:00", "某某联会主席甲乙昨日接待由某市市长丙丁率领的考察团一行。"))).toEqual([["2031-12-31", "published"]])
    // 今天 is the page's own day
    expect(dated(page("2031-06-05", "某某联会主席甲乙今天上午接待由某市市长丙丁率领的考察团一行。"))).toEqual([["2031-06-05", "published"]])
    // 当天 without a dateline names a day the text gave before: no date from the page
    expect(dated(page("2031-06-05", "某某联会主席甲乙当天接待由某市市长丙丁率领的考察团一行。"))[0]![0]).toBe("XXXX")
  })

  it("a source line shaped like a breadcrumb (来源 | 作者 | 时间) still gives the publication date", () => {
    const doc = ["某书记率团访问某地", "来源:某某日报微信 | 作者: | 时间:2031-10-08", "7日,省委书记甲乙率领代表团抵达某地。", "当晚,代表团出席某社团就职典礼。"].join("\n")
    expect(starts(doc).map(([s]) => s)).toEqual(["2031-10-07", "2031-10-07"])
  })

  it("a volume's title with a bare year dates its day entries; a yearbook's bare year is the year after", () => {
    const entries = ["9月", "9月16日,某县召开全县旅游产业发展大会。县委书记甲乙出席。", "9月20日,某市运动会在某县开幕。"]
    expect(starts(["Page 47 - 某县执政纪要2031", "P. 47", ...entries].join("\n")).map(([s]) => s)).toEqual(["2031-09-16", "2031-09-20"])
    expect(starts(["某市年鉴2032", ...entries].join("\n")).map(([s]) => s)).toEqual(["2031-09-16", "2031-09-20"])
    // a bare number in a line that names no chronicle is no heading
    expect(starts(["某县2031项目汇编", ...entries].join("\n")).map(([s]) => s)).toEqual(["XXXX-09-16", "XXXX-09-20"])
  })

  it("a report that gives only its day merges with another outlet's dated report of that leader's same doing", () => {
    const r = parseTexts([
      ["a.txt", "某书记率团访问某市\n时间:2031-10-08\n10月7日,省委书记王明率领代表团抵达某市,开始为期三天的访问。"],
      ["b.txt", "某书记率团访问某市\n省委书记王明7日率代表团抵达某市,受到当地各界热烈欢迎。"]
    ])
    expect(r.events.map((e) => [e.date.start, e.sources.map((s) => s.document).sort().join(" ")])).toEqual([["2031-10-07", "a.txt b.txt"]])
  })

  it("an entry's title in brackets after its day, and a ? where a page lost a character, still open entries", () => {
    const doc = ["2031年某县大事记", "2月", "5日【全县三级干部大会召开】全县三级干部大会召开,县委书记甲乙作工作报告。", "8日【某县工业园区开工】县长丙丁出席开工仪式。"].join("\n")
    expect(starts(doc).map(([s]) => s)).toEqual(["2031-02-05", "2031-02-08"])
    const lost = ["某会2031年 第二季度大事记", "???????? ???? 4月份", "8日? 执行会长甲乙出席某室会议。", "10日 ?执行会长甲乙到某大学考察调研。"].join("\n")
    expect(starts(lost).map(([s]) => s)).toEqual(["2031-04-08", "2031-04-10"])
  })

  it("a site's address beside a date and time is the page's stamp, not an event's date", () => {
    const doc = ["某书记慰问干部群众", "", "http://www.example-news.com   2031-08-12 17:25:27", "", "某某社8月12日电/8月11日至12日,中央代表团团长甲乙率团来到某盟,看望慰问各族干部群众。"].join("\n")
    expect(starts(doc)).toEqual([["2031-08-11", "2031-08-12"]])
  })

  it("a month whose 月 a page lost (71日 for 7月1日, 73日至5 for 7月3日至5日), under a half-year volume's heading", () => {
    const doc = [
      "某市委、市政府2031年执政纪事(7-12月)",
      "  71日    某市庆祝七一表彰大会在市体育中心举行。甲乙出席。",
      "  73日至5    全市普降大雨暴雨,局部大暴雨。",
      "  75日    市委人才工作领导小组会议在某市举行。"
    ].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-07-01", null],
      ["2031-07-03", "2031-07-05"],
      ["2031-07-05", null]
    ])
    expect(parseText("p.txt", doc).mentions[0]!.date.year.source).toBe("header")
    // a real day stays a day (21日), and two digits after a month are its day (7月31日)
    expect(starts(["2031年7月大事记", "21日 某县召开常委会会议。", "7月31日 某县召开表彰大会。"].join("\n")).map(([s]) => s)).toEqual(["2031-07-21", "2031-07-31"])
  })

  it("a report's paragraph that opens with the same day and tells an occasion of its own is another event of that day", () => {
    const doc = [
      "某书记会见某党代表团",
      "10月30日晚,省委书记甲乙在某市会见了某党主席丙丁一行。",
      "甲乙表示,欢迎丙丁一行来访。",
      "就在当天下午,某省举行了某奖颁奖仪式,丙丁出席并致辞。"
    ].join("\n")
    const ms = parseText("p.txt", "时间:2031-10-31\n" + doc).mentions
    expect(ms.map((m) => [m.date.start, m.title.slice(0, 6)])).toEqual([
      ["2031-10-30", "某书记会见某"],
      ["2031-10-30", "某省举行了某"]
    ])
    // 当天 that goes on with the same occasion (他指出…) stays in it
    expect(parseText("q.txt", "时间:2031-10-31\n" + doc.replace("就在当天下午,某省举行了某奖颁奖仪式,丙丁出席并致辞。", "当天,甲乙指出,两地交流源远流长。")).mentions).toHaveLength(1)
  })

  it("a report's paragraph that opens with the next day (次日, 翌日) and tells an occasion of its own is an event of that day", () => {
    const doc = [
      "某书记率团访问某市",
      "3月31日,市委书记甲乙率代表团抵达某市,开始考察访问。",
      "次日上午,甲乙一行参观了某某产业园。",
      "翌日,代表团走访了某某开发区。"
    ].join("\n")
    const ms = parseText("p.txt", "时间:2031-04-03\n" + doc).mentions
    expect(ms.map((m) => [m.date.start, m.title.slice(0, 6)])).toEqual([
      ["2031-03-31", "某书记率团访"],
      ["2031-04-01", "甲乙一行参观"],
      ["2031-04-02", "代表团走访了"]
    ])
    // after a range the next day is not one day: the paragraph stays in the entry
    expect(parseText("q.txt", "时间:2031-04-03\n" + doc.replace("3月31日", "3月30日至31日")).mentions).toHaveLength(1)
  })

  it("a closing line of who else took part continues the entry above it", () => {
    const doc = ["2031年7月大事记", "7月24日 某委员会座谈会在某市召开。副主席周建华出席并讲话。", "省领导刘志勇、林晓峰参加相关活动。", "7月25日 某市召开防汛工作会议。"].join("\n")
    const ms = parseText("p.txt", doc).mentions
    expect(ms.map((m) => m.date.start)).toEqual(["2031-07-24", "2031-07-25"])
    expect(ms[0]!.people.map((p) => p.name)).toEqual(expect.arrayContaining(["周建华", "刘志勇", "林晓峰"]))
  })

  it("a table's rows are entries: the cell bar is a list mark and ends a line that is never joined to the next", () => {
    const doc = ["| 日期 | 事件 |", "| 2031-05-03 | 市委书记周建华主持召开市委常委会会议 |", "| 2031-05-10 | 市长刘志勇到某县调研 |"].join("\n")
    const ms = parseText("t.txt", doc).mentions
    expect(ms.map((m) => [m.date.start, m.title])).toEqual([
      ["2031-05-03", "市委书记周建华主持召开市委常委会会议"],
      ["2031-05-10", "市长刘志勇到某县调研"]
    ])
  })

  it("a newspaper page: each 本报讯 report dated by the day its lead names, counted from the page's date", () => {
    const doc = [
      "某某日报 2031年5月3日 星期五 第01版",
      "市委常委会召开会议",
      "本报讯（记者 王五）昨日,市委书记周建华主持召开市委常委会会议,研究部署防汛工作。",
      "市长到某县调研",
      "本报讯（记者 赵六）5月1日,市长刘志勇到某县调研乡村振兴工作。"
    ].join("\n")
    expect(starts(doc)).toEqual([
      ["2031-05-02", null],
      ["2031-05-01", null]
    ])
    // a site's name beside a date alone on its line is the page's stamp, not an event
    expect(starts(["某某新闻网 2031年05月03日", "市委常委会召开会议", "5月2日下午,市委书记周建华主持召开市委常委会会议。"].join("\n"))).toEqual([["2031-05-02", null]])
  })

  it("a forum post's header is chrome whose time dates the post; empty bracketed labels are chrome", () => {
    const doc = ["saleen0205 发表于 2031-5-17 09:36:08", "", "【发布日期:】 【来源:本站】 【阅读:次】", "省领导小组召开会议", "5月16日,省委书记周建华主持召开领导小组会议,研究部署年度重点工作。"].join("\n")
    const ms = parseText("f.txt", doc).mentions
    expect(ms.map((m) => [m.date.start, m.date.year.source])).toEqual([["2031-05-16", "published"]])
  })
})

