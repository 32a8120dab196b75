import { describe, expect, it } from "vitest"
import { Either, Schema } from "effect"
import { Event } from "../src/schema/event.ts"

const good = {
  id: "ev_5c1f0a9e2b7d",
  date: { start: "2020-12-03", end: "2020-12-04", precision: "day", year: { value: 2020, source: "officeholder" } },
  title: "王国生到南阳市调研",
  summary: "12月3日至4日,省委书记王国生到南阳市桐柏县调研",
  text: "12月3日至4日,省委书记王国生到南阳市桐柏县调研",
  kind: "inspection",
  people: [{ name: "王国生", pinyin: "Wáng Guóshēng", titles: ["省委书记"], role: "lead" }],
  places: [{ name: "南阳市", level: "city" }],
  organizations: ["博源集团"],
  reporters: [],
  sources: [{ document: "000.txt", span: [2210, 2398], format: "plain" }],
  merged: [{ document: "000.txt", span: [2399, 2460], method: "containment", score: 0.97 }],
  warnings: ["year-inferred"]
}

const decode = Schema.decodeUnknownEither(Event)

describe("Event schema", () => {
  it("decodes and re-encodes the contract example unchanged", () => {
    const r = decode(good)
    expect(Either.isRight(r)).toBe(true)
    if (Either.isRight(r)) expect(Schema.encodeSync(Event)(r.right)).toEqual(good)
  })
  it("accepts an unknown year written as XXXX with a null year value", () => {
    const r = decode({ ...good, date: { start: "XXXX-12-03", end: null, precision: "day", year: { value: null, source: "none" } } })
    expect(Either.isRight(r)).toBe(true)
  })
  const bad: Array<[string, unknown]> = [
    ["end before start", { ...good, date: { ...good.date, start: "2020-12-05" } }],
    ["unknown kind", { ...good, kind: "party" }],
    ["unknown role", { ...good, people: [{ name: "王国生", pinyin: "Wáng Guóshēng", titles: [], role: "boss" }] }],
    ["bad id", { ...good, id: "event-1" }],
    ["no sources", { ...good, sources: [] }],
    ["reversed span", { ...good, sources: [{ document: "a", span: [5, 2], format: "plain" }] }],
    ["score above 1", { ...good, merged: [{ ...good.merged[0], score: 1.5 }] }],
    ["bad date", { ...good, date: { ...good.date, start: "2020-13-01" } }],
    ["year value disagrees with XXXX", { ...good, date: { start: "XXXX-12-03", end: null, precision: "day", year: { value: 2020, source: "text" } } }],
    ["unknown year source", { ...good, date: { ...good.date, year: { value: 2020, source: "guess" } } }],
    ["missing field", (({ reporters: _r, ...rest }) => rest)(good)]
  ]
  for (const [name, record] of bad) {
    it(`rejects a record with ${name}`, () => {
      expect(Either.isLeft(decode(record))).toBe(true)
    })
  }
})
