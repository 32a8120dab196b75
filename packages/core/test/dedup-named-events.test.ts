import { describe, expect, it } from "vitest"
import { isCaption } from "../src/dedup/caption.ts"
import { eventNames } from "../src/dedup/event-names.ts"
import { parseTexts } from "./helpers.ts"

// Made-up reports: a province-wide video meeting seen from two branch venues and from the main venue.
const mainVenue = "2031年第五批全省重点项目集中开工动员会在某省会举行\n4月3日上午,2031年第五批全省重点项目集中开工动员会在某省会举行。省委书记甲乙宣布开工,省长丙丁讲话。"
const branchA = "某甲市大事记 2031年4月\n3日 2031年第五批全省重点项目集中开工动员会召开,市委书记戊己、市长庚辛在某甲市分会场出席会议。"
const branchB = "4月3日上午,2031年第五批全省重点项目集中开工动员会举行。某乙市在分会场组织收看,市领导壬癸、子丑出席。"
const otherBatch = "2032年第一批全省重点项目集中开工动员会举行\n5月8日上午,2032年第一批全省重点项目集中开工动员会举行。省长丙丁出席。"

describe("one named event reported from several venues", () => {
  it("merges the reports that give one event's name for one day, whatever people and places they name", () => {
    const r = parseTexts([["main.txt", mainVenue], ["a.txt", branchA], ["b.txt", branchB], ["other.txt", otherBatch]], { year: 2031 })
    const withName = r.events.filter((e) => e.text.includes("2031年第五批"))
    expect(withName).toHaveLength(1)
    expect(withName[0]!.sources.length + withName[0]!.merged.length).toBeGreaterThanOrEqual(3)
    // another batch of the same series on another day stays its own event
    expect(r.events.filter((e) => e.text.includes("2032年第一批"))).toHaveLength(1)
  })

  it("takes no name from a meeting the text only refers to, nor from the generic meetings every city holds", () => {
    expect(eventNames("学习贯彻总书记在全省统筹推进疫情防控和经济社会发展工作部署会议上的重要讲话精神")).toEqual([])
    expect(eventNames("全市组织工作会议暨人才工作会议召开")).toEqual([])
    expect(eventNames("7月1日上午,2031年第五批全省重点项目集中开工动员会举行")).toEqual(["2031年第五批全省重点项目集中开工动员会"])
    // outlets quote a name's parts differently: one name
    expect(eventNames("2031“丝路”媒体合作论坛今天在某市举行")).toEqual(["2031丝路媒体合作论坛"])
  })
})

describe("a tour and its stops", () => {
  it("merges a caption of one stop into the tour when the county lies in the city toured, on the tour's days", () => {
    const doc = [
      "某网消息 2月24日至25日,省委书记赵建国前往广元市调研疫情防控和经济社会发展工作。他强调,要统筹推进各项工作。",
      "2月25日,赵建国书记到旺苍县尚武镇新生村调研,了解农作物种植情况。"
    ].join("\n")
    const r = parseTexts([["tour.txt", doc]], { year: 2031 })
    const tour = r.events.filter((e) => e.people.some((p) => p.name === "赵建国"))
    expect(tour).toHaveLength(1)
    expect(tour[0]!.merged).toHaveLength(1)
    // another leader's visit to the same county on the same day stays apart
    const other = parseTexts([["tour.txt", doc], ["b.txt", "2月25日,省长钱国平到旺苍县调研春耕生产。"]], { year: 2031 })
    expect(other.events.filter((e) => e.people.some((p) => p.name === "钱国平"))[0]!.merged).toHaveLength(0)
  })
})

