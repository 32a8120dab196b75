import { Effect, Exit } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Knowledge, loadKnowledge } from "../src/knowledge/Knowledge.ts"
import { inferYearFromRoster, parseRoster, restoreNameForTitle, rosterYearCheck, titleFitsOffice } from "../src/knowledge/roster.ts"
import { parseDocument } from "../src/pipeline.ts"
import { Segmenter } from "../src/segmenter.ts"
import { namePinyin } from "../src/extract/pinyin.ts"
import type { Person } from "../src/schema/event.ts"

// A made-up province with made-up officeholders, so the rules are tested apart from the bundled data.
const sample = `# test roster
name,office,jurisdiction,from,to,source
甲一,省委书记,东川,2014-06,2019-03,test
乙二,省委书记,东川,2019-03,,test
丙三,省长,东川,2016-01,2021-08,test
丁四,副省长,东川,2015,2018,test
戊五,总书记,中央,2012-11,,test
bad line without a term
`
const { roster, problems } = parseRoster(sample)
const k = { roster }
const p = (name: string, ...titles: Array<string>): Person => ({ name, pinyin: namePinyin(name), titles, role: "participant" })

describe("parseRoster", () => {
  it("reads entries, skips comments and the header, reports lines it cannot read", () => {
    expect(roster.entries.map((e) => e.name)).toEqual(["甲一", "乙二", "丙三", "丁四", "戊五"])
    expect(roster.entries[1]!.to).toBeNull()
    expect(problems).toHaveLength(1)
    expect(problems[0]!.line).toBe(8)
  })
})

describe("titleFitsOffice", () => {
  it("matches a title to an office the way news writes them", () => {
    expect(titleFitsOffice("东川省委书记", "省委书记", ["东川"])).toBe(true)
    expect(titleFitsOffice("书记", "省委书记")).toBe(true)
    expect(titleFitsOffice("常务副省长", "副省长")).toBe(true)
    expect(titleFitsOffice("省长", "副省长")).toBe(false)
    expect(titleFitsOffice("副书记", "省委书记")).toBe(false)
    expect(titleFitsOffice("组织部长", "省委组织部部长")).toBe(true)
  })
})

describe("inferYearFromRoster", () => {
  it("returns the only year in which all the titled people held their titles together", () => {
    // 甲一 handed the secretaryship to 乙二 in March 2019: the only month-year both held it
    expect(inferYearFromRoster([p("甲一", "省委书记"), p("乙二", "省委书记")], 3, k)).toBe(2019)
    const small = parseRoster("己六,市长,东川,2017-09,2018-04,test\n甲一,省委书记,东川,2014-06,2019-03,test").roster
    expect(inferYearFromRoster([p("己六", "市长"), p("甲一", "省委书记")], 3, { roster: small })).toBe(2018)
    expect(inferYearFromRoster([p("己六", "市长")], 10, { roster: small })).toBe(2017)
  })

  it("returns null when several years fit, or none", () => {
    // 甲一 secretary 2014-06..2019-03 with 丙三 governor 2016-01..2021-08: in May 2016, 2017 and 2018
    expect(inferYearFromRoster([p("甲一", "省委书记"), p("丙三", "省长")], 5, k)).toBeNull()
    // adding 丁四 (vice governor 2015..2018, here as 常务副省长) still leaves 2016..2018
    expect(inferYearFromRoster([p("甲一", "书记"), p("丁四", "常务副省长"), p("丙三", "省长")], 6, k)).toBeNull()
    // 乙二 (from 2019-03) and 丁四 (to 2018) never served together
    expect(inferYearFromRoster([p("乙二", "省委书记"), p("丁四", "副省长")], 6, k)).toBeNull()
  })

  it("ignores people without titles, unknown people and titles the person never held", () => {
    expect(inferYearFromRoster([p("甲一")], 5, k)).toBeNull()
    expect(inferYearFromRoster([p("无名", "省长")], 5, k)).toBeNull()
    // 丁四 never was governor: the title does not fit, so nothing constrains the year
    expect(inferYearFromRoster([p("丁四", "省长")], 5, k)).toBeNull()
    expect(inferYearFromRoster([p("甲一", "省委书记")], 13, k)).toBeNull()
  })
})

describe("restoreNameForTitle", () => {
  it("names the holder of a national title at a time", () => {
    expect(restoreNameForTitle("总书记", 2020, 2, k)).toBe("戊五")
    expect(restoreNameForTitle("总书记", 2010, 5, k)).toBeNull()
  })

  it("needs the jurisdiction for a provincial title, from the title or the caller", () => {
    expect(restoreNameForTitle("省委书记", 2017, 5, k)).toBeNull()
    expect(restoreNameForTitle("省委书记", 2017, 5, k, "东川")).toBe("甲一")
    expect(restoreNameForTitle("东川省委书记", 2020, 1, k)).toBe("乙二")
    // the month of the hand-over fits both holders
    expect(restoreNameForTitle("省委书记", 2019, 3, k, "东川")).toBeNull()
    // without a year only an office with one holder ever is pinned down
    expect(restoreNameForTitle("省长", null, null, k, "东川")).toBe("丙三")
    expect(restoreNameForTitle("省委书记", null, null, k, "东川")).toBeNull()
  })
})

describe("bundled roster", () => {
  const bundled = loadKnowledge()
  it("knows the general secretaries", () => {
    expect(restoreNameForTitle("总书记", 2020, 2, bundled)).toBe("习近平")
    expect(restoreNameForTitle("中共中央总书记", 2010, 6, bundled)).toBe("胡锦涛")
    expect(restoreNameForTitle("总书记", 2012, 11, bundled)).toBeNull()
  })

  it("covers every province's party secretary", () => {
    const jurisdictions = new Set(bundled.roster.entries.filter((e) => /书记$/.test(e.office) && !e.office.includes("副")).map((e) => e.jurisdiction))
    expect(jurisdictions.size).toBeGreaterThanOrEqual(32)
  })
})

