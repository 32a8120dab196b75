import { describe, expect, it } from "vitest"
import { parseText } from "./helpers.ts"

// Made-up scraped pages: the lines a page sets above its lead, and which of them titles the article.
const titleOf = (lines: ReadonlyArray<string>) => parseText("page.txt", lines.join("\n")).mentions.map((m) => m.title)

const lead = "3月5日上午,某甲市委书记胡海涛到某乙县调研春耕生产,察看了农田水利设施建设情况。"

describe("a single article's headline among the lines above its lead", () => {
  it("passes over the site's name and a column's slogan for the line that says what the lead says", () => {
    expect(titleOf(["某甲新闻网", "传递正能量 服务新发展", "胡海涛到某乙县调研春耕生产", "时间:2031-03-06 09:30 来源:某甲日报", lead])).toEqual([
      "胡海涛到某乙县调研春耕生产"
    ])
  })

  it("keeps the headline over a slogan set under it", () => {
    expect(titleOf(["胡海涛到某乙县调研春耕生产", "抓紧抓实春耕 夯实丰收基础", "时间:2031-03-06 09:30", lead])).toEqual(["胡海涛到某乙县调研春耕生产"])
  })

  it("takes the first line when it is the only headline above the lead", () => {
    expect(titleOf(["胡海涛到某乙县调研春耕生产", lead])).toEqual(["胡海涛到某乙县调研春耕生产"])
  })
})