describe("the days of a visit within one report", () => {
  it("merges a day the report tells by its day alone, by the party it named, into the visit it dated as a whole", () => {
    const doc = [
      "12月7日至9日,市委书记周建华带领考察组到某县考察对口帮扶工作。",
      "8日,考察组一行到甲镇、乙村察看产业项目。",
      "9日,周建华一行来到丙县,考察边境合作区建设。"
    ].join("\n")
    const r = parseTexts([["visit.txt", doc]], { year: 2031 })
    expect(r.events).toHaveLength(1)
    expect(r.events[0]!.merged).toHaveLength(2)
    // the next paragraph telling the whole visit again, by its days alone, is the visit too
    const retold = ["4月27日至29日,县委书记周建华深入全县12个乡镇调研。", "27日至29日,周建华一行先后到甲镇、乙乡,察看产业发展情况。"].join("\n")
    expect(parseTexts([["retold.txt", retold]], { year: 2031 }).events).toHaveLength(1)
    // the subject, not the titled host who went with them (在某某陪同下), is whose day it is
    const hosted = ["4月24日至26日,国务院副总理周建华到某省考察。", "24日至26日,周建华在省委书记王建国、省长李明等陪同下,先后到甲市、乙县考察。"].join("\n")
    expect(parseTexts([["hosted.txt", hosted]], { year: 2031 }).events).toHaveLength(1)
  })
  it("merges the visit's days told one by one with their month when its own person leads each at a place inside the visit's", () => {
    const doc = [
      "(通讯员 甲乙)3月13日至20日,学院党委书记周建华一行赴四川阿坝州、甘孜州考察对口支援工作。",
      "3月14日,周建华一行不顾旅途劳累,先后赴马尔康市、金川县察看援建项目。",
      "3月16日,周建华一行不顾高原反应,在康定市看望慰问援藏教师。"
    ].join("\n")
    const r = parseTexts([["tour.txt", doc]], { year: 2031 })
    expect(r.events).toHaveLength(1)
    // a day led by someone else, or at a place outside the visit's, is another event
    const other = [
      "3月13日至20日,学院党委书记周建华一行赴四川阿坝州、甘孜州考察对口支援工作。",
      "3月15日,院长王建国在学院主持召开教学工作会议。",
      "3月16日,周建华在北京出席某某论坛。"
    ].join("\n")
    expect(parseTexts([["other.txt", other]], { year: 2031 }).events).toHaveLength(3)
  })
  it("keeps apart a chronicle's day-only entries, a report's item dated with its month, and a meeting on the visit's last day", () => {
    const chronicle = ["20—22日 副主任周建华带领检查组在某市检查食品安全法执行情况。", "22日 某县举办农民丰收节活动。"].join("\n")
    expect(parseTexts([["list.txt", chronicle]], { year: 2031 }).events).toHaveLength(2)
    const digest = ["■ 5月6日至9日,副省长周建华率队赴某市检查防汛工作。", "■ 5月9日,副省长周建华出席某某博览会开幕式并致辞。"].join("\n")
    expect(parseTexts([["digest.txt", digest]], { year: 2031 }).events).toHaveLength(2)
    const feedback = ["12月7日至9日,市委书记周建华带领考察组到某县考察对口帮扶工作。", "9日,周建华主持召开座谈会,听取某县工作汇报。"].join("\n")
    expect(parseTexts([["feedback.txt", feedback]], { year: 2031 }).events).toHaveLength(2)
  })
})

describe("a day's occasion told on in a report's next paragraphs", () => {
  const opening = ["周建华节后首日检查各单位工作", "", "本报讯 2月7日,春节后上班第一天,县委书记周建华带领县四套班子领导深入各单位检查工作。"].join("\n")
  it("merges a paragraph that goes on that day (当日上午/当天下午) with the same people or their party, led by the opening", () => {
    const doc = [opening, "当日上午,周建华在副县长钱国平陪同下来到县行政办公区,走访了解各单位上班情况。", "当天下午,考察组一行先后到某产业园和某村,察看项目建设进展。"].join("\n")
    const r = parseTexts([["day.txt", doc]], { year: 2031 })
    expect(r.events).toHaveLength(1)
    expect(r.events[0]!.merged).toHaveLength(2)
    // the opening paragraph names the occasion
    expect(r.events[0]!.title).toContain("春节后上班第一天")
    // each paragraph's span ends with its own sentence, short of the next paragraph
    const spans = [r.events[0]!.sources[0]!.span, ...r.events[0]!.merged.map((m) => m.span)].sort((a, b) => a[0] - b[0])
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1])
  })
  it("keeps apart a paragraph of more (还前往), of someone else, or of a meeting or a guest received that day", () => {
    for (const next of [
      "当天下午,周建华还前往某镇检查安全生产工作。",
      "当天下午,县长钱国平到某镇调研春耕生产。",
      "当天下午,周建华主持召开县委常委会会议,研究部署今年重点工作。",
      "当天下午,周建华会见了来访的某集团董事长孙丙一行。"
    ])
      expect(parseTexts([["day.txt", [opening, next].join("\n")]], { year: 2031 }).events, next).toHaveLength(2)
  })
})

