import { describe, expect, it } from "vitest"
import { parseText } from "./helpers.ts"

// Made-up pages and reports: the dates their entries are read in, from headings, datelines, the page's
// date and the entries' own openings.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

describe("pages and reports: the dates of their entries", () => {
  it("a volume's title with a bare year dates its day entries; a yearbook's bare year is the year after", () => {
    const entries = ["9月", "9月16日,某县召开全县旅游产业发展大会。县委书记甲乙出席。", "9月20日,某市运动会在某县开幕。"]
    expect(starts(["Page 47 - 某县执政纪要2031", "P. 47", ...entries].join("\n")).map(([s]) => s)).toEqual(["2031-09-16", "2031-09-20"])
    expect(starts(["某市年鉴2032", ...entries].join("\n")).map(([s]) => s)).toEqual(["2031-09-16", "2031-09-20"])
    // a bare number in a line that names no chronicle is no heading
    expect(starts(["某县2031项目汇编", ...entries].join("\n")).map(([s]) => s)).toEqual(["XXXX-09-16", "XXXX-09-20"])
  })

  it("a paper's caption, the reporters' credit and the lead on one line: the date right after the credit dates the report", () => {
    const page = ["某省代表团来我省考察", "某某日报·2031-05-29 08:53", "代表团考察了某公司、某研究院。某省领导甲乙、丙丁参加。(记者 戊己 庚辛) 5月27日至28日,某省委书记周建华率代表团来我省考察。"]
    expect(starts(page.join("\n"))).toEqual([["2031-05-27", "2031-05-28"]])
  })
  it("in a list of dated paragraphs, one that opens with 当天 and says what happened is an entry of the day before it", () => {
    const page = ["某县那达慕盛会开幕", "2031-08-02 09:37", "某某网某县8月1日电 (某某)1日,某县第24届那达慕盛会在该县赛马场开幕。", "图为赛马现场。某某 摄", "县域内草原辽阔,是全国最大的有机农畜产品生产基地。", "当天,县委书记胡海涛出席开幕式并致辞。", "图为开幕式现场。某某 摄", "据悉,本届盛会为期五天。其中,8月1日至3日每晚,县里举行三场音乐晚会。"]
    expect(starts(page.join("\n")).map(([s]) => s)).toEqual(["2031-08-01", "2031-08-01", "2031-08-01"])
  })
  it("a date stated mid-sentence leaves the title without the preposition that introduced it (会议于某日开幕 → 会议隆重开幕)", () => {
    const ms = parseText("c.txt", ["1月", "4日 市人大常委会举行主任会议。", "中共某市委五届四次全体会议于2031年2月8日隆重开幕。"].join("\n")).mentions
    expect(ms.map((m) => m.title)).toContain("中共某市委五届四次全体会议隆重开幕")
  })
  it("a day said in words with its date in brackets (今天(3月5日),…) is one date: the title is what follows it", () => {
    const ms = parseText("t.txt", ["春耕正当时。今天(3月5日),县长王建国到某镇调研春耕生产。随后,他来到某村察看。"].join("\n")).mentions
    expect(ms.map((m) => m.title)).toEqual(["县长王建国到某镇调研春耕生产"])
  })
  it("a page whose source line names a book of record (来源:《某某县志》) reposts old entries: its posting date dates none", () => {
    const entries = ["1月16日 某县召开全县三级干部会议。", "2月17日 县人大常委会召开第二十五次会议。"]
    const posted = (source: string) => starts(["发表时间:2031-03-22 16:45:27 来源:" + source, ...entries].join("\n")).map(([s]) => s)
    expect(posted("《某某县志》")).toEqual(["XXXX-01-16", "XXXX-02-17"])
    expect(posted("《某某年鉴2030》")).toEqual(["XXXX-01-16", "XXXX-02-17"])
    // a paper or a site as the source: the page's date gives the year as before
    expect(posted("某某日报")).toEqual(["2031-01-16", "2031-02-17"])
  })
  it("a heading whose year and month are written in Chinese numerals (二〇三一年一月, 一九九五年大事记) dates the day entries below it", () => {
    const days = ["3日 县委召开常委会议。", "5日 县长甲乙到某乡调研。"]
    expect(starts(["二〇三一年一月", ...days].join("\n")).map(([s]) => s)).toEqual(["2031-01-03", "2031-01-05"])
    expect(starts(["一九九五年大事记", "一月", ...days].join("\n")).map(([s]) => s)).toEqual(["1995-01-03", "1995-01-05"])
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

  it("a record's name with its year and month in figures (大事记203108, 大事记 2031-08) dates the day entries below it; a span of years does not", () => {
    const entries = ["1日 某市召开常委会会议。", "3日 某县举行植树活动。"]
    for (const heading of ["某市大事记203108", "某市大事记 2031-08", "某市大事记2031.8"]) {
      expect(starts([heading, ...entries].join("\n")).map(([s]) => s), heading).toEqual(["2031-08-01", "2031-08-03"])
    }
    expect(starts(["某市大事记 2031.6~2032", "9月1日 某市召开常委会会议。", "9月3日 某县举行植树活动。"].join("\n")).map(([s]) => s)).toEqual(["XXXX-09-01", "XXXX-09-03"])
  })

  it("a month's day entries with no month of their own are one month: the page's, or the one before when a day is past the page's date", () => {
    const page = (stamp: string, days: ReadonlyArray<number>) => ["某区大事记", `发布日期:${stamp}`, ...days.map((d) => `${d}日 某区召开第${d}次常务会议。`)].join("\n")
    // published on the 18th, its days run to the 26th: all of them are the month before's, not 1日 and 3日 the page's own month
    expect(starts(page("2031-09-18", [1, 3, 26])).map(([s]) => s)).toEqual(["2031-08-01", "2031-08-03", "2031-08-26"])
    expect(starts(page("2031-01-05", [2, 20])).map(([s]) => s)).toEqual(["2030-12-02", "2030-12-20"])
    // every day on or before the page's: the page's month
    expect(starts(page("2031-09-28", [1, 3, 26])).map(([s]) => s)).toEqual(["2031-09-01", "2031-09-03", "2031-09-26"])
  })

  it("entries under a day without its year (a page of this day in past years) take the year each opens with, set off", () => {
    const doc = ["10月31日,历史上的今天", "", "10月31日", "", "【2007年】某市召开项目对接座谈会。市长钱乙出席。", "", "【2009年】省长李丙到某县调研。", "", "2011年,某州第八次代表大会召开。"].join("\n")
    const byTitle = new Map(parseText("today.txt", doc).mentions.map((m) => [m.title, m.date.start]))
    expect([byTitle.get("【2007年】某市召开项目对接座谈会"), byTitle.get("【2009年】省长李丙到某县调研"), byTitle.get("2011年,某州第八次代表大会召开")]).toEqual(["2007-10-31", "2009-10-31", "2011-10-31"])
    // a year that runs on into a name (2030年工作总结会议) is no statement of the entry's own: at most a hint
    const named = ["10月31日", "", "2030年工作总结会议在某市召开。"].join("\n")
    expect(parseText("named.txt", named).mentions.map((m) => m.date.year.source)).not.toContain("text")
  })

  it("a report published days after the dates it gives is of its publication's year, though it names a year before (通报了上年情况)", () => {
    const lines = ["某县老干部情况通报会召开", "某县新闻网  2032-01-31 15:32:53", "1月30日下午,某县老干部情况通报会召开。县长钱乙通报了2031年经济社会发展情况及今年工作思路。", "1月30日上午,县委书记孙丙还前往某镇看望老干部。"]
    expect(starts(lines.join("\n")).map(([s]) => s)).toEqual(["2032-01-30", "2032-01-30"])
    // a record of day entries published weeks later is not news: the year it names is its own
    const record = ["5月", "时间:2033-06-01 来源: 某区地方志办公室", "7日 区委书记钱乙会见来访代表团。2031年全区工作会议精神得到落实。", "14日 区长孙丙到某街道调研。"]
    expect(starts(record.join("\n")).map(([s]) => s)).toEqual(["2031-05-07", "2031-05-14"])
  })

  it("a year a decade before the page's date is history the record tells, not the year of its entries", () => {
    const doc = ["发布时间:2041-07-25", "7月21日。某市举行纪念活动。", "2031年7月,某市曾举办首届活动。", "22日,某市召开座谈会。", "23日,某市举行表彰会。"].join("\n")
    expect(starts(doc).map(([s]) => s ?? "").filter((s) => s.endsWith("-21") || s.endsWith("-22") || s.endsWith("-23"))).toEqual(["2041-07-21", "2041-07-22", "2041-07-23"])
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

  it("a dateline with its date in Chinese numerals (某某社上海十二月二十八日电) is a dateline: the lead's day dates the report", () => {
    const ms = parseText("p.txt", "某某社某市十二月二十八日电 (记者 某某)某市市长甲乙二十七日晚在某宾馆会见了到访的某县县长丙丁一行。").mentions
    expect(ms.map((m) => [m.date.start.slice(5), m.title.startsWith("某某社")])).toEqual([["12-27", false]])
  })

  it("a dateline behind characters a bad conversion turned into ? (????某某网讯(记者 某某)1月25日上午,…) is a dateline", () => {
    const doc = ["", "?", "????某某网讯(记者 张某某)1月25日上午,省十三届人大四次会议在某大剧院开幕。", "市长钱乙列席开幕大会。"].join("\n")
    expect(parseText("p.txt", doc).mentions.map((m) => m.date.start.slice(5))).toEqual(["01-25"])
  })

  it("a dateline after a page's summary label (文章简介:某某网9月18日电) is a dateline: the lead's day dates the report", () => {
    const doc = ["某省长率团访问 (图)", "", "2033-09-26", "文章简介:某某网9月18日电 应某某总会邀请,某省省长甲乙丙17日率某省代表团抵达,开始为期6天的交流活动."].join("\n")
    expect(parseText("p.txt", doc).mentions.map((m) => m.date.start.slice(5))).toEqual(["09-17"])
  })

  it("any outlet's 讯/消息 followed by the reporters' credit is a dateline, which the title leaves out", () => {
    const ms = parseText("p.txt", "某某在线消息(记者 张某 摄影 欧阳某)2月24日至25日,省委书记甲乙前往某市调研。").mentions
    expect(ms.map((m) => [m.date.start, m.title])).toEqual([["XXXX-02-24", "省委书记甲乙前往某市调研"]])
  })

  it("a month's record whose page lost 月 and 日 (422  某县举行…) dates its entries in the heading's month or the next, its part number (2) aside", () => {
    const doc = ["2031年4月大事概要(2)", "422  某县举行第二十二届中小学艺术节文艺汇演。", "425  县长钱乙深入某镇调研春耕生产。", "1200 余名群众观看了演出。", "426 余名干部参加培训。", "503  某县召开防汛工作会议。"].join("\n")
    expect(starts(doc).map(([s]) => s)).toEqual(["2031-04-22", "2031-04-25", "2031-05-03"])
    // without a month to split by, a number stays a number
    expect(starts(["某县要事", "422  某县举行艺术节文艺汇演。"].join("\n")).map(([s]) => s)).not.toContain("XXXX-04-22")
  })
})

describe("a congress session the event names", () => {
  it("dates the event in its year, over a year the text states elsewhere; not later in the year, nor from a later sentence", () => {
    const starts = (text: string) => parseText("report.txt", text).mentions.map((m) => m.date.start)
    const talk = "3月6日上午,十四届全国人大三次会议某省代表团举行开放团组会议。\n某某说,2024年4月总书记来某省视察。"
    expect(starts(talk)).toEqual(["2025-03-06"])
    // a session named in a later sentence, or by an event in the autumn, is one the text refers to
    expect(starts("9月6日上午,某省代表团举行会议。会议传达十四届全国人大三次会议精神。\n某某说,2024年4月总书记来某省视察。")).toEqual(["2024-09-06"])
  })
})
