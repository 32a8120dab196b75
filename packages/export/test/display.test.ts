import { describe, expect, it } from "vitest"
import { chinesePunctuation, displayOrganizations, roleFor } from "../src/display.ts"
import { sampleEvent } from "./fixtures.ts"

describe("what a report displays", () => {
  it("sets ASCII punctuation between Chinese characters full-width; numbers and Latin text keep theirs", () => {
    expect(chinesePunctuation("2月2日,省委召开会议: 研究部署工作;会议(扩大)强调")).toBe("2月2日，省委召开会议：研究部署工作；会议（扩大）强调")
    expect(chinesePunctuation("共1,000人,10:30开始(2020)")).toBe("共1,000人,10:30开始（2020）")
    expect(chinesePunctuation("see (a, b): ok")).toBe("see (a, b): ok")
    expect(chinesePunctuation("某会(第3次)召开")).toBe("某会（第3次）召开")
    expect(chinesePunctuation(")(")).toBe(")(")
  })
  it("drops job titles from the organisations; names roles by the kind", () => {
    const e = sampleEvent({ organizations: ["省委", "省委秘书长", "省卫健委", "省委"], people: [{ name: "王明", pinyin: "Wáng Míng", titles: ["省卫健委主任"], role: "lead" }] })
    expect(displayOrganizations(e)).toEqual(["省委", "省卫健委"])
    expect([roleFor("inspection", "lead"), roleFor("meeting", "lead"), roleFor("reception", "lead"), roleFor("inspection", "participant"), roleFor("meeting", "participant")]).toEqual(["带队", "主持", "会见", "陪同", "参加"])
  })
})
