import { describe, expect, it } from "vitest"
import { cleanDocument, rawSpan } from "../src/clean/index.ts"
import { lowered } from "../src/clean/spam.ts"
import { toPlainText } from "../src/clean/html.ts"
import { normalizeChar } from "../src/clean/normalize.ts"

const k = { spamWords: ["足球网", "亚洲体育", "在线官网", "bet36", "赌博", "娱乐城"] }

/** Every clean character must come from the raw character the map points at (modulo normalisation). */
const expectFaithful = (raw: string) => {
  const c = cleanDocument(raw, k)
  for (let i = 0; i < c.text.length; i++) {
    const ch = c.text[i]!
    if (ch === "\n" || ch === " ") continue
    const at = c.map[i]!
    expect(at).toBeGreaterThanOrEqual(0)
    expect(at).toBeLessThan(raw.length)
    const src = raw[at]!
    if (src !== ch && src !== "&") expect(src.normalize("NFKC")).toBe(ch.normalize("NFKC"))
  }
  return c
}

describe("cleanDocument", () => {
  it("turns HTML into paragraphs: tags out, blocks as breaks, entities decoded, script dropped", () => {
    const raw = "<div><span style='x'>　　3月5日，湖北省委召开会议&nbsp;研究部署工作。</span></div><script>var a='<div>3月9日</div>'</script><p>会议强调&amp;要求。</p>"
    const c = expectFaithful(raw)
    expect(c.text).toBe("3月5日，湖北省委召开会议 研究部署工作。\n会议强调&要求。")
    expect(c.html).toBe(true)
    const [s, e] = rawSpan(c, 0, 4)
    expect(raw.slice(s, e)).toBe("3月5日")
  })
  it("drops web chrome but keeps the publication date", () => {
    const raw = "2023年05月01日\n|\n您当前所在位置: 某省党史网 > 大事记\n2022年3月\n来源:省委党史研究室时间:2022-06-08分享:\n3月1日,省委召开会议。\n责任编辑:张三"
    const c = expectFaithful(raw)
    expect(c.text).toBe("2022年3月\n3月1日,省委召开会议。")
    expect(c.published).toEqual({ year: 2022, month: 6, day: 8 })
    expect(c.stamp).toEqual({ year: 2023, month: 5, day: 1 })
    // 发表时间 labels the publication as 发布时间 does
    const posted = expectFaithful("发表时间:2031-03-22 16:45:27 来源:某旗融媒体中心\n1月16日 某某一行来某旗视察。")
    expect(posted.text).toBe("1月16日 某某一行来某旗视察。")
    expect(posted.published).toEqual({ year: 2031, month: 3, day: 22 })
    // a book of record as the source (a repost of old entries): the line is chrome and dates nothing
    const reposted = expectFaithful("发表时间:2031-03-22 16:45:27 来源:《某旗志>>大事记》\n1月16日 某某一行来某旗视察。")
    expect(reposted.text).toBe("1月16日 某某一行来某旗视察。")
    expect(reposted.published).toBeNull()
  })
  it("drops a forum's counters (查看: 1208|回复: 6)", () => {
    expect(expectFaithful("某县大事记\n查看: 1208|回复: 6\n5月16日 县委召开常委会议。").text).toBe("某县大事记\n5月16日 县委召开常委会议。")
  })
  it("drops a site's greeting banner (欢迎来到某某网!), so a report's lead is its first sentence of news", () => {
    const c = expectFaithful("某某网\n欢迎来到某某法治网!\n4月8日,自治区主席胡海涛在某市会见代表团一行。")
    expect(c.text).toBe("某某网\n4月8日,自治区主席胡海涛在某市会见代表团一行。")
    // a sentence of news that opens with the same words stays
    const news = "欢迎来到某市的代表团一行参观了某园区,并与企业座谈。"
    expect(expectFaithful(news).text).toBe(news)
  })
  it("reads a page date set as a list item (- 2031年04月16日, a page saved as Markdown) as the page's stamp", () => {
    const c = expectFaithful("某市人代会昨开幕\n- 2031年04月16日\n来源:某某晚报\n本报某市4月15日讯 15日上午,某市第十六届人民代表大会第一次会议开幕。")
    expect(c.stamp).toEqual({ year: 2031, month: 4, day: 16 })
    expect(c.text.includes("2031年04月16日")).toBe(false)
  })
  it("reads a labelled time with slashes and the year last (时间:12/28/2031 09:22:10) month first, and a site's address with its date and time in a bar-separated line", () => {
    const a = expectFaithful("某市全会召开\n某某网  时间:12/28/2031 09:22:10   来源:某某新闻网\n25日至26日,某市委全会召开。")
    expect(a.published).toEqual({ year: 2031, month: 12, day: 28 })
    expect(a.text).toBe("某市全会召开\n25日至26日,某市委全会召开。")
    const b = expectFaithful("某某书记出席大会\nwww.example.net | 2031-10-01 22:10:25  某某 | 0条评论 | 查看/发表评论\n北京时间9月29日,某区召开表彰大会。")
    expect(b.published).toEqual({ year: 2031, month: 10, day: 1 })
  })
  it("reads a dotted stamp with the year last (05.03.2031  13:50) day first, as the CMSs that write it do", () => {
    const c = expectFaithful("某某委员听取情况通报\n05.03.2031  13:50\n3月4日上午,某某委员听取了情况通报。")
    expect(c.text).toBe("某某委员听取情况通报\n3月4日上午,某某委员听取了情况通报。")
    expect(c.stamp).toEqual({ year: 2031, month: 3, day: 5 })
    // without its time of day it may be a version or a score: text
    expect(expectFaithful("某某委员听取情况通报\n05.03.2031\n3月4日上午,某某委员听取了情况通报。").stamp).toBeNull()
  })
  it("reads a view counter's line (人气: 发布时间:…) as chrome with the publication date", () => {
    const c = expectFaithful("某市召开会议\n人气:    发布时间:2031/2/26\n2月24日,市委召开会议。")
    expect(c.text).toBe("某市召开会议\n2月24日,市委召开会议。")
    expect(c.published).toEqual({ year: 2031, month: 2, day: 26 })
  })
  it("reads a source line whose date and source are set off by bullets as chrome with the publication date", () => {
    const c = expectFaithful(["某会年会举行", "• 2031-08-01 • 来源:某某网", "某某网7月31日电 某会会长甲乙出席年会。"].join("\n"))
    expect(c.text).toBe("某会年会举行\n某某网7月31日电 某会会长甲乙出席年会。")
    expect(c.published).toEqual({ year: 2031, month: 8, day: 1 })
  })
  it("takes the date that opens a source line cut by bars (2031-08-25 09:09 | 来源:… | 编辑:…) as the publication date", () => {
    const c = expectFaithful(["某某访港", "2031-08-25 09:09:37 | 来源:某某日报 | 编辑:某某 | 责编:某某", "8月24日,某省长率团访问某地。"].join("\n"))
    expect(c.text).toBe("某某访港\n8月24日,某省长率团访问某地。")
    expect(c.published).toEqual({ year: 2031, month: 8, day: 25 })
    // the labels in brackets after the date and time ([稿源:…] [作者:] [编辑:…])
    const bracketed = expectFaithful(["某某考察团来某省", "2031-08-14 20:29:04 [稿源:某某卫视] [作者:] [编辑:某某]", "12号到14号,某某考察团来某省开展交流考察活动。"].join("\n"))
    expect(bracketed.text.split("\n")).toEqual(["某某考察团来某省", "12号到14号,某某考察团来某省开展交流考察活动。"])
    expect(bracketed.published).toEqual({ year: 2031, month: 8, day: 14 })
  })
  it("drops a toolbar of bracketed labels and a site's two-level breadcrumb, which would become titles", () => {
    const c = expectFaithful(["某某网>>领导活动", "【打印】 【关闭】 【 】", "某书记看望新闻工作者", "3月9日,某书记看望参加报道的新闻工作者。"].join("\n"))
    expect(c.text).toBe("某书记看望新闻工作者\n3月9日,某书记看望参加报道的新闻工作者。")
  })
  it("drops a site's skip links and its font-size bar, so the headline and lead come first", () => {
    const raw = ["按此,跳至主要内容。", "字型大小", "预设字体大小 较大的字体 最大的字体 订阅RSS 网页指南", "某长官会晤某省省长", "某长官今日会晤某省省长甲乙。"].join("\n")
    expect(expectFaithful(raw).text).toBe("某长官会晤某省省长\n某长官今日会晤某省省长甲乙。")
  })
  it("drops navigation bars, unlabelled source lines, editor credits and newspaper mastheads", () => {
    const raw = [
      "首页 | 政务 | 新闻",
      "某省人民政府门户网站 > 政务公开 > 大事记",
      "2020-06-15 08:02　来源： 某某日报　【字体：大 中 小】　打印",
      "6月14日,省委书记某某在某市调研。",
      "【我要纠错】 责任编辑：王洋"
    ].join("\n")
    const c = expectFaithful(raw)
    expect(c.text.replace(/\s+/g, "")).toBe("6月14日,省委书记某某在某市调研。")
    expect(c.published).toEqual({ year: 2020, month: 6, day: 15 })
    const paper = expectFaithful("某某日报 2019年5月21日 第1版\n5月20日,市委书记某某到某区调研。")
    expect(paper.text).toBe("5月20日,市委书记某某到某区调研。")
    expect(paper.published).toEqual({ year: 2019, month: 5, day: 21 })
    // the credit a reprinted article closes with: the paper, the day and the page
    const credit = expectFaithful("5月20日,市委书记某某到某区调研。\n　　《 某某日报 》（ 2019年05月21日 04 版）")
    expect(credit.text.trim()).toBe("5月20日,市委书记某某到某区调研。")
  })
  it("removes injected gambling spam with the general detector and records where", () => {
    const raw = "会议深入学习贯彻777娱乐城_bet36亚洲体育¥在线官网总书记重要讲话精神。严厉打击赌博违法犯罪。"
    const c = expectFaithful(raw)
    expect(c.text).toBe("会议深入学习贯彻总书记重要讲话精神。严厉打击赌博违法犯罪。")
    expect(c.spam).toHaveLength(1)
    expect(c.spam[0]!.removed).toContain("bet36")
  })
  it("drops the server-side code a template keeps (JSP/ASP <%@ … %>, <% … %>, PHP <?php … ?>), even where it holds >", () => {
    const raw = '<%@ Page Language="C#" CodeFile="news.aspx.cs" %>\n<% if (count > 0) { %><div><p>3月5日,县委召开全会。</p></div><?php echo $a->b; ?><p>会议由县长主持。</p><% } %>'
    const c = expectFaithful(raw)
    expect(c.text).toBe("3月5日,县委召开全会。\n会议由县长主持。")
  })
  it("removes a forum's anti-copy jammer (tokens of one or two ASCII characters), even the one glued to a date, without calling it spam", () => {
    const raw = "某县大事记 k7 R. x; D2 m+ P% t* z-\n8 y4 c2 L6 u9 Q: W3月5日,县委召开全会。会议于6日结束。2 H% j; p! N' a) r$ f"
    const c = expectFaithful(raw)
    expect(c.text).toBe("某县大事记\n3月5日,县委召开全会。会议于6日结束。")
    expect(c.spam).toHaveLength(0)
    // initials, numbers and short English words in a line are no jammer
    expect(expectFaithful("A B C D E F 六名代表").text).toBe("A B C D E F 六名代表")
    expect(expectFaithful("得分 12 15 9 10 8 7").text).toBe("得分 12 15 9 10 8 7")
  })
  it("repairs newspaper lines broken mid-word but keeps headlines, datelines and bylines apart", () => {
    const raw = "某区召开工作会议 部署下一步工作\n\n本报讯 6月2日,某区召开全区干部会议。会议指出,要加强组织领导,全力以赴推动各项工作落实,确保详\n\n细措施落地见效。\n记者 王五 通讯员 赵六\n\n另一条新闻标题\n\n本报讯 6月3日,某街道举办活动。"
    const c = expectFaithful(raw)
    const lines = c.text.split("\n")
    expect(lines).toContain("某区召开工作会议 部署下一步工作")
    expect(lines.some((l) => l.includes("确保详细措施落地见效。"))).toBe(true)
    expect(lines).toContain("记者 王五 通讯员 赵六")
    expect(lines).toContain("另一条新闻标题")
  })
  it("joins no line to one that ends in an address, nor an entry that opens with a range of days", () => {
    const c = expectFaithful("2月\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=d2&A=18\n\n1~2日 市长周建华会见某国代表团一行。\n2日 全市某会议召开。")
    expect(c.text.split("\n")).toEqual(["2月", "Original URL: http://lib.example.cn/bin/mse.exe?K=d2&A=18", "1~2日 市长周建华会见某国代表团一行。", "2日 全市某会议召开。"])
    expect(expectFaithful("某某工作会议在某市召开会议强调要加强组织领导并部署\n\n3—4日 某市召开某会议。").text.split("\n")).toHaveLength(2)
  })
  it("starts a paragraph at a full-width indent after a sentence's end, in text saved without its line breaks", () => {
    const c = expectFaithful("　　本报讯 3月2日，市长甲乙到某县调研。　　3月3日，市委召开常委会议。 　　会议强调，要抓好落实。")
    expect(c.text.split("\n")).toEqual(["本报讯 3月2日，市长甲乙到某县调研。", "3月3日，市委召开常委会议。", "会议强调，要抓好落实。"])
    // an indent inside a sentence (a name set off by spaces) is no paragraph's start
    expect(expectFaithful("县长　　甲乙出席会议。").text.split("\n")).toHaveLength(1)
  })
  it("normalises full-width digits and all kinds of spaces", () => {
    const c = expectFaithful("２月２４日,\u00a0\u3000全省会议召开。")
    expect(c.text).toBe("2月24日, 全省会议召开。")
  })
})

describe("spam: lower-casing only what has case", () => {
  it("lowers every code unit exactly as toLowerCase does, alone and among Chinese text", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = `省委${String.fromCharCode(c)}书记`
      expect(lowered(s), c.toString(16)).toBe(s.toLowerCase())
    }
    expect(lowered("BET365官网𐐀")).toBe("bet365官网𐐨")
  })
})

describe("plain text: runs of unchanged characters", () => {
  it("stop at every character that is normalised, so none passes through unchanged by mistake", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCharCode(c)
      // line ends and entity starts have their own handling
      if (ch === "\r" || ch === "\n" || ch === "&") continue
      expect(toPlainText(`中${ch}文`, false).text, c.toString(16)).toBe(`中${normalizeChar(ch)}文`)
    }
  })
})
