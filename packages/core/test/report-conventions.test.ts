import { describe, expect, it } from "vitest"
import { findDates } from "../src/dates/index.ts"
import { parseText } from "./helpers.ts"

// Made-up reports and pages: their dates and datelines, later events inside an article, relative days,
// what is not an event, and years from dated anchors; each test holds one convention of the genre.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

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

  it("a reporters' credit in brackets opening the lead's line ((记者 某某)1月19日下午,…) is passed over to the lead's date", () => {
    const doc = ["某会议主席团举行第一次会议", "", "(记者 孙甲)1月19日下午,某会议主席团举行第一次会议。周乙主持会议。", "", "会议听取了关于筹备工作的情况汇报。"].join("\n")
    expect(starts(doc)).toEqual([["XXXX-01-19", null]])
    // a credit alone on its line is still a byline, no event
    expect(starts(["某会议主席团举行第一次会议", "(记者 孙甲 通讯员 钱丙)", "1月19日下午,某会议主席团举行第一次会议。"].join("\n"))).toEqual([["XXXX-01-19", null]])
  })
  it("a dateline of any outlet lends its month to the day of the lead", () => {
    const doc = ["某网台北9月18日电(记者 某某)某省省长冯壬18日上午出席两岸企业论坛。", "论坛吸引两百多名代表。"].join("\n")
    const m = parseText("wire.txt", doc, { year: 2031 }).mentions
    expect(m.map((x) => x.date.start)).toEqual(["2031-09-18"])
  })

  it("an image's markup on the line above a report (![](…)) and its dateline are no part of its title, and its kind is read past them", () => {
    const doc = ["![](/Files/2031-9/23/abc.jpg)", "某县融媒体中心9月23日讯(记者 钱乙)9月22日,某市政协副主席孙丙带领调研组,对某县生态保护工作开展专项调研。"].join("\n")
    const m = parseText("img.txt", doc, { year: 2031 }).mentions
    expect(m.map((x) => [x.title, x.kind])).toEqual([["某市政协副主席孙丙带领调研组", "inspection"]])
  })

  it("a dateline's place (新华社北京3月5日电) is the report's place when its text names none of its own", () => {
    const placesOf = (doc: string) => parseText("wire.txt", doc, { year: 2031 }).mentions.map((m) => m.places.map((p) => p.name))
    expect(placesOf("新华社北京3月5日电 某某纪念座谈会5日在人民大会堂举行。")).toEqual([["北京"]])
    // a place the text names is the place; the dateline's is only where the report was filed
    expect(placesOf("新华社北京3月5日电 国家主席钱乙5日在成都会见来访的某国总统。")).toEqual([["成都"]])
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
  it("a schedule (将于 / 将从 … 起), a figure's cutoff (截至), a deadline (截止日期为) and an item that happened lately (近日) give no event", () => {
    const doc = [
      "某网台北5月4日电 近日,某省旅游推介会在台北举行。",
      "某市代表团将于5月22日出席博览会开幕式。",
      "截至5月20日,全省累计完成造林面积12万亩。",
      "某团一行将从5月21日起开展为期六天的参访活动。",
      "某区成立70周年庆祝大会将于明日(5月25日)上午10时在某市隆重举行。",
      "会议决定,代表提出议案的截止日期为5月27日12时。"
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
  it("a year named with the work planned or reviewed in it gives the text's year by the month it is named in", () => {
    const years = (lines: ReadonlyArray<string>) => parseText("work.txt", ["某县人大大事记", ...lines].join("\n")).mentions.map((x) => x.date.start)
    // next year's plan drawn up in December: the entries are of the year before
    expect(years(["12月7日,县人大常委会召开主任会议,讨论2032年工作要点草案。", "12月15日,县人大常委会举行第三十次会议。"])).toEqual(["2031-12-07", "2031-12-15"])
    // last year reviewed in January: the entries are of the year after
    expect(years(["1月8日,县政府召开常务会议,听取2031年财政预算执行情况汇报。", "1月20日,县政协召开常委会议。"])).toEqual(["2032-01-08", "2032-01-20"])
    // a plan read in its own year, though last year's work is heard late beside it
    expect(years(["8月3日,县政协召开常委会议,听取2030年工作情况,审议2031年工作要点。"])).toEqual(["2031-08-03"])
    // next year's government work report drafted in November; a year's proposals reviewed in January, however
    // many words stand between the year and its work
    expect(years(["11月25日,县政府召开常务会议,听取《2032年政府工作报告》起草提纲汇报。"])).toEqual(["2031-11-25"])
    expect(years(["1月3日,县政协召开党组会议,听取2031年县政协重点提案办理情况汇报。"])).toEqual(["2032-01-03"])
    // a review of the year's first half is of that year
    expect(years(["7月13日,县委召开会议,听取2031年上半年工作情况汇报。"])).toEqual(["2031-07-13"])
  })
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
})
