import type { Event } from "@dashiji/core"

/** Made-up examples for the document (a test decodes each with its schema, so they cannot drift). */

export const exampleEvent: Event = {
  id: "ev_0a1b2c3d4e5f",
  date: { start: "2020-02-03", end: null, precision: "day", year: { value: 2020, source: "header" } },
  title: "省委召开常委会议研究春耕生产",
  summary: "2月3日,省委召开常委会议,研究部署春耕生产工作。",
  text: "2月3日,省委召开常委会议,研究部署春耕生产工作。省委书记李明主持会议。",
  kind: "meeting",
  people: [{ name: "李明", pinyin: "Lǐ Míng", titles: ["省委书记"], role: "lead" }],
  places: [{ name: "郑州市", level: "city" }],
  organizations: ["省委"],
  reporters: [],
  sources: [{ document: "2020-02.txt", span: [120, 168], format: "chronicle" }],
  merged: [{ document: "2020-02-b.txt", span: [40, 90], method: "near", score: 0.91 }],
  warnings: []
}

export const examples = {
  health: { status: "ok", events: 1234 },
  page: { items: [{ id: exampleEvent.id, date: exampleEvent.date, title: exampleEvent.title, kind: exampleEvent.kind, lead: "李明", places: ["郑州市"], sourceCount: 1 }], nextCursor: "MjAyMC0wMi0wM3xldl8wYTFiMmMzZDRlNWY" },
  people: { items: [{ name: "李明", pinyin: "Lǐ Míng", count: 12, titles: ["省委书记"] }] },
  person: { name: "李明", pinyin: "Lǐ Míng", titles: ["省委书记"], count: 1, events: [exampleEvent] },
  places: { items: [{ name: "郑州市", level: "city", count: 15 }] },
  months: { items: [{ month: "2020-02", count: 116 }] },
  ingested: { name: "2020-02.txt", status: "ingested", mentions: 1, created: ["ev_0a1b2c3d4e5f"], merged: [] },
  skipped: { name: "2020-02.txt", status: "skipped", mentions: 0, created: [], merged: [] },
  markdown: "# 2020年2月 大事记\n\n## 2月3日\n\n### 省委召开常委会议研究春耕生产\n",
  csv: "id,start,end,precision,year_source,kind,title\r\nev_0a1b2c3d4e5f,2020-02-03,,day,header,meeting,省委召开常委会议研究春耕生产\r\n",
  jsonl: `${JSON.stringify(exampleEvent)}\n`
} as const

export const errorExample = (error: string, message: string) => ({ error, message })
