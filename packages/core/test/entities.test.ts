import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { extractEntities, type Entities } from "../src/extract/entities.ts"
import { loadKnowledge, type KnowledgeData } from "../src/knowledge/Knowledge.ts"
import { composeTitles } from "../src/knowledge/lexicon.ts"
import { makeRoster, type RosterEntry } from "../src/knowledge/roster.ts"
import { Segmenter, type SegmentFns } from "../src/segmenter.ts"

// Hand-written sentences from other provinces and levels than the seeds. The people in them are made up:
// none is in the roster, so every name below is found by the rules, not looked up.

let seg: SegmentFns
let k: KnowledgeData
const run = (text: string): Entities => extractEntities(text, seg, k)
const names = (e: Entities) => e.people.map((p) => p.name)
const person = (e: Entities, name: string) => e.people.find((p) => p.name === name)
const places = (e: Entities) => e.places.map((p) => `${p.name}/${p.level}`)

beforeAll(() => {
  seg = Effect.runSync(Effect.provide(Segmenter, Segmenter.Default))
  k = loadKnowledge()
})

const madeUp = [
  "周建华", "刘志勇", "林晓峰", "邓永红", "黄建新", "王建国", "陈立平", "索德尔", "赵明亮", "孙丽", "胡海涛",
  "王晓明", "李静", "张伟", "刘芳", "罗建平", "何晓燕", "唐志强", "李明", "买买提·吾斯曼", "陈志刚", "李红梅", "萨拉赫"
]

describe("test names", () => {
  it("are not in the roster", () => {
    for (const n of madeUp) expect(k.roster.byName.has(n), n).toBe(false)
  })
})

