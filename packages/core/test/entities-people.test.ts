import { describe, expect, it } from "vitest"
import { extractEntities } from "../src/extract/entities.ts"
import type { KnowledgeData } from "../src/knowledge/Knowledge.ts"
import { makeRoster, type RosterEntry } from "../src/knowledge/roster.ts"
import { k, madeUp, names, person, run, seg } from "./entities-harness.ts"

// Hand-written sentences from other provinces and levels than the seeds. The people in them are made up:
// none is in the roster, so every name below is found by the rules, not looked up.

describe("test names", () => {
  it("are not in the roster", () => {
    for (const n of madeUp) expect(k.roster.byName.has(n), n).toBe(false)
  })
})

describe("people", () => {
  it("ends a name where a verb of going or looking starts (某某莅临, 某某去北京), and after 的陪同 / a party's 主委", () => {
    expect(names(run("5月6日上午,某市市长李江明莅临某厂调研指导工作。"))).toEqual(["李江明"])
    expect(names(run("3月1日 市委书记王振湖去北京参加全国人大会议。"))).toEqual(["王振湖"])
    expect(names(run("8月21日 省长周建华在某市市长刘志勇的陪同下视察抗洪工作。"))).toEqual(["周建华", "刘志勇"])
    expect(names(run("1月8日 省政协副主席、省民进主委林晓峰赴某县慰问贫困户。"))).toEqual(["林晓峰"])
  })
  it("takes a name jieba files as another proper noun (nz), and a name of the surname 回, after a title", () => {
    // (a real former state leader's name, absent from every gold set: jieba's dictionary holds such names as
    // nz, beside sites and brands; no made-up name is in its dictionary)
    expect(names(run("4月15日,副委员长周铁农到某县调研。"))).toEqual(["周铁农"])
    expect(names(run("4月15日,副县长回建国到某镇调研,回到县城后主持召开会议。"))).toEqual(["回建国"])
  })
  it("takes every name of a list after a title, a part between two names too, though its surname is rare", () => {
    expect(names(run("4月15日,县政协副主席魏明华、寻峻山、高文明、郭宗华、冯小凯,秘书长郭允华在主席台前就座。"))).toEqual(["魏明华", "寻峻山", "高文明", "郭宗华", "冯小凯", "郭允华"])
    // a word between two names is no name (各乡镇, 全体), and the list's end is no part between names
    expect(names(run("4月15日,副县长周建华、各乡镇、刘志勇出席。"))).toEqual(["周建华"])
    expect(names(run("4月15日,副县长周建华、寻峻山出席。"))).toEqual(["周建华"])
  })
  it("takes a Tibetan name of two name elements after a title (县长扎西卓嘎), though each element is a word", () => {
    expect(names(run("5月24日,县委副书记、县长扎西卓嘎带队赴某市汇报工作。"))).toEqual(["扎西卓嘎"])
    expect(names(run("5月24日,副县长索朗次旦主持召开专题会议。"))).toEqual(["索朗次旦"])
    // one element alone after a title is a name of its own, not joined to the verb after it
    expect(names(run("5月24日,县长卓嘎出席会议。"))).toEqual(["卓嘎"])
  })
  it("takes the people a leader received, named bare after the verb, with the role met", () => {
    expect(run("8日,省长王志强会见李建明、赵小平一行。").people.map((p) => p.name)).toEqual(["王志强", "李建明", "赵小平"])
    expect(run("8日,省长王志强会见李建明一行。").people.map((p) => [p.name, p.role])).toEqual([["王志强", "lead"], ["李建明", "met"]])
  })
  it("takes a national leader whose report puts the date between his name and his verb (news-agency style)", () => {
    // 国务院副总理 is a national title: the person is kept only when a verb of his own follows, past the date
    expect(run("新华社北京9月18日电 国务院副总理胡海涛17日在某某省调研。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
    expect(run("国务院副总理胡海涛9月17日上午在某某省调研。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
    expect(run("国家主席胡海涛8、9两日在某省考察。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
    expect(run("国务院副总理胡海涛今天上午在某市考察。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
    // the company he keeps before his verb (和代表们一起审议)
    expect(run("3月5日下午,某代表团举行全体会议。全国人大常委会副委员长胡海涛和代表们一起审议。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "participant"]])
  })
  it("takes an officer whose military rank follows his name (部长某某少将率…)", () => {
    expect(run("14日,某军区装备部部长胡海涛少将率机关干部一行到某村参加义务劳动。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
  })
  it("knows the river, lake and forest chiefs' titles (区级河长, 市副总河湖长, 林长) officials hold besides their posts", () => {
    expect(run("12月16日,某区政协主席、某某河区级河长胡海涛前往某镇宣讲。").people.map((p) => p.name)).toEqual(["胡海涛"])
    expect(run("△市委副书记、市副总河湖长胡海涛到某河某段开展巡河工作。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
  })
  it("takes every name of a list after a title, organ characters in them too (县领导某某、朱某科、刘某某等参加)", () => {
    expect(run("1日,县领导胡海涛、李明科、赵明亮等参加启动仪式。").people.map((p) => p.name)).toEqual(["胡海涛", "李明科", "赵明亮"])
    // the level's leaders named by which of them (区主要领导, 县政府领导, 市党政领导) are a title too
    expect(run("1日,区主要领导胡海涛出席会议并讲话。").people.map((p) => p.name)).toEqual(["胡海涛"])
    expect(run("1日,县政府领导李明科、赵明亮参加启动仪式。").people.map((p) => p.name)).toEqual(["李明科", "赵明亮"])
    // and a party committee's (省委领导, 市委领导)
    expect(run("25日,省委领导胡海涛、李明科、赵明亮等来某市调研。").people.map((p) => p.name)).toEqual(["胡海涛", "李明科", "赵明亮"])
  })
  it("takes a name ending in 一 before its party's 一行 (某某一一行), and still no 某某一 from 某某一行", () => {
    expect(run("3日,市委副书记胡海一一行到某区调研。").people.map((p) => p.name)).toEqual(["胡海一"])
    expect(run("3日,市委副书记胡海涛一行到某区调研。").people.map((p) => p.name)).toEqual(["胡海涛"])
  })
  it("takes no count of people before a list (委员共四人,甲乙、丙丁…) for a name", () => {
    expect(run("12日,某院召开第一次党员大会,选举产生委员会,委员共四人,胡海涛、李明科、赵明亮、孙立新。").people.map((p) => p.name)).not.toContain("共四人")
  })
  it("takes no titled names whose words a clause quotes (传达…省委领导某某、某某的讲话)", () => {
    expect(run("23日,某县委召开常委扩大会议,传达上级的指示及省委领导胡海涛、李明科的讲话。").people.map((p) => p.name)).toEqual([])
    // named as people of the meeting, they are
    expect(run("23日,省委领导胡海涛、李明科出席会议并讲话。").people.map((p) => p.name)).toEqual(["胡海涛", "李明科"])
  })
  it("takes a national leader who comes to the province, or whose party does (来我省调研, 一行先后来到)", () => {
    expect(run("9月3日，全国人大常委会副委员长胡海涛来我省调研，省人大常委会主任李静陪同。").people.map((p) => [p.name, p.role])).toEqual([
      ["胡海涛", "lead"],
      ["李静", "participant"]
    ])
    expect(run("9月3日，全国政协副主席胡海涛一行先后来到某县、某镇调研。").people.map((p) => [p.name, p.role])).toEqual([["胡海涛", "lead"]])
  })
  it("takes a name without a Chinese surname right after a title when a name's verb follows it", () => {
    expect(run("3日,自治区党委副书记、自治区主席乌日娜出席会议并讲话。").people.map((p) => p.name)).toEqual(["乌日娜"])
    expect(run("3日,省长某某先后发言。").people.map((p) => p.name)).not.toContain("先后发")
  })
  it("takes no clause after a title for such a name: a verb or an adverb after its first character, or a word the title's last character starts (主任务)", () => {
    const found = (t: string) => run(t).people.map((p) => p.name)
    expect(found("5日,市政协召开会议。钱甲委员则认为,政府采购要加强监管。")).toEqual(["钱甲"])
    expect(found("5日,某县召开会议,委员真认真、群众真满意。")).toEqual([])
    expect(found("5日,某县召开会议,要将这项主任务做细。")).toEqual([])
    // a name so written still stands after its title
    expect(found("5日,自治区主席乌日娜在某市调研。")).toEqual(["乌日娜"])
  })
  it("takes a national leader who arrives or hurries somewhere (抵达, 赶赴) as the event's lead, past a relative day or a weekday (今早, 周一)", () => {
    expect(run("3日,国务院总理钱国平今早抵达某市视察。").people.map((p) => [p.name, p.role])).toEqual([["钱国平", "lead"]])
    expect(run("国务院副总理钱国平周一赶赴某县地震灾区。").people.map((p) => [p.name, p.role])).toEqual([["钱国平", "lead"]])
    expect(run("国务院副总理钱国平星期日抵达某市。").people.map((p) => [p.name, p.role])).toEqual([["钱国平", "lead"]])
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
    // after two names, a name holding a level character (彭镇华) is one more of the list, not its end
    expect(names(run("3月1日,座谈会上,左学文、葛剑明、彭镇华、王恩多、章念真等相继发言。"))).toEqual(["左学文", "葛剑明", "彭镇华", "王恩多", "章念真"])
  })

  it("takes a national leader set off from the verb by a comma (中共中央政治局委员、某部部长某某,到某市考察), not one quoted so", () => {
    expect(run("8日,中共中央政治局委员、某部部长罗建平,到某市考察调研。").people.map((p) => p.name)).toEqual(["罗建平"])
    expect(run("会议传达学习了中共中央政治局委员罗建平,在某会议上的讲话精神。").people).toEqual([])
  })

  it("reads a three-character name before 用 (某某用一下午时间…) whole", () => {
    expect(run("市委书记罗建平用一下午时间,参加两场代表团审议。").people.map((p) => p.name)).toEqual(["罗建平"])
  })

  it("takes a long list after a colon whole: a name that reads as a word too (何力) and a last part that is no name", () => {
    const e = run("在主席台就座的还有:罗建平、唐志强、胡海涛、何力、赵明亮,全省各界代表以及主席团其他成员。")
    expect(e.people.map((p) => p.name)).toEqual(["罗建平", "唐志强", "胡海涛", "何力", "赵明亮"])
    // two words that look like names are no list
    expect(run("会议要求有决心、有信心,把工作做好。").people).toEqual([])
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
    // 领导都认真察看: 都 before a word is the adverb, though it is a surname too
    expect(names(run("3月2日,市政府领导一行到某镇检查。检查中,市政府领导都认真察看了堤坝。"))).toEqual([])
    // 以…为团长: the 为 before the role is the verb, not the name's last character
    expect(names(run("3月2日,以某国某党中央委员买买提·吾斯曼为团长的代表团一行来某市参观访问。"))).toEqual(["买买提·吾斯曼"])
    // a second title the first did not reach (书记兼省长) is no part of the name after it
    expect(names(run("7月18日,省委书记王建国会见了某国某省省委书记兼省长买买提·吾斯曼一行。"))).toEqual(["王建国", "买买提·吾斯曼"])
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

  it("keeps an organisation's name whole in a title (对外 does not end it)", () => {
    expect(person(run("5月3日,中国人民对外友好协会会长罗建平出席会议。"), "罗建平")).toMatchObject({ titles: ["中国人民对外友好协会会长"] })
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
    // a word of time follows a name as a verb does (某某今日在…, 某某昨天下午…)
    expect(names(run("行政长官何周红梅今日在某地会晤某省省长周建华。"))).toEqual(["何周红梅", "周建华"])
    // 首席执行官 is a title: the chief executive received is named after it
    expect(names(run("8月3日,代市长罗建平在某酒店会见某集团首席执行官何晓燕一行。"))).toEqual(["罗建平", "何晓燕"])
    // 副委员长 is a title to its end: the name after it does not start with 长
    expect(names(run("9月25日,全国人大常委会副委员长买买提·吾斯曼出席大会。"))).toEqual(["买买提·吾斯曼"])
    // a name ends before 受 (某某受省委委派…); 总督察 is a title, not the start of a name
    expect(names(run("1月29日,市委召开干部大会。工委书记罗建成受省委委派宣布省委决定。"))).toEqual(["罗建成"])
    expect(names(run("5月3日,国家土地总督察罗建平一行深入某县调研。"))).toEqual(["罗建平"])
    // a transliterated name ends before 以及, not inside it
    expect(names(run("5月3日,某州州长德瓦尔·帕特里克以及某国使馆代表出席了会议。"))).toEqual(["德瓦尔·帕特里克"])
    // a surname before 总书记 is no name (习总书记 names no one the text spells), while a name before 书记 is
    expect(names(run("5月3日,大会开幕。李总书记代表中央委员会作报告。"))).toEqual([])
    expect(names(run("5月3日,大会开幕。罗建成书记代表市委作报告。"))).toEqual(["罗建成"])
    // nor before a one-character verb that a clause's end follows (某某说,…), nor before 提到
    expect(names(run("5月3日,论坛在某市举行。某国通讯社社长德瓦尔·帕特里克说,合作前景广阔。"))).toEqual(["德瓦尔·帕特里克"])
    expect(names(run("5月3日,省委书记罗建成到某县调研。调研期间,罗建成提到,要抓好项目建设。"))).toEqual(["罗建成"])
    // a bare name the roster holds opening its clause: 到 after 某某提 is no verb of his, 提到 after 某某 is
    expect(names(run("5月3日,在某市调研期间,安伟提到,要抓好项目建设。"))).toEqual(["安伟"])
    // a name ends before 来 (某某来某镇视察), even where the segmenter glues the name's last character to it
    expect(names(run("5月3日,某部副司长罗建良来周庄镇视察城镇建设。"))).toEqual(["罗建良"])
    // two surnames and a given name (a married woman's name in Hong Kong and Macau), followed even weakly
    expect(names(run("5月3日,特区行政长官何周红梅在某地会见省委书记周建华。"))).toEqual(["何周红梅", "周建华"])
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
  it("takes a roster name of four characters or more after a title, whatever it ends with (a made-up 措吉江村)", () => {
    const holder: RosterEntry = { name: "措吉江村", office: "自治区主席", jurisdiction: "", from: 2020 * 12, to: null, source: "test" }
    const withHolder: KnowledgeData = { ...k, roster: makeRoster([...k.roster.entries, holder]) }
    expect(extractEntities("8月23日,自治区副主席措吉江村在某市会见了客人。", seg, withHolder).people.map((p) => p.name)).toEqual(["措吉江村"])
    // without the roster, a string ending as 荣誉村 does is no name
    expect(run("8月23日,自治区副主席措吉江村在某市会见了客人。").people.map((p) => p.name)).toEqual([])
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
