import { describe, expect, it } from "vitest"
import { scoreEvents } from "../src/eval/score.ts"
import type { GoldDocument } from "../src/eval/gold.ts"
import { parseTexts } from "./helpers.ts"

// Scoring as eval/GOLD-FORMAT.md defines it, on made-up reports: two outlets tell one visit, a third
// document tells another one.
const docs: ReadonlyArray<readonly [string, string]> = [
  ["a.txt", "3月5日，省长胡海涛在某甲县调研春耕生产，察看了某甲县农田水利设施建设情况。"],
  ["b.txt", "3月5日，省长胡海涛在某甲县调研春耕生产，察看了某甲县农田水利设施建设情况。记者 张三"],
  ["c.txt", "4月9日，副省长李静主持召开全省安全生产电视电话会议，部署汛期安全生产工作。"]
]
const mention = (id: string, anchor: string, start: string) => ({
  id, anchor, start, end: null, year_known: false, people: [], places: [], kind: "inspection" as const
})
const gold = (aId: string, bId: string): Array<GoldDocument> => [
  { doc: "a.txt", year_hint: null, events: [mention(aId, "胡海涛在某甲县调研", "2020-03-05")] },
  { doc: "b.txt", year_hint: null, events: [mention(bId, "胡海涛在某甲县调研", "2020-03-05")] },
  { doc: "c.txt", year_hint: null, events: [mention("c", "李静主持召开", "2020-04-09")] }
]

describe("eval scoring", () => {
  const parsed = parseTexts(docs)
  const raw = new Map(docs.map(([n, t]) => [n, t]))

  it("counts the two reports of one visit as a true pair and lists no dedup error", () => {
    const r = scoreEvents(gold("visit", "visit"), raw, parsed.events)
    expect(r.counts.matched).toBe(3)
    expect(r.dedup).toEqual({ p: 1, r: 1, f1: 1 })
    expect(r.dedupErrors).toEqual([])
  })

  it("names the pair merged when the gold holds two events the parser made one", () => {
    const r = scoreEvents(gold("visit-1", "visit-2"), raw, parsed.events)
    expect(r.dedup.p).toBe(0)
    expect(r.dedupErrors).toEqual([
      { error: "merged", a: { doc: "a.txt", id: "visit-1", anchor: "胡海涛在某甲县调研" }, b: { doc: "b.txt", id: "visit-2", anchor: "胡海涛在某甲县调研" } }
    ])
  })

  it("names the pair split when the gold holds one event the parser left as two", () => {
    const unmerged = parseTexts(docs, { dedup: false })
    const r = scoreEvents(gold("visit", "visit"), raw, unmerged.events)
    expect(r.dedup.r).toBe(0)
    expect(r.dedupErrors.map((e) => [e.error, e.a.doc, e.b.doc])).toEqual([["split", "a.txt", "b.txt"]])
  })
})

describe("details flag people and places as the score counts them", () => {
  const county: ReadonlyArray<readonly [string, string]> = docs.map(([n, t]) => [n, t.replaceAll("某甲县", "长丰县")])
  const parsed = parseTexts(county)
  const raw = new Map(county.map(([n, t]) => [n, t]))
  // the two reports of the visit merge into one event naming 长丰县; gold gives the county on one mention
  // only: the event is right for both
  const withPlaces = (aPlaces: Array<string>, bPlaces: Array<string>): Array<GoldDocument> => {
    const g = gold("visit", "visit").map((d) => ({ ...d, events: d.events.map((m) => ({ ...m, anchor: m.anchor.replace("某甲县", "长丰县") })) }))
    return g.map((d) =>
      d.doc === "a.txt" ? { ...d, events: d.events.map((m) => ({ ...m, people: ["胡海涛"], places: aPlaces })) }
      : d.doc === "b.txt" ? { ...d, events: d.events.map((m) => ({ ...m, places: bPlaces })) }
      : d
    )
  }

  it("calls a mention's places right when the union of its id's gold matches the event", () => {
    const r = scoreEvents(withPlaces(["长丰县"], []), raw, parsed.events)
    const visit = r.details.filter((d) => d.id === "visit")
    expect(visit.map((d) => [d.placesRight, d.peopleRight])).toEqual([[true, true], [true, true]])
    expect(r.places).toEqual({ p: 1, r: 1, f1: 1 })
  })

  it("calls them wrong, on every mention of the id, when the union holds a place the event lacks", () => {
    const r = scoreEvents(withPlaces(["长丰"], ["某乙镇"]), raw, parsed.events)
    expect(r.details.filter((d) => d.id === "visit").map((d) => d.placesRight)).toEqual([false, false])
    expect(r.details.find((d) => d.doc === "b.txt")?.idPlaces).toEqual(["长丰", "某乙"])
  })
})

describe("kind scored in the gold set's vocabulary", () => {
  const notice: ReadonlyArray<readonly [string, string]> = [["n.txt", "5月8日，某省政府办公厅印发《关于加强某某工作的通知》。"]]
  const parsed = parseTexts(notice)
  const raw = new Map(notice.map(([n, t]) => [n, t]))
  const goldAs = (kind: "other" | "announcement"): Array<GoldDocument> => [
    { doc: "n.txt", year_hint: null, events: [{ ...mention("n", "印发《关于加强", "2020-05-08"), kind }] }
  ]

  it("predicts an announcement for a document issued", () => {
    expect(parsed.events.map((e) => e.kind)).toEqual(["announcement"])
  })

  it("counts a predicted announcement right where the set's gold has no announcement at all (six kinds)", () => {
    const r = scoreEvents(goldAs("other"), raw, parsed.events)
    expect(r.kind).toBe(1)
    // and --details does not list it as a wrong kind
    expect(r.details.map((d) => d.kindRight)).toEqual([true])
  })

  it("keeps announcement and other apart in a set whose gold uses announcement", () => {
    expect(scoreEvents(goldAs("announcement"), raw, parsed.events).kind).toBe(1)
    const mixed = [...goldAs("other"), { doc: "x.txt", year_hint: null, events: [{ ...mention("x", "某", "2020-01-01"), kind: "announcement" as const }] }]
    expect(scoreEvents(mixed, raw, parsed.events).kind).toBe(0)
  })
})
