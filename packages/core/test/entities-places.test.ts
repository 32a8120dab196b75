import { describe, expect, it } from "vitest"
import { places, run } from "./entities-harness.ts"

// Hand-written sentences from other provinces and levels than the seeds. The people in them are made up:
// none is in the roster, so every name below is found by the rules, not looked up.

/** The names of the places found in `t`, without their levels. */
const names = (t: string) => places(run(t)).map((p) => p.split("/")[0])

describe("places", () => {
  it("of a meeting or a tour are read in every sentence (a branch venue, the next stop); of a reception only in its lead", () => {
    expect(names("3月2日,全省防汛工作视频会议在成都召开。市委书记李明在西昌市分会场参加会议。")).toEqual(["成都", "西昌市"])
    // what the host said of the guest is no place of the reception
    expect(names("3月2日,省长王建国在成都会见某国客人。王建国说,某国客人曾在昭觉县投资兴业。")).toEqual(["成都"])
  })
  it("takes the stops of a list a verb of going closes with 等地, and a village named by its committee as written", () => {
    expect(names("12日,周建华一行先后前往石岭镇红星村、同心村、长阳县青溪村等地,通过看产业、听汇报等方式了解情况。")).toEqual(["石岭镇", "红星村", "同心村", "长阳县", "青溪村"])
    // one village after a verb of going, with nothing to say it was visited, is still no stop
    expect(names("12日,医疗队员前往红星村,迎接返乡人员。")).toEqual([])
    expect(names("12日,副市长周建华到石岭镇红星村委会东坡村调研。")).toEqual(["石岭镇", "红星村委会", "东坡村"])
  })
  it("names a province written with the place inside it as one name (在甘肃敦煌, 陕西省汉中市) as written; named apart, it only says which province", () => {
    expect(names("12日,论坛在甘肃敦煌举行。")).toEqual(["甘肃", "敦煌"])
    expect(names("12日,副省长王建国到陕西省汉中市调研。")).toEqual(["陕西省", "汉中市"])
    expect(names("12日,浙江省副省长王建国到台州调研。")).not.toContain("浙江省")
    expect(names("12日,副省长王建国在浙江调研,先后到台州、温州。")).toEqual(["台州", "温州"])
  })
  it("takes a division written in full as what 考察 or 视察 takes (视察石岭镇, 考察长阳县招商项目), not a kind of place", () => {
    expect(names("12日,副省长王建国视察石岭镇,深入了解春耕生产情况。")).toEqual(["石岭镇"])
    expect(names("12日,某市党政代表团考察长阳县招商引资项目。")).toEqual(["长阳县"])
    expect(names("12日,副省长王建国视察各地,了解春耕生产情况。")).toEqual([])
  })
  it("reads no trigger inside a town's name (从 in 乐从镇): the village after it is named as written, once", () => {
    expect(names("12日,副市长王建国在乐从镇红星村调研。")).toEqual(["乐从镇", "红星村"])
  })
  it("takes where a lead sentence arrives (抵达, 飞抵) as the place", () => {
    expect(names("12日,某国总统一行飞抵绵阳市,开始访问。")).toEqual(["绵阳市"])
    expect(names("12日,某国总统一行抵达绵阳市,开始访问。")).toEqual(["绵阳市"])
  })
  it("takes a development zone as a place of its own, named with the division written short before it", () => {
    expect(names("12日,副市长周建华到泰顺经开区调研。")).toEqual(["泰顺经开区"])
    expect(names("12日,副市长周建华到长阳高新技术开发区调研。")).toEqual(["长阳高新技术开发区"])
    expect(names("12日,副市长周建华到长阳示范区调研。")).toEqual(["长阳示范区"])
    // a division in full before a zone is where the zone lies: both are named
    expect(names("12日,副市长周建华到绵阳市云溪新区调研。")).toEqual(["绵阳市", "云溪新区"])
  })
  it("takes a division founded in the entry (某市正式成立) as its place, not an association", () => {
    expect(places(run("1日,绵竹市正式成立。"))).toEqual(["绵竹市/county"])
    expect(places(run("1日,某某协会正式成立。"))).toEqual([])
  })
  it("ends a list of places at a manner word before the visit (专题调研, 蹲点调研)", () => {
    expect(places(run("副省长王建国在绵阳市涪城区、泰顺县专题调研乡村振兴。")).map((p) => p.split("/")[0])).toEqual(["绵阳市", "涪城区", "泰顺县"])
    expect(places(run("市委书记周建华到长阳县蹲点调研。")).map((p) => p.split("/")[0])).toEqual(["长阳县"])
  })
  it("knows a city by the prefecture's name it had before (黄冈地区 in a 1990s chronicle), as written", () => {
    expect(places(run("林业部长王建国来黄冈地区考察。"))).toEqual(["黄冈地区/city"])
  })
  it("reads the place of a weak trigger past a light verb or a list's close (前往某市进行考察, 等地开展调研)", () => {
    expect(names("副省长王建国一行前往绵阳市进行实地考察。")).toEqual(["绵阳市"])
    expect(names("副省长王建国一行前往绵阳市、泰顺县等地开展专题调研。")).toEqual(["绵阳市", "泰顺县"])
  })
  it("takes a division after a verb of going whatever the next clause says, but not a venue, a departure's or a journey's goal", () => {
    expect(names("12日,区政协主席王建国前往石岭镇,宣讲全会精神。")).toEqual(["石岭镇"])
    expect(names("12日,副市长周建华奔赴长阳县,部署抢险救灾。")).toEqual(["长阳县"])
    // a venue after 前往 needs an inspection word: 前往机场 is no visit to the airport
    expect(names("12日,市长周建华前往高铁站,迎接援建队伍。")).toEqual([])
    // the travellers set off for it, or passed by on their way to it: not where the event happened
    expect(names("12日,第三批医疗队出征。队员们集结完毕,启程奔赴长阳县。")).toEqual([])
    expect(names("12日,王建国在前往绵阳市出席会议途中,来到泰顺县调研。")).toEqual(["泰顺县"])
  })
  it("takes the divisions that open a scene set for the person of the text (在某县某某工地,他察看…), not a province", () => {
    expect(names("12日,副省长王建国到绵阳市调研。在长阳县某某片区安置房项目现场,他察看进度。")).toEqual(["绵阳市", "长阳县"])
    // (a tour's: the village of the scene is a stop of it too)
    expect(names("12日,副省长王建国到绵阳市调研。在泰顺县某某村文化礼堂,王建国与村民座谈。")).toEqual(["绵阳市", "泰顺县", "某某村"])
    // no one of the text acts there: the clause says what the place is, not where the person went — in a
    // report of a meeting or a reception; a tour's later sentences name its stops whoever acts there
    expect(names("12日,副省长王建国在绵阳市会见某国客人。在长阳县某某片区安置房项目现场,施工正加紧进行。")).toEqual(["绵阳市"])
    expect(names("12日,副省长王建国到绵阳市调研。在长阳县某某片区安置房项目现场,施工正加紧进行。")).toEqual(["绵阳市", "长阳县"])
    // a province alone is as often a person's history as a stop
    expect(names("12日,副省长王建国到绵阳市调研。在湖北省工作期间,他多次到基层。")).toEqual(["绵阳市"])
  })
  it("reads 乡村 and 城镇 (the countryside, towns in general) as kinds of place, not a village or a town", () => {
    expect(names("12日,副省长王建国到涪城区的乡村调研。")).toEqual(["涪城区"])
    expect(names("12日,副省长王建国深入乡村,察看春耕备耕。")).toEqual([])
  })
  it("reads the stops of a list past an item it cannot name (到市红十字会机关、某区某社区调研)", () => {
    expect(names("12日,市委常委周建华到市慈善总会机关、涪城区城北街道调研。")).toEqual(["涪城区", "城北街道"])
    // a place inside the unread words (来自某县、某县的代表) means the words are no stop
    expect(names("12日,联谊会在泰顺县召开,来自绵阳市涪城区、长阳县的代表参加。")).toEqual(["泰顺县"])
  })
  it("takes divisions that act as the entry's subject: in a list, after an adverb, after where they acted", () => {
    expect(names("3日,绵阳市、泰顺县成立揭牌。")).toEqual(["绵阳市", "泰顺县"])
    expect(names("3日,长阳县立即召开全县防汛工作部署会。")).toEqual(["长阳县"])
    expect(names("17日长阳县召开领导干部大会,宣布任免决定。")).toEqual(["长阳县"])
    expect(names("10日,泰顺县在县文化广场召开冬季安全生产大会。")).toEqual(["泰顺县"])
    // where it acted is another division: that one is the place; an occasion (在…大会上) is no place
    expect(names("12日,泰顺县在绵阳市举办招商推介会。")).toEqual(["绵阳市"])
    expect(names("8日,泰顺县在全省文艺创作表彰大会上获得三项大奖。")).toEqual([])
    // a venue whose name opens with another division (某市宾馆) is where the acting division met
    expect(names("10日,泰顺县在绵阳宾馆召开冬季安全生产大会。")).toEqual(["绵阳", "泰顺县"])
    // a division acting through its government (某市人民政府与某集团签署…, 某县政府召开…)
    expect(names("20日,绵阳市人民政府与某某集团签署战略合作协议。")).toEqual(["绵阳市"])
    expect(names("14日,长阳县政府召开冬季安全生产工作会议。")).toEqual(["长阳县"])
    // a town of the division written after it acts (某县某某镇召开…); a word after the verb is no town (召开城乡…)
    expect(names("30日,长阳县青石镇召开第五届人民代表大会第二次会议。")).toEqual(["长阳县", "青石镇"])
    expect(names("8日,泰顺县召开城乡环境整治推进会。")).toEqual(["泰顺县"])
    expect(names("26日,泰顺县举办村级组织书记培训活动。")).toEqual(["泰顺县"])
  })
  it("takes a division that opens a chronicle's entry after a same-day mark, listed or passed (△某县被列为…, △某县通过…)", () => {
    expect(names("3日\n△长阳县被列为全省生态建设示范县。")).toEqual(["长阳县"])
    expect(names("3日\n△泰顺县通过省级卫生县城复审。")).toEqual(["泰顺县"])
    // inside an organ's name it is not the actor (某县委通过…)
    expect(names("3日\n△长阳县委通过全会决议。")).toEqual([])
  })
  it("keeps the place of an occasion that studies a leader's speech (在某县举行重温…重要讲话精神活动)", () => {
    expect(places(run("1日,我市在泰顺县举行重温习近平总书记视察浙江重要讲话精神主题党日活动。")).map((p) => p.split("/")[0])).toEqual(["泰顺县"])
    expect(places(run("1日,全市召开会议,学习习近平总书记在浙江考察时的重要讲话精神。"))).toEqual([])
  })
  it("knows autonomous prefectures and counties by the short names news uses (恩施州, 长阳县)", () => {
    expect(places(run("副省长王建国到恩施州、湘西州调研乡村振兴。"))).toEqual(["恩施州/city", "湘西州/city"])
    expect(places(run("市委书记周建华到长阳县调研。"))).toEqual(["长阳县/county"])
  })
  it("gives the division a visited zone or district is named after, not the zone itself", () => {
    expect(places(run("省委书记周建华先后来到三亚崖州湾科技城、三亚中央商务区,察看项目进展。")).map((p) => p.split("/")[0])).toEqual(["三亚"])
  })
  it("reads no phrase of the report as a town or a village because a level word follows it (开展极贫乡镇, 重点扶贫村)", () => {
    expect(places(run("5月3日,省委常委周建华到泰顺县河镇乡开展极贫乡镇脱贫攻坚调研。")).map((p) => p.split("/")[0])).toEqual(["泰顺县", "河镇乡"])
    expect(places(run("5月3日,某局局长罗建平一行到绵阳市重点扶贫村走访。")).map((p) => p.split("/")[0])).toEqual(["绵阳市"])
    // a village named with one word stays (前进村)
    expect(places(run("5月3日,县长罗建平到泰顺县前进村走访。")).map((p) => p.split("/")[0])).toEqual(["泰顺县", "前进村"])
    // nor what happens at the place (某镇调研农村…)
    expect(places(run("3月5日,市委书记周建华在泰顺县河镇乡调研农村人居环境整治。")).map((p) => p.split("/")[0])).toEqual(["泰顺县", "河镇乡"])
  })

  it("takes the place after 来 when a visit word follows it (来某镇调研), and no place after 带来, 以来", () => {
    expect(places(run("5月3日,省委副书记周建华来周庄镇调研。")).map((p) => p.split("/")[0])).toEqual(["周庄镇"])
    expect(places(run("5月3日,某州经济考察团来泰顺县考察。")).map((p) => p.split("/")[0])).toEqual(["泰顺县"])
    expect(places(run("5月3日,某会议给大家带来泰顺县的好消息。"))).toEqual([])
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

  it("leaves out a province named apart from a place inside it, and a themed 小镇", () => {
    expect(places(run("25日,省委书记在浙江调研,先到台州市天台县。"))).toEqual(["台州市/city", "天台县/county"])
    expect(places(run("25日,省长到仙居县医疗器械小镇调研。"))).toEqual(["仙居县/county"])
  })

  it("does not read generic words after a place as venues", () => {
    expect(places(run("县长邓永红深入乡镇、企业、社区等基层单位检查安全生产。"))).toEqual([])
    expect(places(run("市长到广元市企业、农村检查疫情防控工作。"))).toEqual(["广元市/city"])
    // every one of a kind (辖区各街道, 全县各乡镇) is no named place
    expect(places(run("3月5日,区长周建华带队到辖区各街道检查疫情防控工作。"))).toEqual([])
  })
})

describe("new areas", () => {
  it("are places themselves (某某新区), as development zones are; a kind of zone (我市经开区) is no place", () => {
    expect(places(run("9月3日,省长周建华先后到贵安新区、泰顺经开区调研。"))).toEqual(["贵安新区/district", "泰顺经开区/district"])
    expect(places(run("9月3日,省长周建华先后到我市经开区、国家级高新区和县经济开发区调研。"))).toEqual([])
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
    // a city's own one-character name (蓉 for 成都, 穗 for 广州), as its papers write it
    expect(places(run("省长周建华在蓉会见某国客人一行。"))).toEqual(["蓉/city"])
    expect(places(run("某国代表团昨日来穗考察。"))).toEqual(["穗/city"])
    // a visit (访问) is what happens at a place, as 考察 is
    expect(places(run("某特区行政长官甲乙来川访问。"))).toEqual(["川/province"])
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
