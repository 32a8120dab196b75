import { describe, expect, it } from "vitest"
import { extractEntities } from "../src/extract/entities.ts"
import type { KnowledgeData } from "../src/knowledge/Knowledge.ts"
import { k, names, person, run, seg } from "./entities-harness.ts"

// Hand-written sentences: the role each person found plays in the event (lead, participant, met, …). The
// people in them are made up: none is in the roster.

describe("roles", () => {
  it("read the verb past the report's day and time after the name (某某17日率团…, 某某6日下午会见…)", () => {
    expect(person(run("省长周建华17日率代表团抵达某地,开始为期六天的访问。"), "周建华")?.role).toBe("lead")
    expect(person(run("市委书记刘志勇6日下午会见了某市代表团。"), "刘志勇")?.role).toBe("lead")
  })
  it("give a national leader listed before a titled name the verb they share (副委员长某某、副主席某某在…会见), and none to a leader only quoted", () => {
    expect(person(run("3月2日,全国人大常委会副委员长周建华、副主席王建国在某市会见某集团董事长李明。"), "周建华")?.role).toBe("lead")
    expect(person(run("2日 副委员长周建华,副主席王建国在某市宾馆接见李明等。"), "周建华")?.role).toBe("lead")
    expect(names(run("3月2日,某县召开常委会,传达学习习近平、李强的重要讲话精神。县委书记李明主持会议。"))).toEqual(["李明"])
  })
  it("read the talks past whom they are with (某某同某国总统某某举行会谈, 某某与某某通电话): both hold them", () => {
    expect(person(run("3月1日,国家主席周建华同来华进行国事访问的某国总统李明举行会谈。"), "周建华")?.role).toBe("lead")
    expect(person(run("3月1日,省委书记王建国与某省省长刘志勇通电话,就防汛工作交换意见。"), "王建国")?.role).toBe("lead")
    expect(person(run("3月1日,国家主席周建华在人民大会堂同某国总统李明举行会谈。"), "周建华")?.role).toBe("lead")
  })
})

describe("written instructions", () => {
  it("sent from elsewhere (…某某、某某作出批示) make no one a person of what the report tells, unless they are what it tells", () => {
    const fire = "3月2日凌晨,某县某镇一民房起火,造成3人受伤。省委书记周建华、省长王建国作出批示,要求全力救治伤员。县长李明立即赶到现场组织救援。"
    expect(names(run(fire))).toEqual(["李明"])
    expect(names(run("3月2日,省长王建国对某集团改革工作作出重要批示,推动改革落地。"))).toEqual(["王建国"])
    // taking part comes first in the clause: he took part
    expect(names(run("3月2日,某县召开防汛会议。县长李明主持会议并作出批示。"))).toEqual(["李明"])
    // a national leader's too, the instructions a clause later; and a later 根据某某指示 quotes them
    const slide = "3月2日凌晨,某县某村发生山体滑坡。中共中央总书记习近平对此高度重视,立即作出重要指示。省委书记周建华对此高度重视,第一时间作出批示。根据习近平指示,工作组赶赴现场。县长李明立即赶到现场组织救援。"
    expect(names(run(slide))).toEqual(["李明"])
  })
})

describe("what a leader once did", () => {
  it("named in a clause after a quoting word (以某某主席提出的…理念为指引) makes no person of the event; who heads a party (以某某为首的) does", () => {
    const talks = "3月2日,省长王建国会见来访的某国客人。王建国说,我们将以省委书记周建华提出的合作理念为指引,深化交流。"
    expect(names(run(talks))).toEqual(["王建国"])
    expect(names(run("3月2日,以某国某部长刘志勇为首的代表团一行来某市考察。"))).toContain("刘志勇")
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

describe("name shapes", () => {
  it("keeps a name whose given name ends in 和 whole when a separator or a verb follows, not when a title or a name does", () => {
    expect(run("3日,周建华、刘志勇、张世和、林晓峰在主席台就座。").people.map((p) => p.name)).toEqual(["周建华", "刘志勇", "张世和", "林晓峰"])
    expect(run("3日,市政协主席高贵和参加调研。").people.map((p) => p.name)).toEqual(["高贵和"])
    expect(run("3日,市长周建华和副市长刘志勇出席会议。").people.map((p) => p.name)).toEqual(["周建华", "刘志勇"])
    expect(run("3日,市长周建华和刘志勇参加会议。").people.map((p) => p.name)).toEqual(["周建华", "刘志勇"])
  })
  it("follow the knowledge they came from: a surname taken out of the table takes the name with it, in any order", () => {
    // 甲 is no surname in the bundled table; a knowledge whose table holds it reads 甲乙丙 as a name
    const text = "3月2日,县长甲乙丙主持召开县政府常务会议。"
    const withSurname: KnowledgeData = { ...k, surnames: { ...k.surnames, single: new Set([...k.surnames.single, "甲"]) } }
    const found = (kd: KnowledgeData) => extractEntities(text, seg, kd).people.map((p) => p.name)
    expect(found(k)).not.toContain("甲乙丙")
    expect(found(withSurname)).toContain("甲乙丙")
    expect(found(k)).not.toContain("甲乙丙")
    expect(found(withSurname)).toContain("甲乙丙")
  })
})