describe("a report's photo captions", () => {
  const captions = [
    "8月28日下午,某县召开全县领导干部大会,宣布市委决定:周建华任县委书记,钱国平不再担任县委书记、常委、委员职务。这是周建华和钱国平在会前握手,赵大勇、吴小红等在一旁鼓掌。本报记者 孙小丙 摄",
    "8月28日下午,某县召开全县领导干部大会。这是大会主席台。 本报记者 孙小丙 摄"
  ]
  const report = "本报某县8月28日讯(记者 李大丁)今天下午,某县召开全县领导干部大会,宣布市委决定:周建华任县委书记。钱国平主持会议,周建华讲话。全县副科级以上干部参加会议。"
  it("merges a caption of the report's occasion into it: the same day and kind, a person or most words shared", () => {
    const r = parseTexts([["page.txt", [...captions, report].join("\n")]], { year: 2031 })
    expect(r.events).toHaveLength(1)
    expect(r.events[0]!.merged).toHaveLength(2)
    // the report leads, however much its captions say: a caption's title is no name for the occasion
    expect(r.events[0]!.sources[0]!.span[0]).toBeGreaterThan(100)
    // a caption whose credit is in brackets, with more after it
    const bracketed = "28日,全县领导干部大会召开,周建华讲话。(实习生 孙小丙摄)点击收看视频"
    expect(parseTexts([["page.txt", [bracketed, report].join("\n")]], { year: 2031 }).events).toHaveLength(1)
  })
  it("knows a caption by its credit, closing it or in brackets after a sentence or two, not an article opening with its photo", () => {
    expect(isCaption({ text: captions[1]! })).toBe(true)
    expect(isCaption({ text: "28日,全县领导干部大会召开,周建华讲话。(实习生 孙小丙摄)点击收看视频" })).toBe(true)
    const article = `10月30日晚,周建华在某市会见钱国平。(某某网记者 孙小丙摄) ${"钱国平一行10月30日抵达某市,开始为期三天的访问。周建华对钱国平一行来访表示欢迎,双方就加强交流合作深入交换意见。".repeat(3)}`
    expect(isCaption({ text: article })).toBe(false)
    expect(isCaption({ text: report })).toBe(false)
  })
  it("keeps apart a caption of another occasion that day, or of another day", () => {
    const otherKind = "8月28日上午,某县县委常委会召开会议,周建华、钱国平出席。本报记者 孙小丙 摄"
    expect(parseTexts([["page.txt", [otherKind, report].join("\n")]], { year: 2031 }).events).toHaveLength(2)
    const otherDay = "8月27日下午,周建华到某镇调研。本报记者 孙小丙 摄"
    expect(parseTexts([["page.txt", [otherDay, report].join("\n")]], { year: 2031 }).events).toHaveLength(2)
  })
})

describe("two outlets' reports of one occasion", () => {
  it("merges a host receiving the same guest on the same day, told in other words", () => {
    const a = "10月30日晚,省委书记王建国在某市会见来访的某党主席陈秀英一行。双方就两岸交流深入交换意见。省委常委刘一平参加会见。"
    const b = "本网某市10月31日电 某省委书记王建国30日晚在某市会见了陈秀英。王建国表示,欢迎陈秀英一行来访,愿加强合作。"
    const r = parseTexts([["a.txt", a], ["b.txt", b]], { year: 2031 })
    const met = r.events.filter((e) => e.people.some((p) => p.name === "陈秀英"))
    expect(met).toHaveLength(1)
  })

  it("merges one reception told from either side (甲会见乙 / 乙会晤甲), each outlet leading with its own", () => {
    const a = "8月24日上午,某省省长周建华在某市会见了特区行政长官罗建平。双方就加强合作交换意见。"
    const b = "某特区政府新闻公报 2031年8月24日\n行政长官罗建平今日在行政长官办公室会晤某省省长周建华,双方同意尽快建立合作平台。"
    const r = parseTexts([["a.txt", a], ["b.txt", b]], { year: 2031 })
    expect(r.events.filter((e) => e.people.some((p) => p.name === "罗建平"))).toHaveLength(1)
  })

  it("keeps apart two meetings the same officials attend on the same day in two outlets", () => {
    const a = "3月2日,市委书记王建国主持召开市委常委会会议,市长刘一平出席。"
    const b = "3月2日,全市安全生产工作会议召开,市委书记王建国、市长刘一平出席并讲话。"
    const r = parseTexts([["a.txt", a], ["b.txt", b]], { year: 2031 })
    expect(r.events).toHaveLength(2)
  })
})

describe("what befell one place on one day, told by several outlets", () => {
  it("is one event, however each words it; another village's or another day's is not", () => {
    const a = "3月30日10时许,凉山彝族自治州昭觉县某某乡石岭村发生一起森林火灾,当地迅速组织扑救。"
    const b = "3月30日9时40分,四川省凉山彝族自治州昭觉县石岭村后山突发森林火灾,危及山下多户民房。\n火情发生后,县里立即启动应急预案。"
    const other = "3月30日,凉山彝族自治州昭觉县红星村发生一起森林火灾。"
    const later = "4月2日,凉山彝族自治州昭觉县石岭村再次发生森林火灾。"
    const r = parseTexts([["a.txt", a], ["b.txt", b], ["other.txt", other], ["later.txt", later]], { year: 2031 })
    const fire = r.events.filter((e) => e.sources.some((s) => s.document === "a.txt"))
    expect(fire).toHaveLength(1)
    expect(fire[0]!.sources.map((s) => s.document).sort()).toEqual(["a.txt", "b.txt"])
    expect(r.events.filter((e) => e.sources.some((s) => s.document === "other.txt" || s.document === "later.txt")).every((e) => e.sources.length === 1)).toBe(true)
  })
})
