import { describe, expect, it } from "vitest"
import { composeTitles } from "../src/knowledge/lexicon.ts"
import { k, run } from "./entities-harness.ts"

// Hand-written sentences from other provinces and levels than the seeds. The people in them are made up:
// none is in the roster, so every name below is found by the rules, not looked up.

describe("organisations", () => {
  it("takes an organ right after a verb (召开省委常委会会议) but not one glued to another word", () => {
    expect(run("3月1日,省委书记周建华主持召开省委常委会会议。").organizations).toEqual(["省委常委会"])
  })
})

describe("kind", () => {
  it("is other for what befell a place, whoever the report names; a meeting, a visit or a mourning about it is that", () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["3月2日凌晨,某县某镇一民房起火,造成3人受伤。省委书记周建华作出批示,要求全力救治伤员。", "other"],
      ["3月2日,某县发生4.2级地震,县长王建国连夜组织救援。", "other"],
      // (the officials here take part: a word of what befell the place still says what it was)
      ["3月2日凌晨,某县某镇一民房起火,造成3人受伤。火灾发生后,县长王建国、副县长李明立即赶到现场,组织救援。", "other"],
      ["3月3日,某县召开火灾事故分析会,县长王建国主持。", "meeting"],
      ["3月4日,某县举行地震遇难同胞哀悼活动,县长王建国参加。", "activity"],
      // a plant going into production is what happened to it (投产), as a work's start is
      ["3月6日,某县某某化肥厂建成投产。", "other"],
      // a work's start with officials taking part stays their activity (开工 says other only of itself)
      ["3月5日,某某大桥工程开工,县长王建国参加。", "activity"]
    ]
    expect(cases.map(([text]) => run(text).kind)).toEqual(cases.map(([, kind]) => kind))
  })
  it("is a meeting when the occasion's noun is a meeting's (论证会, 汇报会, 评审会, 反馈会)", () => {
    expect(run("6月15日,某市某某项目专家论证会在某宾馆举行。").kind).toBe("meeting")
    expect(run("3月2日,某县召开巡察工作反馈会。").kind).toBe("meeting")
    // a summit is a forum
    expect(run("5月20日,第三届某某数字经济峰会在某市举办。").kind).toBe("meeting")
  })
  it("is a meeting when a leader hears a work report or a study session is held, unless a visit leads", () => {
    expect(run("3日,副市长周建华听取某新区考核工作、人事调动工作进展情况汇报。").kind).toBe("meeting")
    expect(run("3日,市长周建华参加全国人大代表进京前集中学习。").kind).toBe("meeting")
    expect(run("3日,县政府举办首次科局领导干部《某某法》学习班。").kind).toBe("meeting")
    expect(run("3日,市长周建华到某县调研,听取某县工作汇报。").kind).toBe("inspection")
  })
  it("is an activity when a happening is put on for the public (庆典, 音乐会, 演出, 文化节), unless its body meets", () => {
    for (const sentence of [
      "3月2日,某县新春音乐会在县文化中心隆重举行。",
      "5月1日,第三届某某文化节在某镇开幕。",
      "10月8日,某某大桥通车庆典举行。",
      "7月3日,县里举行消夏文艺演出。",
      // a ground-breaking, an opening to traffic or to visitors, a rally, a contest held
      "3月1日,某某大桥工程正式破土动工。",
      "9月28日,某县某某大道建成通车。",
      "5月18日,某市科技馆开馆。",
      "5月4日,全市千名团员在人民广场集会。",
      "6月2日,全县农机操作技能竞赛在某镇举行。",
      // a contest, a show opened to the public, a march, a review of the militia
      "4月9日,全市中学生书法大赛在市青少年宫举行。",
      "11月3日,某某国际马拉松在某市鸣枪开跑。",
      "1月14日,某某地区博物馆藏品在新馆正式展出。",
      "10月2日,某县各界群众举行庆祝游行。",
      "3月6日,某公社组织民兵参加全县民兵检阅。",
      // a celebration rally (庆祝大会), though 大会 alone is a meeting's word
      "8月26日,某县成立70周年庆祝大会在县体育场举行。"
    ])
      expect(run(sentence).kind, sentence).toBe("activity")
    expect(run("4月2日,某某艺术节领导小组召开第一次会议。").kind).toBe("meeting")
  })
  it("reads no keyword that names a venue (某大厦会议中心, 某展览中心) as the event's", () => {
    expect(run("11日,某某孵化基地在某大厦会议中心揭牌。").kind).toBe("activity")
    expect(run("11日,某区在区展览中心召开安全生产工作会议。").kind).toBe("meeting")
  })
  it("is an inspection when officials look over a place (实地查看, 查看了某市受灾情况)", () => {
    expect(run("20日,工作组查看了某市城区受淹和受灾群众安置情况。").kind).toBe("inspection")
  })
  it("reads a keyword a paper's page broke with a space (到某县考 察) whole", () => {
    expect(run("5月27日,某省委书记周建华率代表团到某县考 察。").kind).toBe("inspection")
  })
  it("is a reception when a host gives guests a dinner (设宴款待某某一行, 款待前来采访的记者)", () => {
    expect(run("28日晚,某某基金会董事长周建华设宴款待某省代表团一行。").kind).toBe("reception")
    expect(run("5日晚,市政府在某宾馆款待前来采访的记者。").kind).toBe("reception")
  })
  it("is a meeting when a leader lectures cadres (作专题辅导报告), as at a 讲座 or 党课", () => {
    expect(run("3月2日,县委书记周建华在县委党校作专题辅导报告。").kind).toBe("meeting")
  })
  it("is an activity when a delegation visits (到某市访问), unless what it does there says more; a keyword before 的 describes people", () => {
    expect(run("4月13日 某国某市市长周建华一行5人到某市访问。").kind).toBe("activity")
    expect(run("4月13日 某国某市市长周建华一行到某市访问,市长刘志勇会见了客人。").kind).toBe("reception")
    // 来某省访问的某某出席会议: the visit is who they are, the meeting is the event
    expect(run("5月11日,来某省访问的某特区行政长官周建华出席某合作会议。").kind).toBe("meeting")
  })
  it("reads no keyword an anniversary counts from (成立50周年) as the event's", () => {
    expect(run("5日,省某某会在某市召开座谈会,纪念某某委员会成立50周年。").kind).toBe("meeting")
    expect(run("5日,某某协会正式成立。").kind).toBe("other")
  })
  it("reads a meeting the event followed (在全市视频调度会议后,某区立即召开…) as the occasion before it, not the event", () => {
    expect(run("1日,在全市防汛视频调度会议后,某区立即召开全区防汛工作部署会。").kind).toBe("meeting")
    expect(run("1日,全市防汛视频调度会议召开。").kind).toBe("conference_call")
  })
  it("reads an election a meeting held as part of the meeting (大会召开,会议选举产生…)", () => {
    expect(run("1月7日某某联合会第一次会员大会在市政府礼堂召开,会议选举产生了某某联合会第一届理事会。").kind).toBe("meeting")
  })
  it("comes from the lead, not the body", () => {
    expect(run("6月3日,县委书记林晓峰到中江县调研。他通过视频连线慰问了一线工作人员。").kind).toBe("inspection")
    expect(run("8月2日,全省防汛工作视频会议召开。副省长陈立平出席并讲话。").kind).toBe("conference_call")
    expect(run("3月5日,省政府办公厅印发《关于进一步做好稳就业工作的通知》,要求各地抓好落实。").kind).toBe("announcement")
    expect(run("7月6日,省政府与某集团有限公司签署战略合作协议。省长陈立平出席签约仪式。").kind).toBe("activity")
    // statistics and rankings are no official's act (eval/corpus/SOURCES.md)
    expect(run("7月12日,据省统计局数据,上半年全省地区生产总值同比增长8.5%。").kind).toBe("other")
    expect(run("5月6日,省委理论学习中心组举行集体学习。").kind).toBe("meeting")
    expect(run("1月20日,市委书记甲乙走访慰问离退休老干部。").kind).toBe("activity")
    expect(run("1月20日,市委书记甲乙到某医院检查疫情防控工作并看望慰问医护人员。").kind).toBe("inspection")
    expect(run("4月1日,全省第二批重点项目开工动员会举行。市委书记张三在某市分会场出席会议。").kind).toBe("conference_call")
    expect(run("5月14日,省委召开全省领导干部会议,宣布中央关于某省委主要负责同志职务调整的决定。").kind).toBe("meeting")
    expect(run("5月11日,第十届中国国际园林博览会在某市开幕。").kind).toBe("activity")
    expect(run("4月2日,市四大班子领导在城北森林公园参加义务植树活动。").kind).toBe("activity")
    expect(run("5月20日,中江县委书记林晓峰主持召开县委常委会会议。").kind).toBe("meeting")
    expect(run("可用于快速检测的试纸研制成功,检测时间为三分钟。").kind).toBe("other")
  })

  it("counts the occasion a report is set at (在某开班式上, 某某强调), not one a speech was given at earlier", () => {
    expect(run("6月4日,在某学院新任政法委书记培训示范班开班式上,中央政法委秘书长周建华强调要推进社会治理现代化。").kind).toBe("activity")
    expect(run("6月4日,全市干部认真学习周建华在全省经济工作会议上的讲话精神。").kind).not.toBe("meeting")
  })

  it("is an activity when no word of the lead says what it was but officials take part in it", () => {
    expect(run("9月2日,市委书记林晓峰、市长陈立平专程到北山烈士陵园,凭吊英烈。").kind).toBe("activity")
    // a leader going to a place, no word saying what for: the genre's visit
    expect(run("9月2日,省委常委周建华率领采访组到绵阳市,了解生态环境保护情况。").kind).toBe("inspection")
    // a day of an observance (开放日, 主题党日) is an activity
    expect(run("3月7日,某代表团“媒体开放日”举行,四十多家媒体的记者参加。").kind).toBe("activity")
    // nobody takes part: the entry stays other
    expect(run("9月2日,北山烈士陵园迎来今年第十万名游客。").kind).toBe("other")
  })

  it("does not read a keyword that cuts through a place name (驶出台湾海峡 holds 出台)", () => {
    const e = run("3月5日,市长陈立平率团乘船驶出台湾海峡,前往某港参观。")
    expect(e.kind).not.toBe("announcement")
    // the same keyword standing as a word still counts
    expect(run("3月5日,市政府出台稳就业十条措施。").kind).toBe("announcement")
  })

  it("reads a founding (成立) or a start of work (开工) as an activity only when officials take part in it", () => {
    expect(run("5月6日,某市留学人员协会成立。").kind).toBe("other")
    expect(run("5月6日,某市人才联盟正式成立,副市长周建华出席并讲话。").kind).toBe("activity")
    // so is a project's start of work (开工)
    expect(run("5月6日,某国道某段路面大修工程全面开工。").kind).toBe("other")
    expect(run("5月6日,某公园正式开工建设,市长周建华出席开工仪式。").kind).toBe("activity")
  })

  it("reads a leader going somewhere to comfort people (到某地慰问, 看望) as an activity, to look at the work as an inspection", () => {
    expect(run("5月6日,某会副主席周建华到某市慰问贫困归侨。").kind).toBe("activity")
    expect(run("5月6日,某会副主席周建华到某市检查防汛工作。").kind).toBe("inspection")
    // going to look at a disaster (察看灾情), then comforting those hit, is an inspection
    expect(run("5月6日,周建华带领市民政等部门负责人到某镇察看灾情,慰问受灾群众。").kind).toBe("inspection")
    // coming to a meeting to guide it (到会指导) is attending the meeting, which is the event
    expect(run("5月6日,某镇召开第五届人民代表大会第三次会议,市工作组到会指导。").kind).toBe("meeting")
  })

  it("reads a founding congress (成立大会) as a meeting, and a promotion or a friendship gathering (推介会, 联谊会) as an activity", () => {
    expect(run("5月6日,某市企业商会成立大会在北京举行。").kind).toBe("meeting")
    expect(run("5月6日,市委、市政府在上海举行某市投资环境推介会。").kind).toBe("activity")
    expect(run("5月6日,第七届某地旅行业联谊会在某市举行。").kind).toBe("activity")
  })

  it("reads an annual meeting (年会) and a delegation's deliberation (审议) as meetings", () => {
    expect(run("7月30日,某会会长周建华出席在某市举行的某地区州长协会年会。").kind).toBe("meeting")
    expect(run("3月17日下午,县委副书记、代县长罗建平参加人大第一代表团审议。").kind).toBe("meeting")
  })

  it("reads a meeting as a video meeting when the text states its format", () => {
    expect(run("6月6日,省委召开主题教育工作会议。\n会议以视频的形式召开。").kind).toBe("conference_call")
  })

  it("takes a meeting named before the verb that quotes a leader for the event itself", () => {
    // 常委会议 is the event; the 团拜会 inside the quoted speech is not
    expect(run("2月9日,某县委常委会议传达学习习近平总书记在春节团拜会上的重要讲话精神。").kind).toBe("meeting")
    expect(run("2月9日,全县干部认真学习习近平总书记在春节团拜会上的重要讲话精神。").kind).not.toBe("meeting")
  })

  it("does not take a meeting named as the source of 精神 for the event", () => {
    expect(run("2月4日,县委组织部召开部务会议,传达学习全省电视电话会议精神。").kind).toBe("meeting")
  })
})

describe("organisations", () => {
  it("names organs and companies", () => {
    const e = run("3月5日,省政府办公厅印发通知。中江县委常委会研究了长虹集团有限公司的项目。")
    expect(e.organizations).toEqual(expect.arrayContaining(["省政府办公厅", "长虹集团有限公司"]))
  })
})

describe("title vocabulary", () => {
  it("is composed from levels, bodies, ranks and offices", () => {
    const t = composeTitles(k.titles, ["省", "区"], ["委", "人大常委会"])
    expect(t).toEqual(expect.arrayContaining(["省委书记", "省委副书记", "区人大常委会主任", "区人大常委会党组书记", "省长", "常务副省长", "区领导"]))
    for (const end of ["书记", "常务副省长", "区长", "党组副书记", "党支部书记", "老同志代表".slice(3)]) expect(k.titles.titleEnds.has(end), end).toBe(true)
  })
})
