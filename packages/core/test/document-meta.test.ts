import { describe, expect, it } from "vitest"
import { htmlMetadata, mergeMeta, normalizePublished } from "../src/index.ts"

describe("publication dates as people write them", () => {
  it("normalises ISO, timestamps, slashes, Chinese and RFC 822 dates to YYYY-MM-DD", () => {
    expect(normalizePublished("2020-07-08")).toBe("2020-07-08")
    expect(normalizePublished("2020-7-8T23:30:00+08:00")).toBe("2020-07-08")
    expect(normalizePublished("2020/07/08 10:00")).toBe("2020-07-08")
    expect(normalizePublished("2020年7月8日 10:00")).toBe("2020-07-08")
    expect(normalizePublished("Wed, 08 Jul 2020 10:00:00 +0800")).toBe("2020-07-08")
  })
  it("refuses days that do not exist and text that is no date", () => {
    expect(normalizePublished("2021-02-29")).toBeNull()
    expect(normalizePublished("2020-13-01")).toBeNull()
    expect(normalizePublished("昨天")).toBeNull()
  })
})

describe("a page's own metadata", () => {
  it("reads title, site, publication time and canonical link, attributes in any order and quoting", () => {
    const page = `<html><head><TITLE>某市召开会议 &amp; 部署工作</TITLE>
<meta content='某市人民政府' property=og:site_name>
<meta name="PubDate" content="2024-05-06 08:00">
<link href="https://example.org/a.html" rel="canonical"/></head><body>正文</body></html>`
    expect(htmlMetadata(page)).toEqual({ title: "某市召开会议 & 部署工作", publisher: "某市人民政府", published: "2024-05-06", url: "https://example.org/a.html" })
  })
  it("og:title over <title>; a relative canonical link and an impossible date are left out", () => {
    const page = `<head><title>站点标题</title><meta property="og:title" content="文章标题"><meta property="article:published_time" content="2023-02-30"><link rel="canonical" href="/a.html"></head>`
    expect(htmlMetadata(page)).toEqual({ title: "文章标题" })
  })
  it("nothing from text without markup, and <metadata> is no <meta>", () => {
    expect(htmlMetadata("3月2日，某市召开会议。")).toEqual({})
    expect(htmlMetadata(`<metadata property="og:title" content="不是">`)).toEqual({})
  })
  it("given metadata wins field by field; empty strings say nothing", () => {
    expect(mergeMeta({ title: "页面标题", publisher: "某网" }, { title: "给定标题", publisher: " " })).toEqual({ title: "给定标题", publisher: "某网" })
  })
})