describe("a user roster file", () => {
  const dir = mkdtempSync(join(tmpdir(), "roster-"))
  const file = join(dir, "mine.csv")
  writeFileSync(file, "name,office,jurisdiction,from,to,source\n庚七,省委书记,西原,2021-01,,mine\n")

  it("replaces the bundled roster in loadKnowledge", () => {
    const mine = loadKnowledge({ rosterPath: file })
    expect(mine.roster.entries.map((e) => e.name)).toEqual(["庚七"])
    expect(restoreNameForTitle("西原省委书记", 2022, 1, mine)).toBe("庚七")
  })

  it("is provided by the Knowledge.withRoster layer, and a missing file is a typed error", async () => {
    const names = await Effect.runPromise(
      Effect.map(Knowledge, (kn) => kn.roster.entries.map((e) => e.name)).pipe(Effect.provide(Knowledge.withRoster(file)))
    )
    expect(names).toEqual(["庚七"])
    const exit = await Effect.runPromiseExit(Effect.provide(Knowledge, Knowledge.withRoster(join(dir, "missing.csv"))))
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) expect(JSON.stringify(exit.cause)).toContain("RosterLoadError")
  })
})

describe("rosterYearCheck", () => {
  it("rules out a year in which a titled person held no such office of a jurisdiction the text names", () => {
    const text = "东川省省长丙三率团访问某地。"
    expect(rosterYearCheck([p("丙三", "省长")], 9, text, k)(2019)).toBe(true)
    expect(rosterYearCheck([p("丙三", "省长")], 9, text, k)(2023)).toBe(false)
    // the roster's months are approximate: a few months past a term are still in it
    expect(rosterYearCheck([p("丙三", "省长")], 10, text, k)(2021)).toBe(true)
    // an office of a province the text does not name says nothing of the office held here
    expect(rosterYearCheck([p("丙三", "省长")], 9, "省长丙三率团访问某地。", k)(2023)).toBe(true)
    // a national office counts wherever it is named; a person without a title, or unknown, constrains nothing
    expect(rosterYearCheck([p("戊五", "总书记")], 5, "总书记戊五考察某地。", k)(2010)).toBe(false)
    expect(rosterYearCheck([p("丙三"), p("无名")], 1, text, k)(2030)).toBe(true)
  })

  it("takes a repost's page date for the event's year only when the people's offices allow it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-"))
    const file = join(dir, "mine.csv")
    writeFileSync(file, "name,office,jurisdiction,from,to,source\n胡海涛,省长,东川,2016-01,2021-08,test\n")
    const yearOf = (text: string) =>
      Effect.runPromise(
        parseDocument({ name: "repost.txt", bytes: Buffer.from(text, "utf8") }).pipe(
          Effect.map((d) => d.mentions.map((m) => [m.date.start, m.date.year.source])),
          Effect.provide(Segmenter.Default),
          Effect.provide(Knowledge.withRoster(file))
        )
      )
    const body = "9月17日,东川省省长胡海涛率东川省代表团抵达某地,开始为期六天的访问。"
    // stamped while he held the office: the stamp's year; stamped years later: no year it can justify
    expect(await yearOf(`发布时间:2019-09-20\n${body}`)).toEqual([["2019-09-17", "published"]])
    expect(await yearOf(`发布时间:2024-09-20\n${body}`)).toEqual([["XXXX-09-17", "none"]])
  })
})

describe("the bundled roster's coverage, 2010–2025", () => {
  const bundled = loadKnowledge()
  // the four offices every province has, however the province is called (省, 自治区, 直辖市)
  // with the share of province-months each must cover: the chairs are elected at the January sessions,
  // months after a secretary arrives, so the months between are mostly not covered (see data/SOURCES.md)
  const offices: ReadonlyArray<readonly [string, RegExp, number]> = [
    ["party secretary", /^(省委|自治区党委|市委)书记$/, 0.99],
    ["governor", /^(省长|自治区主席|市长)$/, 0.99],
    ["people's congress chair", /^(省|自治区|市)人大常委会主任$/, 0.94],
    ["CPPCC chair", /^(省|自治区|市)政协主席$/, 0.98]
  ]
  const from = 2010 * 12
  const to = 2025 * 12 + 11
  const provinces = [...new Set(bundled.roster.entries.filter((e) => e.jurisdiction !== "中央").map((e) => e.jurisdiction))]
  const covered = (re: RegExp, jurisdiction: string): number => {
    const months = new Set<number>()
    for (const e of bundled.roster.entries)
      if (e.jurisdiction === jurisdiction && re.test(e.office))
        for (let m = Math.max(from, e.from); m <= Math.min(to, e.to ?? to); m++) months.add(m)
    return months.size
  }
  it("names 31 provinces", () => {
    expect(provinces.length).toBeGreaterThanOrEqual(31)
  })
  for (const [label, re, share] of offices)
    it(`knows the ${label} of every province for nearly every month`, () => {
      const total = provinces.length * (to - from + 1)
      const known = provinces.reduce((n, p) => n + covered(re, p), 0)
      // a province missing years of an office fails this
      expect(known / total).toBeGreaterThan(share)
      for (const p of provinces) expect(covered(re, p), `${label}, ${p}`).toBeGreaterThan(0.6 * (to - from + 1))
    })
})