describe("people", () => {
  it("takes the people a leader received, named bare after the verb, with the role met", () => {
    expect(run("8日,省长王志强会见李建明、赵小平一行。").people.map((p) => p.name)).toEqual(["王志强", "李建明", "赵小平"])
    expect(run("8日,省长王志强会见李建明一行。").people.map((p) => [p.name, p.role])).toEqual([["王志强", "lead"], ["李建明", "met"]])
  })
  it("takes a name without a Chinese surname right after a title when a name's verb follows it", () => {
    expect(run("3日,自治区党委副书记、自治区主席乌日娜出席会议并讲话。").people.map((p) => p.name)).toEqual(["乌日娜"])
    expect(run("3日,省长某某先后发言。").people.map((p) => p.name)).not.toContain("先后发")
  })
  it("finds a governor by his title and the secretary-general who joined him (Hubei, province level)", () => {
    const e = run("3月12日,湖北省省长周建华到宜昌市夷陵区调研春季农业生产,省政府秘书长刘志勇参加调研。")
    expect(names(e)).toEqual(["周建华", "刘志勇"])
    expect(person(e, "周建华")).toMatchObject({ role: "lead" })
    expect(person(e, "周建华")!.titles.join()).toContain("省长")
    expect(person(e, "刘志勇")).toMatchObject({ role: "participant", titles: ["省政府秘书长"] })
  })

  it("finds a county secretary who presides, the enumerated titles of the others, and leaves out the source of 讲话精神 (Sichuan, county level)", () => {
    const e = run(
      "5月20日,中江县委书记林晓峰主持召开县委常委会会议,传达学习习近平总书记重要讲话精神。县委副书记、县长邓永红,县人大常委会主任黄建新出席会议。"
    )
    expect(names(e)).toEqual(["林晓峰", "邓永红", "黄建新"])
    expect(person(e, "林晓峰")).toMatchObject({ role: "lead", titles: ["中江县委书记"] })
    expect(person(e, "邓永红")).toMatchObject({ role: "participant", titles: ["县委副书记", "县长"] })
    expect(e.references?.map((p) => p.name)).toEqual(["习近平"])
  })

  it("tells the host of a 会见 from the foreign guest he met", () => {
    const e = run("6月3日,省长王建国在武汉会见了德国巴伐利亚州州长索德尔一行。双方就深化经贸合作交换了意见。副省长陈立平参加会见。")
    expect(person(e, "王建国")).toMatchObject({ role: "lead", titles: ["省长"] })
    expect(person(e, "索德尔")).toMatchObject({ role: "met" })
    expect(person(e, "陈立平")).toMatchObject({ role: "participant" })
    expect(e.kind).toBe("reception")
    // a transliterated name without a Chinese surname, closed by 一行
    expect(person(run("副省长陈立平会见了埃及驻华大使萨拉赫一行。"), "萨拉赫")).toMatchObject({ role: "met", titles: ["埃及驻华大使"] })
  })

  it("reads a district head's inspection with 区领导 and a list of names", () => {
    const e = run(
      "7月15日,武侯区委副书记、区长赵明亮带队检查防汛工作。他先后到浆洗街街道、簇桥街道红牌楼社区,实地查看排水设施运行情况。区领导孙丽、胡海涛参加检查。"
    )
    expect(names(e)).toEqual(["赵明亮", "孙丽", "胡海涛"])
    expect(person(e, "赵明亮")).toMatchObject({ role: "lead", titles: ["武侯区委副书记", "区长"] })
    expect(person(e, "胡海涛")).toMatchObject({ role: "participant" })
  })

  it("takes bare names closed by 等 and a verb, joined by 、 and 和", () => {
    const e = run("4月2日,市四大班子领导在城北森林公园参加义务植树活动。罗建平、何晓燕和唐志强等参加活动。")
    expect(names(e)).toEqual(["罗建平", "何晓燕", "唐志强"])
    expect(e.people.every((p) => p.role === "participant")).toBe(true)
  })

  it("takes a bare list of names that ends in a name and its verb, before a list of other things", () => {
    const e = run("6日 罗建平、何晓燕、唐志强、邓红梅带领市建设、民政等部门负责人,到某镇察看灾情。")
    expect(names(e)).toEqual(["罗建平", "何晓燕", "唐志强", "邓红梅"])
    // a part that goes on with no verb after its name ends no list: 4-character names are not read short
    expect(names(run("座谈中,罗建平、何晓燕、唐志强、周安达源、邓红梅等先后发言。")).filter((n) => n.startsWith("周安"))).toEqual([])
  })

  it("takes a name followed by its title and a transliterated name after a title", () => {
    expect(person(run("李明书记强调,要抓好秋粮收购工作。"), "李明")).toMatchObject({ titles: ["书记"] })
    expect(names(run("自治州州长买买提·吾斯曼主持会议。"))).toEqual(["买买提·吾斯曼"])
  })

  it("does not read a verb of arriving with a province's one-character name, or a function word, as a name", () => {
    expect(names(run("行政长官甲乙迎接来澳考察调研的周建华主任。"))).not.toContain("来澳")
    expect(names(run("出席活动的主要负责人包括立法会主席罗建平、终审法院院长何晓燕。"))).not.toContain("包括立")
  })

  it("does not take titles, common words, places or organisations for names", () => {
    const e = run("会上,省直有关部门负责同志先后发言。全省领导干部要高度重视,郑州、洛阳等地要抓好落实。省教育厅、省卫健委汇报了工作。")
    expect(e.people).toEqual([])
  })

  it("puts reporters into reporters, never into people", () => {
    const inline = run("本报讯(记者 王晓明 通讯员 李静)9月18日,县委书记陈志刚深入城关镇调研。")
    expect(inline.reporters).toEqual(["王晓明", "李静"])
    expect(names(inline)).toEqual(["陈志刚"])
    const lines = run("县领导李红梅参加调研。\n记者 张伟\n通讯员 刘芳")
    expect(lines.reporters).toEqual(["张伟", "刘芳"])
    expect(names(lines)).toEqual(["李红梅"])
    // 记者从…获悉 inside a sentence is no byline
    expect(run("2月19日,记者从省发展改革委获悉,物流业复工率持续提高。").reporters).toEqual([])
  })

  it("keeps a national leader who leads the event", () => {
    const e = run("新华社北京3月1日电 中共中央政治局3月1日召开会议,中共中央总书记习近平主持会议。")
    expect(person(e, "习近平")).toMatchObject({ role: "lead" })
  })

  it("reports a title whose name was removed (injected spam took its place)", () => {
    expect(run("会议深入学习贯彻总书记重要讲话精神,研究部署有关工作。").unnamedTitles).toEqual(["总书记"])
  })
})

