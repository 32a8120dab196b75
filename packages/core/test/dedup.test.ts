import fc from "fast-check"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { compatibleDates } from "../src/dedup/dates.ts"
import { bandsOf, dedupIncremental, dedupMentions, OVER_CAP, type StoredPostings } from "../src/dedup/index.ts"
import { namePinyin } from "../src/extract/pinyin.ts"
import type { ExtractedMention } from "../src/mention.ts"
import { Event, type EventDate, type Person } from "../src/schema/event.ts"

let counter = 0
const mention = (
  text: string,
  start: string,
  opts: {
    doc?: string
    end?: string | null
    people?: Array<Person>
    source?: EventDate["year"]["source"]
    kind?: ExtractedMention["kind"]
    places?: Array<string>
    orgs?: Array<string>
  } = {}
): ExtractedMention => {
  const doc = opts.doc ?? "a.txt"
  const s = counter++ * 1000
  const span = [s, s + text.length] as const
  const undated = start === "XXXX"
  return {
    key: `${doc.padEnd(16, "0").slice(0, 16)}:${span[0]}:${span[1]}`,
    document: doc,
    contentHash: doc,
    span: [span[0], span[1]],
    format: "plain",
    date: {
      start,
      end: opts.end ?? null,
      precision: undated ? "year" : "day",
      year: { value: start.startsWith("XXXX") ? null : Number(start.slice(0, 4)), source: opts.source ?? (start.startsWith("XXXX") ? "none" : "text") }
    },
    title: text.slice(0, 20),
    summary: text.split("。")[0] + "。",
    text,
    kind: opts.kind ?? "meeting",
    people: opts.people ?? [],
    places: (opts.places ?? []).map((name) => ({ name, level: "city" as const })),
    organizations: opts.orgs ?? [],
    reporters: [],
    warnings: undated ? ["fragment", "undated"] : []
  }
}
const lead = (name: string, title = "省长"): Person => ({ name, pinyin: namePinyin(name), titles: [title], role: "lead" })
const part = (name: string): Person => ({ name, pinyin: namePinyin(name), titles: [], role: "participant" })

const full =
  "12月6日,省委书记张明、省长李华、省政协主席王强等省领导在长沙市与干部群众一起参加义务植树活动。赵一、钱二、孙三、周四、吴五、郑六、冯七、陈八等在长沙或当地参加了植树活动。"
const meetingA =
  "3月2日,省长李华主持召开省政府常务会议,深入学习贯彻习近平总书记重要讲话精神,研究部署春耕生产和粮食安全工作,审议通过了有关文件。会议强调,要压实责任,确保各项工作落到实处。"
const meetingB =
  "3月2日,省委书记张明主持召开省委常委会会议,深入学习贯彻习近平总书记重要讲话精神,研究部署基层党建和干部队伍建设工作,审议通过了有关文件。会议强调,要压实责任,确保各项工作落到实处。"

const clusters = (events: ReadonlyArray<Event>) => events.map((e) => e.sources.map((s) => `${s.document}:${s.span[0]}`).sort().join("|")).sort()

