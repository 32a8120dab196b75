import { describe, expect, it } from "vitest"
import { parseForeignPlaces } from "../src/extract/places/foreign.ts"
import { places, run } from "./entities-harness.ts"

// Hand-written sentences; the people are made up (entities-harness.ts madeUp).

const names = (t: string) => places(run(t)).map((p) => p.split("/")[0])

describe("places abroad (data/foreign-places.tsv)", () => {
  it("are the countries and cities a trigger introduces, as a chain or a list", () => {
    expect(names("5月30日,省长王建国在美国纽约出席中美经贸论坛。")).toEqual(["美国", "纽约"])
    expect(names("5月30日,副省长周建华率团赴法国、德国考察。")).toEqual(["法国", "德国"])
    expect(names("5月30日,省长王建国抵达日本首都东京,开始友好访问。")).toEqual(["日本", "东京"])
    expect(places(run("5月30日,省长王建国在英国伦敦出席交流会。"))).toEqual(["英国/other", "伦敦/other"])
  })

  it("are not a guest's or a partner's country, a people, or a name that runs on from the country", () => {
    expect(names("5月30日,省长王建国会见美国客人。")).toEqual([])
    expect(names("5月30日,省长王建国到美国驻某市总领事馆参加招待会。")).toEqual([])
    expect(names("5月30日,副省长周建华到朝鲜族聚居村调研。")).toEqual([])
    expect(names("5月30日,在德国某某银行公布的榜单中,某集团位列第五。")).toEqual([])
  })

  it("read from the data file: countries, and cities with their country; other lines are left out", () => {
    const f = parseForeignPlaces(["# kind\tname\tcountry", "country\t甲国\t", "city\t乙城\t甲国", "city\t丙城\t", "river\t丁河\t甲国"].join("\n"))
    expect([...f.countryOf.entries()]).toEqual([["甲国", null], ["乙城", "甲国"]])
    expect(f.names.longestAt("赴甲国乙城", 1)).toBe("甲国")
  })
})