describe("people: roles and the roster", () => {
  it("gives the people of a list closed by 等省领导 the role of the verb after it", () => {
    const e = run("3月12日，省委书记周建华，省委副书记、省长刘志勇，省政协主席林晓峰等省领导在某县参加义务植树活动。")
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ["周建华", "participant"],
      ["刘志勇", "participant"],
      ["林晓峰", "participant"]
    ])
  })
  it("takes a name after a title even when jieba files the word as a place (乌兰), but not a real place", () => {
    expect(names(run("3月1日,省委副书记、省长周建华,省委副书记乌兰出席会议。"))).toEqual(["周建华", "乌兰"])
    expect(names(run("副省长吉林到长春调研。"))).toEqual([])
  })
  it("ends a transliterated name at 在, takes a four-character name after a title, and no two words for one", () => {
    expect(names(run("9月8日,州委书记买买提·吾斯曼在喀什地区调研。"))).toEqual(["买买提·吾斯曼"])
    expect(person(run("9月18日,盟委书记哈斯巴根主持召开盟委常委会会议。"), "哈斯巴根")).toMatchObject({ role: "lead" })
    expect(names(run("9月15日,社区党委书记李红梅带领志愿者开展入户走访。"))).toEqual(["李红梅"])
  })
  it("gives every member of an enumeration of titled people the verb after it", () => {
    const e = run("9月12日,镇党委书记王建国、镇长李红梅深入各村检查秋收工作。")
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ["王建国", "lead"],
      ["李红梅", "lead"]
    ])
  })
  it("gives a name joined by 和 to the next titled name that one's role", () => {
    const e = run("6月12日，村党支部书记王建国和村委会主任李红梅带领党员群众开展环境整治活动。")
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ["王建国", "lead"],
      ["李红梅", "lead"]
    ])
  })
  it("does not take an officeholder's name that is also a common word for a person where it is a word", () => {
    // a user's roster (--roster) may hold such a name: 庄严 is made up here as a holder of an office
    const holder: RosterEntry = { name: "庄严", office: "市政协主席", jurisdiction: "", from: 2020 * 12, to: null, source: "test" }
    const withHolder: KnowledgeData = { ...k, roster: makeRoster([...k.roster.entries, holder]) }
    const text = "5月4日，市委书记周建华出席纪念大会。会场庄严肃穆，全体人员向英雄默哀。"
    expect(extractEntities(text, seg, withHolder).people.map((p) => p.name)).toEqual(["周建华"])
    // and the same name standing as a name is still found
    expect(extractEntities("5月4日，市政协主席庄严出席纪念大会。", seg, withHolder).people.map((p) => p.name)).toEqual(["庄严"])
  })
})

describe("places", () => {
  it("knows autonomous prefectures and counties by the short names news uses (恩施州, 长阳县)", () => {
    expect(places(run("副省长王建国到恩施州、湘西州调研乡村振兴。"))).toEqual(["恩施州/city", "湘西州/city"])
    expect(places(run("市委书记周建华到长阳县调研。"))).toEqual(["长阳县/county"])
  })
  it("gives the division a visited zone or district is named after, not the zone itself", () => {
    expect(places(run("省委书记周建华先后来到三亚崖州湾科技城、三亚中央商务区,察看项目进展。")).map((p) => p.split("/")[0])).toEqual(["三亚"])
  })
  it("splits a chain of divisions and keeps levels", () => {
    expect(places(run("省委书记到德阳市中江县检查防汛工作。"))).toEqual(["德阳市/city", "中江县/county"])
    expect(places(run("3月12日,省长周建华到宜昌市夷陵区调研春季农业生产。"))).toEqual(["宜昌市/city", "夷陵区/district"])
  })

  it("names towns and communities that were visited; a venue without a division in its name gives none", () => {
    const e = run("他先后到浆洗街街道、簇桥街道红牌楼社区,实地查看排水设施运行情况。")
    expect(places(e)).toEqual(["浆洗街街道/town", "簇桥街道/town", "红牌楼社区/community"])
    const v = run("陈志刚一行先后来到城关镇新民村、龙泉镇茶叶种植基地,详细了解产业发展情况。")
    expect(places(v)).toEqual(["城关镇/town", "新民村/community", "龙泉镇/town"])
  })

  it("gives the city a hospital or a company stands in, never the hospital or the company", () => {
    expect(places(run("在成都市第三人民医院,他看望了一线医护人员。"))).toEqual(["成都市/city"])
    expect(places(run("副省长陈立平到绵阳市长虹集团调研。"))).toEqual(["绵阳市/city"])
    expect(places(run("省长到某省民族博物馆参观。"))).toEqual([])
  })

  it("takes the place of a meeting and a division that holds it, but not the places a meeting talks about", () => {
    expect(places(run("中江县召开全县防汛工作会议,听取德阳市气象局汇报。"))).toEqual(["中江县/county"])
    expect(places(run("会议听取德阳市气象局汇报。"))).toEqual([])
    expect(places(run("全省防汛工作电视电话会议在成都召开。"))).toEqual(["成都/city"])
  })

  it("leaves out places inside a reference to another event", () => {
    const e = run("会议传达学习习近平总书记在湖南考察时的重要讲话精神。")
    expect(e.places).toEqual([])
  })

  it("takes a county's short form right after a place trigger when what happens there follows", () => {
    expect(places(run("4月20日,县政协会议在汶上召开。"))).toEqual(["汶上/county"])
    expect(places(run("9月18日,某省代表团在台北出席论坛。"))).toEqual(["台北/city"])
  })

  it("leaves out a province named beside a place inside it, and a themed 小镇", () => {
    expect(places(run("25日,省委书记到浙江台州市天台县调研。"))).toEqual(["台州市/city", "天台县/county"])
    expect(places(run("25日,省长到仙居县医疗器械小镇调研。"))).toEqual(["仙居县/county"])
  })

  it("does not read generic words after a place as venues", () => {
    expect(places(run("县长邓永红深入乡镇、企业、社区等基层单位检查安全生产。"))).toEqual([])
    expect(places(run("市长到广元市企业、农村检查疫情防控工作。"))).toEqual(["广元市/city"])
  })
})