describe("dedupMentions", () => {
  it("merges the identical line twice (exact)", () => {
    const ev = dedupMentions([mention(full, "2020-12-06"), mention(full, "2020-12-06")])
    expect(ev).toHaveLength(1)
    expect(ev[0]!.merged).toEqual([expect.objectContaining({ method: "exact", score: 1 })])
  })
  it("merges the same entry with different spaces and punctuation (near/exact on normalised text)", () => {
    const respaced = full.replace(/,/g, " , ").replace(/。/g, " 。 ")
    const ev = dedupMentions([mention(full, "2020-12-06"), mention(respaced, "2020-12-06", { doc: "b.txt" })])
    expect(ev).toHaveLength(1)
  })
  it("merges a truncated copy and a participant-list fragment into the full line", () => {
    const truncated = full.split("。")[0] + "。"
    const fragment = full.split("。")[1] + "。"
    const ev = dedupMentions([mention(full, "2020-12-06"), mention(truncated, "2020-12-06"), mention(fragment, "XXXX")])
    expect(ev).toHaveLength(1)
    expect(ev[0]!.text).toBe(full)
    expect(ev[0]!.date.start).toBe("2020-12-06")
    expect(ev[0]!.warnings).not.toContain("undated")
    expect(ev[0]!.merged.map((m) => m.method).sort()).toEqual(["containment", "containment"])
  })
  it("merges a chronicle entry into the full article across documents and keeps the best-justified date", () => {
    const article = `${meetingA}会议指出,要坚持稳中求进,统筹发展和安全,扎实做好春季农业生产,稳定粮食播种面积,加强农田水利建设。会议要求,各地各部门要加强协调配合,抓好落实,及时解决企业和群众反映的突出问题,确保政策红利直达基层。会议还研究了其他事项。会议以视频形式召开,各市州设分会场。`
    const entry = mention(meetingA, "2021-03-02", { doc: "chronicle.txt", source: "header", people: [lead("李华")] })
    const full = mention(article, "XXXX-03-02", { doc: "article.txt", source: "none", people: [lead("李华")] })
    const ev = dedupMentions([full, entry])
    expect(ev).toHaveLength(1)
    expect(ev[0]!.sources[0]!.document).toBe("article.txt")
    expect(ev[0]!.date.start).toBe("2021-03-02")
    expect(ev[0]!.date.year.source).toBe("header")
    expect(ev[0]!.merged[0]).toMatchObject({ document: "chronicle.txt", method: "containment" })
  })
  it("keeps look-alike meetings apart: same day, same boilerplate, different people", () => {
    const ev = dedupMentions([
      mention(meetingA, "2021-03-02", { people: [lead("李华")] }),
      mention(meetingB, "2021-03-02", { people: [lead("张明", "省委书记")] })
    ])
    expect(ev).toHaveLength(2)
  })
  it("keeps near-identical texts apart when their dates cannot be the same event", () => {
    const ev = dedupMentions([mention(meetingA, "2021-03-02"), mention(meetingA.replace("3月2日", "3月9日"), "2021-03-09")])
    expect(ev).toHaveLength(2)
  })
  it("merges two reports of one visit by the same leader on overlapping days at a shared place", () => {
    const a = mention("2月7日,省长李华专程到岳阳、常德检查防汛工作,深入一线明察暗访。", "2020-02-07", { kind: "inspection", people: [lead("李华")], places: ["岳阳", "常德"] })
    const b = mention("2月7日至8日,省长李华深入常德防汛一线,强调要落实落细各项措施。", "2020-02-07", { end: "2020-02-08", kind: "inspection", people: [lead("李华")], places: ["常德"] })
    const c = mention("2月7日,省长李华到株洲检查安全生产工作。", "2020-02-07", { kind: "inspection", people: [lead("李华")], places: ["株洲"] })
    const ev = dedupMentions([a, b, c])
    expect(ev).toHaveLength(2)
  })
  it("keeps a province in a merged event only when a report wrote it with the place inside it as one name (甘肃敦煌), and one spelling of each place", () => {
    const text = "9月19日,第三届某某媒体合作论坛在甘肃敦煌举行,省委书记张明出席并致辞。"
    const at = (doc: string, places: ReadonlyArray<readonly [string, "province" | "county"]>) => ({
      ...mention(text, "2031-09-19", { doc, kind: "meeting", people: [lead("张明", "省委书记")] }),
      places: places.map(([name, level]) => ({ name, level }))
    })
    const placesOf = (ms: ReadonlyArray<ExtractedMention>) => dedupMentions(ms).map((e) => e.places.map((p) => p.name))
    expect(placesOf([at("a.txt", [["甘肃", "province"], ["敦煌", "county"]]), at("b.txt", [["敦煌", "county"]])])).toEqual([["甘肃", "敦煌"]])
    // two spellings of one place are one place, in the fuller spelling, and still keep the province written with it
    expect(placesOf([at("a.txt", [["甘肃", "province"], ["敦煌", "county"]]), at("b.txt", [["敦煌市", "county"]])])).toEqual([["甘肃", "敦煌市"]])
    // one report names the province, another the city inside it: the city is where
    expect(placesOf([at("a.txt", [["甘肃", "province"]]), at("b.txt", [["敦煌", "county"]])])).toEqual([["敦煌"]])
  })
  it("does not take a province both reports write with their cities (在某省甲市, 在某省乙市) for a place they share, nor count it in choosing the report that leads", () => {
    const visit = (doc: string, city: string, text: string) => ({
      ...mention(text, "2031-12-14", { doc, kind: "inspection", people: [lead("李明", "国家主席")] }),
      places: [
        { name: "广西", level: "province" as const },
        { name: city, level: "city" as const }
      ]
    })
    const a = visit("a.txt", "南宁市", "12月14日上午,国家主席李明在广西南宁市考察了某某产业园,了解数字经济发展情况。")
    const b = visit("b.txt", "来宾市", "12月14日下午,国家主席李明来到广西来宾市,考察某某种植基地,察看甘蔗长势。")
    expect(dedupMentions([a, b])).toHaveLength(2)
    // nor does it make one report richer than another of the same event: it does not choose the event's kind
    const text = "12月14日上午,国家主席李明在广西南宁市考察了某某产业园,了解数字经济发展情况。"
    const plain = { ...mention(text, "2031-12-14", { doc: "a.txt", kind: "inspection", people: [lead("李明", "国家主席")] }), places: [{ name: "南宁市", level: "city" as const }] }
    const withProvince = { ...visit("b.txt", "南宁市", text), kind: "activity" as const }
    expect(dedupMentions([plain, withProvince]).map((e) => [e.kind, e.sources.length])).toEqual([["inspection", 2]])
  })
  it("keeps a tour and one day of it apart when other reports tell them, so the tour does not glue its stops together", () => {
    const morning = mention("12月14日上午,国家主席李明在遂宁市考察了某某产业园和某某社区。", "2031-12-14", { doc: "a.txt", kind: "inspection", people: [lead("李明", "国家主席")], places: ["遂宁市"] })
    const again = mention("14日上午,李明主席考察了遂宁某某产业园,随后来到某某社区看望居民。", "2031-12-14", { doc: "b.txt", kind: "inspection", people: [lead("李明", "国家主席")], places: ["遂宁"] })
    const afternoon = mention("12月14日下午,国家主席李明来到内江市某某县,考察柑橘种植基地。", "2031-12-14", { doc: "c.txt", kind: "inspection", people: [lead("李明", "国家主席")], places: ["内江市"] })
    const tour = mention("12月14日至15日,国家主席李明先后到遂宁、内江等地考察调研。", "2031-12-14", { doc: "d.txt", end: "2031-12-15", kind: "inspection", people: [lead("李明", "国家主席")], places: ["遂宁", "内江"] })
    const groups = dedupMentions([morning, again, afternoon, tour]).map((e) => e.sources.map((x) => x.document).sort().join("+")).sort()
    expect(groups).toEqual(["a.txt+b.txt", "c.txt", "d.txt"])
  })
  it("folds an undated participant-list fragment only into a mention of its own document", () => {
    const list = full.split("。")[1] + "。"
    const own = dedupMentions([mention(full, "2020-12-06"), mention(list, "XXXX")])
    expect(own).toHaveLength(1)
    const foreign = dedupMentions([mention(full, "2020-12-06"), mention(list, "XXXX", { doc: "other.txt" })])
    expect(foreign).toHaveLength(2)
  })
  it("compares dates as day ranges: across a new year, month-only dates, and stated years that differ", () => {
    const d = (start: string, end: string | null = null, source: EventDate["year"]["source"] = "text"): EventDate => ({
      start,
      end,
      precision: start.length === 7 ? "month" : "day",
      year: { value: start.startsWith("XXXX") ? null : Number(start.slice(0, 4)), source }
    })
    expect(compatibleDates(d("2020-12-30", "2021-01-02"), d("2021-01-01"))).toBe(true)
    expect(compatibleDates(d("XXXX-12-30", "XXXX-01-02", "none"), d("XXXX-01-01", null, "none"))).toBe(true)
    expect(compatibleDates(d("2020-12-30", "2021-01-02"), d("2021-01-03"))).toBe(false)
    expect(compatibleDates(d("2020-02"), d("2020-02-24"))).toBe(true)
    expect(compatibleDates(d("2020-02"), d("2020-03-01"))).toBe(false)
    expect(compatibleDates(d("2020-02-24"), d("2021-02-24"))).toBe(false)
    expect(compatibleDates(d("2020-02-24"), d("2021-02-24", null, "officeholder"))).toBe(true)
    expect(compatibleDates(d("XXXX"), d("2021-02-24"))).toBe(true)
  })
  it("merges two differently worded reports of one meeting: same chair, same day, same body", () => {
    const a = mention("3月1日,省委书记李华主持召开省委常委会会议,传达学习有关讲话精神,研究部署脱贫攻坚成果巩固工作。", "2021-03-01", { people: [lead("李华", "省委书记")], orgs: ["省委常委会"] })
    const b = mention("3月1日下午,省委常委会召开会议,认真学习贯彻有关重要讲话精神,研究我省贯彻落实意见。省委书记李华主持会议并讲话。", "2021-03-01", {
      doc: "b.txt",
      people: [lead("李华", "省委书记")],
      orgs: ["省委常委会"]
    })
    const c = mention("3月1日,省委书记李华主持召开省委全面深化改革委员会会议,审议有关改革方案。", "2021-03-01", { doc: "c.txt", people: [lead("李华", "省委书记")], orgs: ["省委全面深化改革委员会"] })
    const d = mention("3月1日,省长张明主持召开省政府常务会议,研究有关事项。", "2021-03-01", { doc: "d.txt", people: [lead("张明")], orgs: ["省政府"] })
    const e = mention("3月1日,省长张明主持召开省政府专题会议,研究防汛工作。", "2021-03-01", { doc: "e.txt", people: [lead("张明")], orgs: ["省政府"] })
    const ev = dedupMentions([a, b, c, d, e])
    expect(clusters(ev)).toHaveLength(4)
    expect(ev.find((x) => x.sources.length === 2)!.sources.map((s) => s.document).sort()).toEqual(["a.txt", "b.txt"])
  })
  it("merges a caption into its report by their headlines: same leader, same day, mostly the same words", () => {
    const who = [lead("王明", "市委书记")]
    const caption = mention("市委书记王明率代表团抵达某市。", "2031-10-07", { doc: "p.txt", people: who, kind: "activity" })
    const report = mention("市委书记王明率代表团抵达某市,当天下午会见了某市负责同志,双方就深化交流合作交换意见,并出席了当地社团的就职典礼和座谈会。", "2031-10-07", {
      doc: "p.txt",
      people: who,
      kind: "reception"
    })
    // the same leader the same day under another headline: another event
    const other = mention("市委书记王明主持召开市委常委会会议,研究部署秋冬季防火工作。", "2031-10-07", { doc: "p.txt", people: who })
    const ev = dedupMentions([caption, report, other])
    expect(clusters(ev)).toHaveLength(2)
    expect(ev.find((x) => x.sources.length === 2)!.merged.map((m) => m.method)).toEqual(["near"])
  })

  it("ties a report that gives only its day to another outlet's dated report of the same leader doing the same", () => {
    const who = [lead("王明", "省委书记")]
    const dated = mention("10月7日,省委书记王明率代表团抵达某市,开始为期三天的访问。", "2031-10-07", { doc: "a.txt", people: who, kind: "activity" })
    const sameDay = mention("抵达后,省委书记王明接见了当地各界代表并合影留念。", "2031-10-07", { doc: "a.txt", people: who, kind: "reception" })
    const dayOnly = { ...mention("省委书记王明7日率团抵达某市,受到热烈欢迎。", "XXXX", { doc: "b.txt", people: who, kind: "activity" }), dayOfMonth: 7 }
    const ev = dedupMentions([dated, sameDay, dayOnly])
    expect(clusters(ev)).toHaveLength(2)
    const merged = ev.find((x) => x.sources.length === 2)!
    expect(merged.sources.map((s) => s.document).sort()).toEqual(["a.txt", "b.txt"])
    expect(merged.date.start).toBe("2031-10-07")
    // another day of the month, or another leader: no tie
    const otherDay = { ...dayOnly, key: "b2", dayOfMonth: 8 }
    const otherLeader = { ...dayOnly, key: "b3", people: [lead("李华", "省长")] }
    expect(clusters(dedupMentions([dated, otherDay]))).toHaveLength(2)
    expect(clusters(dedupMentions([dated, otherLeader]))).toHaveLength(2)
  })

  it("unions people (strongest role, all titles) and flags conflicting dates", () => {
    const x = mention(meetingA, "2021-03-02", { people: [part("李华"), part("王五")], source: "header" })
    const y = mention(meetingA, "2020-03-02", { people: [lead("李华")], source: "context", doc: "y.txt" })
    const [e] = dedupMentions([x, y])
    expect(e!.people.find((p) => p.name === "李华")).toEqual({ name: "李华", pinyin: "Lǐ Huá", titles: ["省长"], role: "lead" })
    expect(e!.people.map((p) => p.name).sort()).toEqual(["李华", "王五"])
    expect(e!.date.start).toBe("2021-03-02")
    expect(e!.warnings).toContain("date-conflict")
  })
  it("gives the same ids and clusters whatever the input order, and every record decodes", () => {
    const pool = [
      mention(full, "2020-12-06"),
      mention(full.split("。")[0] + "。", "2020-12-06"),
      mention(full.split("。")[1] + "。", "XXXX"),
      mention(meetingA, "2021-03-02", { people: [lead("李华")] }),
      mention(meetingB, "2021-03-02", { people: [lead("张明", "省委书记")] }),
      mention(meetingA, "2021-03-02", { doc: "z.txt", people: [lead("李华")] })
    ]
    const reference = dedupMentions(pool)
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        const ev = dedupMentions(shuffled)
        expect(ev.map((e) => e.id)).toEqual(reference.map((e) => e.id))
        expect(clusters(ev)).toEqual(clusters(reference))
      }),
      { numRuns: 50 }
    )
    for (const e of reference) {
      Schema.decodeUnknownSync(Event)(Schema.encodeSync(Event)(e))
      expect(e.merged).toHaveLength(e.sources.length - 1)
      for (const m of e.merged) expect(m.score).toBeGreaterThan(0)
    }
  })
})

describe("dedupIncremental", () => {
  const text = "3月5日,省委书记王明主持召开省委常委会会议,研究部署疫情防控工作。"
  it("merges two new copies of a line when no stored mention shares their keys", () => {
    const a = mention(text, "2020-03-05")
    const b = mention(text, "2020-03-05", { doc: "b.txt" })
    expect(dedupIncremental([], [a, b], new Map()).events).toHaveLength(1)
  })
  it("takes no pairs from a key the store reports over its cap, not even between new mentions", () => {
    const a = mention(text, "2020-03-05")
    const b = mention(text, "2020-03-05", { doc: "b.txt" })
    const overCap = new Map<string, StoredPostings>(bandsOf(a).map((k) => [k, OVER_CAP]))
    expect(dedupIncremental([], [a, b], overCap).events).toHaveLength(2)
  })
})
