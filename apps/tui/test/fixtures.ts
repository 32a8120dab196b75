import type { Event } from "@dashiji/core"

/** Made-up events (invented names and sentences) for the reducer's tests. */
let n = 0
export const ev = (start: string, over: Partial<Event> = {}): Event => {
  n++
  const id = `ev_${n.toString(16).padStart(12, "0")}`
  const year = /^\d{4}/.test(start) ? Number(start.slice(0, 4)) : null
  return {
    id,
    date: { start, end: null, precision: start.length === 10 ? "day" : "month", year: { value: year, source: year === null ? "none" : "text" } },
    title: `测试事件${n}：某某召开示例会议`,
    summary: "",
    text: `某日，某某召开示例会议，研究示例工作。这是第${n}个虚构的事件。`,
    kind: "meeting",
    people: [{ name: "甲乙丙", pinyin: "Jiǎ Yǐbǐng", titles: ["示例省省长"], role: "lead" }],
    places: [{ name: "示例市", level: "city" }],
    organizations: [],
    reporters: [],
    sources: [{ document: "made-up.txt", span: [n * 10, n * 10 + 8], format: "plain" }],
    merged: [],
    warnings: [],
    ...over
  }
}