describe("organisations", () => {
  it("takes an organ right after a verb (召开省委常委会会议) but not one glued to another word", () => {
    expect(run("3月1日,省委书记周建华主持召开省委常委会会议。").organizations).toEqual(["省委常委会"])
  })
})

describe("kind", () => {
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

describe("new areas", () => {
  it("are places themselves (某某新区), while a development zone gives the division it lies in", () => {
    expect(places(run("9月3日,省长周建华先后到贵安新区、某市经开区调研。"))).toEqual(["贵安新区/district"])
    expect(places(run("考察组分别前往贵阳市贵安新区、遵义市红花岗区调研。"))).toEqual(["贵阳市/city", "贵安新区/district", "遵义市/city", "红花岗区/district"])
  })
})

describe("venues", () => {
  it("give the division their name starts with, except a university, which says nothing of where it is", () => {
    expect(places(run("9月3日,启动仪式在衢州市体育中心举行。"))).toEqual(["衢州市/city"])
    expect(places(run("9月9日,会长林晓峰到厦门大学考察调研超级计算中心。"))).toEqual([])
  })
})

describe("places named twice", () => {
  it("are one place, in the form with the level word, also when the short form alone could be two divisions", () => {
    // 阿坝 is a prefecture and a county; beside 阿坝州 it is the prefecture
    expect(places(run("纪念活动在阿坝绵阳举行。9月12日,活动在阿坝州松潘县、绵阳市北川县同时举行。"))).toEqual(["阿坝州/city", "绵阳市/city", "松潘县/county", "北川县/county"])
  })
})

describe("places written short", () => {
  it("a one-character abbreviation after a verb of arriving is the place, as written, when nothing else names one", () => {
    expect(places(run("某省省长周建华17日率代表团抵台,开始为期六天的交流参访活动。"))).toEqual(["台/province"])
    expect(places(run("副省长刘志勇来镇督查安全工作,镇江市市长林晓峰陪同。"))).toEqual(["镇/city"])
    // 来自 is no visit; a plan (即将赴京) and a reference to an earlier visit (来陕考察重要讲话) give no place
    expect(places(run("市长邓永红来自基层一线。"))).toEqual([])
    expect(places(run("委员们在即将赴京参加全国政协会议之际听取情况通报。"))).toEqual([])
    expect(places(run("全县认真学习总书记来陕考察重要讲话精神。"))).toEqual([])
    // 在 too, when what happens there follows; not where it says where people live
    expect(places(run("全市农村电网改造联席会议在宿召开,宿迁市副市长周建华出席。"))).toEqual(["宿/city"])
    expect(places(run("在港闽籍乡贤代表黄建新发言。"))).toEqual([])
    // a full name in the text wins over the abbreviation
    expect(places(run("市委书记黄建新来漳调研,到长泰县考察企业。"))).toEqual(["长泰县/county"])
  })

  it("a town written without its level word after a trigger, unless the stem is an ordinary word", () => {
    expect(places(run("5日,市委书记王建国到周庄调研旅游产业发展。"))).toEqual(["周庄/town"])
    expect(places(run("某县在建设中取得成效,在发展上迈出新步伐。"))).toEqual([])
    // a county's short form before a kind of place (山区) or 的 is where the visit went; before a word it runs into, not
    expect(places(run("5日,市委书记王建国深入泰顺山区走访慰问困难群众。"))).toEqual(["泰顺/county"])
    expect(places(run("5日,市委书记王建国到桐柏路小学调研。"))).toEqual([])
  })
})

describe("roles", () => {
  it("read the verb past the report's day and time after the name (某某17日率团…, 某某6日下午会见…)", () => {
    expect(person(run("省长周建华17日率代表团抵达某地,开始为期六天的访问。"), "周建华")?.role).toBe("lead")
    expect(person(run("市委书记刘志勇6日下午会见了某市代表团。"), "刘志勇")?.role).toBe("lead")
  })
})

describe("transliterated names", () => {
  it("run past a one-character adverb inside them and stop at a preposition", () => {
    expect(names(run("9月7日,自治区政协主席努尔兰·阿不都满金主持召开党组会议。"))).toEqual(["努尔兰·阿不都满金"])
    expect(names(run("自治区主席艾尔肯·吐尼亚孜在喀什调研。"))).toEqual(["艾尔肯·吐尼亚孜"])
    // a rank stands in no name: 刘某副市长 is 刘某
    expect(names(run("8月15日下午,林晓峰副市长调研某引水工程。"))).toEqual(["林晓峰"])
  })
})

describe("calls paid", () => {
  it("拜会 and 拜访 make the caller the lead and a reception; a chief executive is a title", () => {
    const e = run("10月8日,省委书记周建华拜会某特别行政区行政长官林晓峰。")
    expect(person(e, "周建华")?.role).toBe("lead")
    expect(names(e)).toContain("林晓峰")
    expect(run("10月8日,省长周建华拜访了某集团董事长刘志勇。").kind).toBe("reception")
  })
})

describe("names before a title", () => {
  it("take ranked titles (某某副主任, 某某副市长) and association offices, and a rank is no name (荣誉顾问)", () => {
    expect(names(run("执行会长林晓峰到某市港澳办与邓永红副主任面谈。"))).toEqual(["林晓峰", "邓永红"])
    expect(names(run("9月1日,荣誉顾问黄建新出席会议。"))).toEqual(["黄建新"])
  })
})

describe("bare lists of names", () => {
  it("hold transliterated names with a middle dot, and the name after 和 closed by the clause", () => {
    const e = run("周建华、刘志勇、买买提·吾斯曼、林晓峰和邓永红,在某地工作过的老同志等参加有关接见。")
    expect(names(e)).toEqual(["周建华", "刘志勇", "买买提·吾斯曼", "林晓峰", "邓永红"])
    // two names closed by a verb a name is followed by
    expect(names(run("9月1日,某市代表团赴某地考察。周建华、刘志勇签署了项目合作协议。"))).toEqual(expect.arrayContaining(["周建华", "刘志勇"]))
    expect(names(run("全县干部有决心、有信心表示完成任务。"))).toEqual([])
  })
})

describe("names with organ or level characters", () => {
  it("are names right after a title and before what follows a name, and nowhere else", () => {
    expect(names(run("4月21日,县长魏明科出席全县安全生产工作会议。"))).toEqual(["魏明科"])
    expect(names(run("9月1日,市长王勇前往项目现场调研,市领导时镇、刘宏阳参加调研。"))).toEqual(["王勇", "时镇", "刘宏阳"])
    expect(names(run("5日,市委书记刘和生率队到北京考察对接重大产业项目。"))).toEqual(["刘和生"])
    // a joiner at the end is the conjunction
    expect(names(run("5日,市长王明和副市长李强出席签约仪式。"))).toEqual(["王明", "李强"])
    // without a title before it, 明科 is read as no name
    expect(names(run("王明科技公司举行新品发布会。"))).toEqual([])
    // seated on the rostrum is taking part
    expect(person(run("4月20日,县政协会议开幕。县政协副主席魏明科在主席台前排就座。"), "魏明科")?.role).toBe("participant")
  })
})
