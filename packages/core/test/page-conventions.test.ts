import { describe, expect, it } from "vitest"
import { parseText, parseTexts } from "./helpers.ts"

// Made-up pages and reports (papers, forums, tables, sites): how their dates and entries are read.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

describe("pages and reports: their dates and entries", () => {
  it("a national congress's annual session named in the text (十二届全国人大五次会议, 全国政协十一届一次会议) gives the year its dates lack", () => {
    expect(starts("某省代表团举行全体会议\n3月6日上午,出席十二届全国人大五次会议的某省代表团举行全体会议,审议政府工作报告。")).toEqual([["2017-03-06", null]])
    expect(starts("某省代表团抵京\n3月2日下午,出席全国政协十二届二次会议的某省委员抵达北京。")).toEqual([["2014-03-02", null]])
    // the standing committee meets many times a year: its session dates nothing
    expect(starts("某市人大常委会召开会议\n3月10日,某市人大常委会传达十二届全国人大常委会第五次会议精神。")).toEqual([["XXXX-03-10", null]])
  })
  it("a weekly digest's headline over a date alone on its line over a body that opens with that day is one event, titled by the headline", () => {
    const doc = [
      "一周要闻",
      "2031-06-17",
      "■ 某区与某某公司签约共建产业园",
      "",
      "6月11日",
      "",
      "11日下午,某区与某某公司签约共建产业园。区长钱乙出席。",
      "",
      "■ 钱乙调研某某开发区 6月12日",
      "",
      "12日上午,钱乙在某某开发区调研。",
      "(市政府办)",
      "13日",
      "△ 市委召开常委会议。"
    ].join("\n")
    const r = parseText("p.txt", doc)
    expect(r.mentions.map((m) => [m.date.start, m.title])).toEqual([
      ["2031-06-11", "某区与某某公司签约共建产业园"],
      ["2031-06-12", "钱乙调研某某开发区"],
      ["2031-06-13", "市委召开常委会议"]
    ])
    // the event's span starts at its headline, so a reader's source view shows it; a credit line is no headline
    expect(doc.slice(r.mentions[0]!.span[0]).startsWith("■ 某区与某某公司")).toBe(true)
    expect(doc.slice(r.mentions[2]!.span[0]).startsWith("(市政府办)")).toBe(false)
  })
  it("an itinerary written as one sentence gives each day after a semicolon its own event (5月13日,…；14日,…)", () => {
    const doc = "某区一周回顾\n2031年5月20日\n回顾这一周的日程:5月13日,区委召开常委会议;14日,区长钱乙到某镇调研;15日上午,区政协召开全体会议。"
    expect(starts(doc)).toEqual([
      ["2031-05-13", null],
      ["2031-05-14", null],
      ["2031-05-15", null]
    ])
  })
  it("the page's date is the last one above its text: an error block's or a banner's date higher up is not it", () => {
    const dated = (t: string) => parseText("p.txt", t).mentions.map((m) => [m.date.start, m.date.year.source])
    const errorBlock = ["新闻", "404 Not Found", "Sorry for the inconvenience.", "Please report this message.", "URL: http://m.example.com/a/1.html", "Server: cms-1", "Date: 2036/06/25 22:27:21", "Powered by Example"]
    const report = ["某某书记参加代表团审议", "2031-01-23 07:34:43   某某报", "原标题:某某书记谈发展", "昨天下午,市委书记甲乙参加市人代会某某团全团会,与代表们一起审议政府工作报告。"]
    expect(dated([...errorBlock, ...report].join("\n"))).toEqual([["2031-01-22", "published"]])
    // a footer's date below the text is read when nothing above it states one
    expect(dated(["某某书记参加代表团审议", "昨天下午,市委书记甲乙参加市人代会某某团全团会。", "发布时间:2031-01-23", "发布时间:2036-06-25"].join("\n"))).toEqual([["2031-01-22", "published"]])
  })

  it("an article's lead after photo captions on its line is dated, and its title is the lead's, not the credit's", () => {
    const read = (t: string) => parseText("p.txt", t).mentions.map((m) => [m.date.start, m.title])
    const opening = "大会主席团常务主席甲乙主持会议。本报记者 张三 摄市长丙丁作政府工作报告。 本报记者 张三 摄 1月15日上午,某市第十四届人民代表大会第五次会议隆重开幕。近200名代表出席会议。"
    expect(read(["某市十四届人大五次会议开幕", "发布时间:2031-01-16", opening].join("\n"))).toEqual([["2031-01-15", "某市十四届人大五次会议开幕"]])
    expect(read(["发布时间:2031-01-16", opening].join("\n"))).toEqual([["2031-01-15", "某市第十四届人民代表大会第五次会议隆重开幕"]])
    // the date inside the lead's sentence, the caption before it
    const visit = "签署备忘录后,甲乙与丙丁握手。 张三 摄应某市市长丙丁邀请,由市长甲乙率领的代表团4月6日中午抵达某市,开始为期四天的访问。"
    expect(read(["时间:2031-05-28", visit].join("\n")).map((m) => m[0])).toEqual(["2031-04-06"])
  })

  it("a lead after a short sentence that sets the scene is dated by its own date; its title and kind are the lead's", () => {
    const read = (t: string) => parseText("p.txt", t).mentions.map((m) => [m.date.start, m.title, m.kind])
    const page = (lead: string) => ["某某晚报 2031-01-17 18:55", lead, "市人大常委会主任丙丁参加活动。"].join("\n")
    expect(read(page("本报讯 寒冬送温暖。带着党和政府的关怀,1月16日上午,市委书记甲乙深入某区慰问困难群众。"))).toEqual([
      ["2031-01-16", "市委书记甲乙深入某区慰问困难群众", "activity"]
    ])
    // a meeting's opening after a scene: the sentence that holds the date says what it was
    expect(read(page("瑞雪映春城,喜气满山川。1月16日上午9时,某市第九届人民代表大会第二次会议在市会堂隆重开幕。"))).toEqual([
      ["2031-01-16", "某市第九届人民代表大会第二次会议在市会堂隆重开幕", "meeting"]
    ])
    // a long first sentence is the lead itself: a date in the next one is not the report's
    expect(read(page("本报讯 市委书记甲乙深入某区走访慰问困难群众和老党员,为他们送去慰问金和慰问品。1月3日,某区曾召开动员会。"))[0]![0]).not.toBe("2031-01-03")
  })

  it("a list's posting date alone on its line over an item whose summary dates itself is the item's year, not its day", () => {
    const list = [
      "市政府常务会议",
      "2032/02/01",
      "会议摘要:1月31日下午,市长甲乙主持召开市政府常务会议,研究某某工作。",
      "2032/01/10",
      "会议摘要:1月6日,市长甲乙主持召开市政府常务会议,研究某某事项。",
      "2031/12/25",
      "会议摘要:12月24日下午,市长甲乙主持召开市政府常务会议,研究某某工作。"
    ].join("\n")
    expect(starts(list)).toEqual([
      ["2032-01-31", null],
      ["2032-01-06", null],
      ["2031-12-24", null]
    ])
    // the summary's label is no part of the title
    expect(parseText("list.txt", list).mentions[0]!.title).toBe("市长甲乙主持召开市政府常务会议")
  })

  it("a day on which a stay of N days ended (结束为期8天的视察) dates the whole stay", () => {
    expect(starts("2031年7月27日,某某代表团在某省结束为期8天的考察,返回某地。")).toEqual([["2031-07-20", "2031-07-27"]])
    expect(starts("2031年3月2日,某考察团结束为期三天的访问。")).toEqual([["2031-02-28", "2031-03-02"]])
    // a stay that begins (开始为期6天的访问) is dated by its first day only, and a plan is no stay
    expect(starts("2031年9月17日,某省长率团抵达某地,开始为期6天的访问。")).toEqual([["2031-09-17", null]])
  })

  it("a report whose lead says 近日 is dated by the first month and day that opens one of its sentences", () => {
    const doc = [
      "某某网讯 国家主席李明近日在某省考察时强调,要扎实推动经济社会持续健康发展。",
      "4月的某省大地,春风和煦。4月19日至21日,李明在某省省委书记赵甲陪同下,先后来到某市、某市考察。",
      "李明19日上午从北京乘专机到达某市,随后考察了某博物馆。"
    ].join("\n")
    expect(starts(doc)[0]).toEqual(["XXXX-04-19", "XXXX-04-21"])
    // no day anywhere but in a later sentence of the lead paragraph: that sentence's month and day
    const visit = [
      "查看原文",
      "某某拜会某某副主席",
      "某某日报 2031-06-30",
      "近日,全国某某委员会副主席、党组副书记甲某到某省开展贯彻落实某某会议精神进展情况专题调研。5月11日,省委书记甲乙、省长丙丁在某市拜会了某某副主席一行。",
      "某某副主席对某省发展取得的成绩给予充分肯定。"
    ].join("\n")
    expect(parseText("p.txt", visit).mentions.map((m) => [m.date.start, m.title])).toEqual([["2031-05-11", "某某拜会某某副主席"]])
  })

  it("a page's navigation line with its page numbers (3 上一篇  下一篇 4 放大 缩小) is no day's entry", () => {
    const page = ["某市2031年1月大事记", "2日 市委召开常委会议,研究部署全年工作。", "5日 市长钱乙到某县调研春耕生产。", "3 上一篇  下一篇 4 放大 缩小 默认"].join("\n")
    expect(starts(page)).toEqual([
      ["2031-01-02", null],
      ["2031-01-05", null]
    ])
  })

  it("a publisher's name over its page date (某县人民政府 2031年04月12日) is the page's stamp, not an entry", () => {
    const dated = (t: string) => parseText("p.txt", t).mentions.map((m) => [m.date.start, m.date.year.source])
    expect(dated("某县人民政府 2031年04月12日\n4月10日上午,县长钱乙带队到某镇调研乡村振兴工作。")).toEqual([["2031-04-10", "published"]])
    expect(dated("某市档案馆(某市文史研究馆) 2031-04-12\n4月10日,某市召开档案工作会议。")).toEqual([["2031-04-10", "published"]])
  })

  it("a source line shaped like a breadcrumb (来源 | 作者 | 时间) still gives the publication date", () => {
    const doc = ["某书记率团访问某地", "来源:某某日报微信 | 作者: | 时间:2031-10-08", "7日,省委书记甲乙率领代表团抵达某地。", "当晚,代表团出席某社团就职典礼。"].join("\n")
    expect(starts(doc).map(([s]) => s)).toEqual(["2031-10-07", "2031-10-07"])
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

  it("a reposting site's stamp (its name or address, the date and time, the outlet) is the publication date its lead's 昨日 counts from", () => {
    const dated = (stamp: string) =>
      parseText("p.txt", ["某省长会见某国客人", stamp, "", "本报讯 昨天晚上,省长甲乙在某市会见了某国客人丙丁一行。"].join("\n")).mentions.map((m) => [m.date.start, m.date.year.source])
    expect(dated("某某政府门户网站 www.example.gov.cn   2031年05月19日   来源:某某日报")).toEqual([["2031-05-18", "published"]])
    expect(dated("http://www.example.com.cn 2031年05月19日06:56 某某新闻网-某某日报 | ||||")).toEqual([["2031-05-18", "published"]])
    // a lead below lines that hold no sentence (a subtitle, 专题:…) is still the lead
    const lead = ["某地隆重集会庆祝某节", "某某网 www.example.com  2031年08月08日 19:19 来源:某某网", "专题:某某节", "某某网消息:", "庆祝大会今天在某市举行。甲乙出席。"].join("\n")
    expect(parseText("q.txt", lead).mentions.map((m) => m.date.start)).toEqual(["2031-08-08"])
    // an entry's date with a short title after it is no stamp: it has neither an address nor a time
    expect(starts("2031年05月19日 某县召开常委会会议").map(([s]) => s)).toEqual(["2031-05-19"])
  })

  it("an entry glued to the page's stamp (发布日期:2032-01-31 18:23:541月1日,…) is an entry, the stamp still a stamp", () => {
    const doc = ["2031年1月大事记", "发布日期:2032-01-31 18:23:541月1日,某市统计局发布最新统计数据。", "1月2日,某市召开全体会议。"].join("\n")
    expect(parseText("p.txt", doc).mentions.map((m) => m.date.start)).toEqual(["2031-01-01", "2031-01-02"])
  })

  it("a person a report names with a title once is a person of its later mentions that name them bare", () => {
    const doc = [
      "某长官访问某省",
      "时间:2031-05-12",
      "5月11日上午,某特区行政长官罗建平在某市出席合作论坛并致辞。",
      "当天下午,来访的罗建平与省委书记周建华共同主持了合作会议第一次会议。"
    ].join("\n")
    const ms = parseText("p.txt", doc).mentions
    expect(ms).toHaveLength(2)
    expect(ms[1]!.people.map((p) => p.name).sort()).toEqual(["周建华", "罗建平"])
  })

  it("a page saved as Markdown keeps its images (![caption](address)) out of the title and summary", () => {
    const ms = parseText("p.txt", "![]() 某主任与某地主要负责人合影。 ![]() 某主任昨抵某地后会晤主要官员").mentions
    expect(ms[0]!.title).toBe("某主任与某地主要负责人合影")
    expect(ms[0]!.summary.startsWith("某主任与某地")).toBe(true)
  })

  it("a title loses the ? of a character the page lost", () => {
    // a headline that begins with one (a chronicle entry's ? is already dropped with the line's junk)
    expect(parseText("p.txt", "? 某省召开全省防汛工作会议\n时间:2031-05-04\n5月3日,某省召开全省防汛工作会议。").mentions.map((m) => m.title)).toEqual(["某省召开全省防汛工作会议"])
  })

  it("a headline that says nothing of what happened (a site's name, pagination) gives way to the lead clause", () => {
    const title = (doc: string) => parseText("p.txt", doc).mentions.map((m) => m.title)
    expect(title("某某网\n时间:2031-05-04\n5月3日,某省召开全省防汛工作会议。")).toEqual(["某省召开全省防汛工作会议"])
    expect(title("【 第1页 第2页 】\n时间:2031-05-04\n5月3日,某省召开全省防汛工作会议。")).toEqual(["某省召开全省防汛工作会议"])
    // a headline that says what happened stays the title
    expect(title("某省部署防汛工作\n时间:2031-05-04\n5月3日,某省召开全省防汛工作会议。")).toEqual(["某省部署防汛工作"])
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
    // 会前 / 会后: another meeting before or after the one reported, on its day
    const before = ["2月9日,省政协常委会议召开。省政协主席甲乙主持会议。", "会前,甲乙主持召开了党组会议。"].join("\n")
    expect(parseText("r.txt", "时间:2031-02-10\n" + before).mentions.map((m) => m.date.start)).toEqual(["2031-02-09", "2031-02-09"])
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
    // a ▲ caption under a paper's report is part of it (in a chronicle ▲ opens another entry of the day)
    const captioned = [
      "本报讯（记者 王五）10月16日,某县举行新项目集中开工仪式,县委书记甲乙出席。",
      "▲县委书记甲乙宣布项目开工。",
      "▲县长丙丁为某某项目剪彩。",
      "本报讯（记者 赵六）10月18日,某县召开信访工作会议。"
    ].join("\n")
    expect(starts(captioned)).toEqual([
      ["XXXX-10-16", null],
      ["XXXX-10-18", null]
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
