import type { Event } from "@dashiji/core"

export const sampleEvent = (over: Partial<Event> = {}): Event => ({
  id: "ev_aaaaaaaaaaaa",
  date: { start: "2020-02-18", end: null, precision: "day", year: { value: 2020, source: "header" } },
  title: "王国生主持召开党建工作座谈会",
  summary: "2月18日,省委书记王国生主持召开党建工作座谈会。",
  text: "2月18日,省委书记王国生主持召开党建工作座谈会。",
  kind: "meeting",
  people: [{ name: "王国生", pinyin: "Wáng Guóshēng", titles: ["省委书记"], role: "lead" }],
  places: [{ name: "郑州市", level: "city" }],
  organizations: [],
  reporters: [],
  sources: [
    { document: "a.txt", span: [10, 40], format: "chronicle" },
    { document: "b.txt", span: [0, 30], format: "plain" }
  ],
  merged: [{ document: "b.txt", span: [0, 30], method: "near", score: 0.8 }],
  warnings: [],
  ...over
})
