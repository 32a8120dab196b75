import { describe, expect, it } from "vitest"
import { parseText } from "./helpers.ts"

// Made-up chronicle pages: how a page lays its entries out (marks, lines, headings), each test one layout.
const starts = (text: string, name = "page.txt") => parseText(name, text).mentions.map((m) => [m.date.start, m.date.end])

describe("chronicle entry layouts", () => {
  it("a day's date alone over items that open with their years (历史上的今天: 6月2日 / 【2001年】… / 【2004年】…) is an entry per item, in its year", () => {
    const page = ["6月2日", "【2001年】某市东风旅社被省政府表彰为先进单位。", "【2004年】某某标准由省质监局发布为地方标准。", "【2006年】省长胡海涛一行至某市考察。"]
    expect(starts(page.join("\n")).map(([s]) => s)).toEqual(["2001-06-02", "2004-06-02", "2006-06-02"])
  })
  it("a marked date on a line of its own (△12月8日(星期二)) opens an entry even after a line without its full stop", () => {
    const doc = [
      "△12月6日(星期日)",
      "市委召开征求意见座谈会,研究推动规划纲要编制工作。市委书记赵甲出席会议并讲话,市领导钱乙、孙丙出席会议",
      "△12月8日(星期二)",
      "副省长李丁到某市调研石化产业发展。"
    ].join("\n")
    expect(starts(doc).map(([s]) => String(s).slice(5))).toEqual(["12-06", "12-08"])
  })
  it("a chronicle kept as Markdown: headings (## 3月) and bold dates (**8日**)", () => {
    const doc = ["# 2031年大事记", "## 3月", "**3日** 某市市长钱乙到某县调研春耕生产。", "**8日** 某市召开常委会会议。", "## 4月", "- **2日** 某市举行植树活动。"].join("\n")
    expect(starts(doc, "page.md")).toEqual([["2031-03-03", null], ["2031-03-08", null], ["2031-04-02", null]])
  })
  it("a middle dot right before a month and day marks an entry, though its line has no full stop", () => {
    const doc = ["2030年某县大事记", "·1月6日,某县召开首届人民代表会议", "·1月28日,某县人民政府迁入新址办公,各部门同时开始受理业务", "·2月24日,某县召开防汛工作会议"].join("\n")
    expect(starts(doc)).toEqual([
      ["2030-01-06", null],
      ["2030-01-28", null],
      ["2030-02-24", null]
    ])
  })
  it("a Greek Δ standing for △ marks a same-day entry too, and leaves no mark in the title", () => {
    const doc = ["某市大事记2030年3月", "1日  某区成立揭牌。市领导甲乙出席。", "Δ  全省某工作电视电话会议召开,副市长丙丁到分会场讲话。", "Δ  晚,某年度颁奖晚会在市广电中心举行。"].join("\n")
    const ms = parseText("d.txt", doc).mentions
    expect(ms.map((m) => [m.date.start, m.title.startsWith("Δ")])).toEqual([
      ["2030-03-01", false],
      ["2030-03-01", false],
      ["2030-03-01", false]
    ])
  })
  it("a day on a line of its own under a month-and-year heading (M/YYYY) opens the entry below it", () => {
    const doc = ["4/2029", "3日", "某市纺织产业研讨会在某镇召开。市委书记周戊到会讲话。", "6-7日", "某市生态市建设通过省级考核。"].join("\n")
    expect(starts(doc)).toEqual([
      ["2029-04-03", null],
      ["2029-04-06", "2029-04-07"]
    ])
  })
  it("an entry dated by two days running (3、4日 …) is a range, not the entry numbered 3 on the 4th", () => {
    expect(starts(["2031年1月", "3、4日 县委召开全会。", "1、6日 县长甲乙到某乡调研。"].join("\n"))).toEqual([
      ["2031-01-03", "2031-01-04"],
      ["2031-01-06", null]
    ])
  })
  it("an entry's weekday in brackets after its date (3月2日(星期六),…) is no part of its title", () => {
    const ms = parseText("week.txt", "3月2日(星期六),县委书记周建华主持召开县委常委会议。").mentions
    expect(ms.map((m) => [m.date.start, m.title])).toEqual([["XXXX-03-02", "县委书记周建华主持召开县委常委会议"]])
    // nor are the brackets a date stood in (今日(7月19日)率团…)
    expect(parseText("today.txt", "某特区行政长官周建华今日(7月19日)率团抵达某市访问。").mentions.map((m) => m.title)).toEqual(["某特区行政长官周建华今日率团抵达某市访问"])
    // a clock's name before the date (当地时间) opens no clause: the title is what happened
    expect(parseText("abroad.txt", "某校新闻 2031年。当地时间6月21日上午,校党委书记周建华在某国会见某大学校长。").mentions.map((m) => m.title)).toEqual(["校党委书记周建华在某国会见某大学校长"])
  })

  it("a chronicle printed on one line: each date and each △ after a sentence's end opens an entry", () => {
    const line = "大事记 2031年 1月10日 区委召开全会。 1月19日 某区召开经济工作会议。区长甲乙作工作报告。 △ 区委、区政府印发《关于加强某某工作的意见》。 1月23日 某市考察团一行到区考察。"
    const ms = parseText("one-line.txt", line).mentions
    expect(ms.map((m) => m.date.start)).toEqual(["2031-01-10", "2031-01-19", "2031-01-19", "2031-01-23"])
    expect(ms[2]!.title).toContain("印发")
    // on a paper's page a ▲ after a sentence is a photo's caption inside the report
    const paper = ["本报讯(记者 甲乙)10月18日上午,全县干部群众收看大会开幕盛况。▲县委委员在县行政大楼集中收看开幕会。", "本报讯(记者 丙丁)10月16日,某县召开信访工作会议。"].join("\n")
    expect(starts(paper)).toEqual([
      ["XXXX-10-18", null],
      ["XXXX-10-16", null]
    ])
  })

  it("a part of the day set off from its text as the dates are (下午 某某出席…) is another entry of the day above", () => {
    const page = ["2031年", "1月14日上午  某某展示会在某市举行。", "下午   某某副主席出席某某论坛。", "晚上   某某主席出席某某顾问聘任仪式。", "1月24日上午  省政协全会开幕。"].join("\n")
    expect(starts(page)).toEqual([
      ["2031-01-14", null],
      ["2031-01-14", null],
      ["2031-01-14", null],
      ["2031-01-24", null]
    ])
    // 下午,… with a comma goes on with the entry above
    expect(starts(["2031年", "1月14日上午  某某展示会在某市举行。", "下午,与会代表参观了某园区。", "1月24日上午  省政协全会开幕。"].join("\n"))).toHaveLength(2)
  })
})
