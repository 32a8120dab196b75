import { describe, expect, it } from "vitest"
import type { MappedText } from "../src/clean/builder.ts"
import { toPlainText } from "../src/clean/html.ts"
import { rawSpan } from "../src/clean/index.ts"
import { detectContainer, unwrapToPlainText } from "../src/clean/unwrap/index.ts"
import { parseText } from "./helpers.ts"
import { expectExactMap } from "./unwrap-map.ts"

const plain = (raw: string) => unwrapToPlainText(raw).plain
/** The non-blank lines, trimmed (blocks leave blank lines that the cleaning step drops). */
const lines = (m: MappedText): Array<string> =>
  m.text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)


const rawOf = (raw: string, m: MappedText, needle: string): string => {
  const at = m.text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  const [s, e] = rawSpan(m, at, at + needle.length)
  return raw.slice(s, e)
}

describe("JSON records and responses", () => {
  const raw =
    '{"id":7,"author":"\\u5f20\\u67d0","title":"\\u67d0\\u53bf\\u53ec\\u5f00\\u201c\\u6625\\u8015\\u201d\\u4f1a\\u8bae",' +
    '"content":"<p>3\\u67088\\u65e5\\uff0c\\u53bf\\u59d4\\u4e66\\u8bb0\\u4e3b\\u6301\\u4f1a\\u8bae\\u3002<\\/p>\\r\\n<p>\\u4f1a\\u8bae\\u5f3a\\u8c03\\uff1a\\"\\u5b89\\u5168\\u7b2c\\u4e00\\"\\u3002<\\/p>",' +
    '"url":"http:\\/\\/www.example.com\\/a\\/1.html","tags":["\\u519c\\u4e1a"],"releaseDate":"2021-03-09","rank":0.5,"ok":true,"none":null}'
  it("is recognised by its shape", () => {
    expect(detectContainer(raw)).toBe("json")
    expect(detectContainer('[{"a":"b"}]')).toBe("json")
    expect(detectContainer('var data = {"title":"某县召开会议"};')).toBe("json")
    expect(detectContainer("{ 这不是 JSON }")).toBeNull()
  })
  it("gives its values, unescaped, one a line; keys, numbers, ids and URLs are left out", () => {
    const m = plain(raw)
    expect(lines(m)).toEqual(["张某", "某县召开“春耕”会议", "3月8日，县委书记主持会议。", '会议强调："安全第一"。', "农业", "2021-03-09"])
    expectExactMap(raw, m)
    // a character that came from an escape points at the escape
    expect(raw.slice(m.map[m.text.indexOf("春耕")]!)).toMatch(/^\\u6625\\u8015/)
  })
  it("reads literal Chinese, \\t, \\/, surrogate pairs and escaped quotes in the values", () => {
    const j = '[{"t":"第一段\\n第二段\\t完","u":"路径a\\/b","v":"古字\\ud840\\udc00碑","w":"他说\\"好\\""}]'
    const m = plain(j)
    // a tab is a space to the extractors
    expect(lines(m)).toEqual(["第一段", "第二段 完", "路径a/b", "古字\u{20000}碑", '他说"好"'])
    expectExactMap(j, m)
    const at = m.text.indexOf("\u{20000}")
    expect(j.slice(m.map[at]!, m.map[at]! + 12)).toBe("\\ud840\\udc00")
  })
  it("reads a record cut short, and a JSON document held in a string", () => {
    const cut = '{"list":[{"title":"某区召开会议","content":"<h1>标题</h1><p>5月6日,区长主持召开常务会'
    expect(lines(plain(cut))).toEqual(["某区召开会议", "标题", "5月6日,区长主持召开常务会"])
    const nested = '{"code":0,"data":"{\\"title\\":\\"某镇开展义诊\\",\\"body\\":\\"6月1日,义诊活动举行。\\"}"}'
    const m = plain(nested)
    expect(lines(m)).toEqual(["某镇开展义诊", "6月1日,义诊活动举行。"])
    expectExactMap(nested, m)
  })
})

describe("SQL dumps", () => {
  const raw = [
    "SET NAMES utf8;",
    "-- 新闻表",
    "CREATE TABLE news(id int, title text, body text);",
    "INSERT INTO `news` (`id`,`title`,`body`) VALUES (1,'某县召开\\'两会\\'筹备会','<p>1月5日,县委召开会议。</p>\\r\\n<p>会议要求做好筹备。</p>'),",
    "(2,'某镇''春风行动''启动','2月3日,活动在镇广场启动。\\n共发放资料500份。');",
    "INSERT INTO news VALUES (3,'路径C:\\\\data','2022-05-06');",
    "DROP TABLE tmp;"
  ].join("\n")
  it("is recognised by its INSERT … VALUES statements", () => {
    expect(detectContainer(raw)).toBe("sql")
  })
  it("gives the string literals of every row: \\' and '' quotes, \\r\\n and \\n breaks, \\\\ backslashes", () => {
    const m = plain(raw)
    expect(lines(m)).toEqual([
      "某县召开'两会'筹备会",
      "1月5日,县委召开会议。",
      "会议要求做好筹备。",
      "某镇'春风行动'启动",
      // the rows hold HTML, so a line break is white space, and none between Chinese characters
      "2月3日,活动在镇广场启动。共发放资料500份。",
      "路径C:\\data",
      "2022-05-06"
    ])
    expectExactMap(raw, m)
    expect(rawOf(raw, m, "春风行动")).toBe("春风行动")
    // nothing outside the rows
    expect(m.text).not.toContain("新闻表")
  })
  it("reads the rows of an INSERT whose statement was cut off (a row copied alone), and no text that merely opens with a bracket", () => {
    const row = "('7','某县召开春耕生产会议','平台公告','<p>某县召开春耕生产会议</p>\\r\\n<p>　　本报讯 3月5日上午,县委召开会议。</p>','1425139200'),\n('8','某镇举办招聘会','<p>3月6日,某镇举办招聘会。</p>');"
    expect(detectContainer(row)).toBe("sql")
    const m = plain(row)
    expect(lines(m)).toContain("本报讯 3月5日上午,县委召开会议。")
    expect(lines(m)).toContain("3月6日,某镇举办招聘会。")
    expect(m.text).not.toContain("\\r\\n")
    expectExactMap(row, m)
    expect(detectContainer("(记者 孙甲)3月5日,某县召开会议。")).toBe(null)
  })
})

describe("a program's source holding news in its string literals", () => {
  const raw = [
    "/**",
    " * 某某专题 内容数据。",
    " */",
    "export interface Entry {",
    "  id: string",
    "  caption?: string",
    "}",
    "",
    "const leaders: Array<Entry> = [",
    "  { id: 'a-01', caption: '2031年11月15日，某某委员长胡海涛到某某枢纽工程现场调研。' },",
    "  // 备用条目",
    "  { id: 'a-02', caption: \"2031年1月10日，某集团董事长李静进工地宣讲，慰问工程建设者。\" },",
    "  { id: 'a-03', caption: `2031年3月28日，某市发改委副主任赵明亮带队调研某枢纽工程建设。\\n` },",
    "]",
    "",
    "export default leaders"
  ].join("\n")
  it("is recognised by its lines of code", () => {
    expect(detectContainer(raw)).toBe("source")
  })
  it("reads the literals of a line of code commented out, not a comment's own words", () => {
    const java = [
      "public class NewsTest {",
      "  public static void testNewFile(Model m) {",
      '    String text = ""',
      '        + "2031年2月5日，某某文件正式对外发布。"',
      '//      + "1月17日，某省省长甲乙在省人大会议上作政府工作报告。"',
      "        // 以下为备用语料，勿删",
      "        ;",
      "    m.classify(text);",
      "  }",
      "}"
    ].join("\n")
    expect(detectContainer(java)).toBe("source")
    expect(lines(plain(java))).toEqual(["2031年2月5日，某某文件正式对外发布。", "1月17日，某省省长甲乙在省人大会议上作政府工作报告。"])
    expectExactMap(java, plain(java))
  })
  it("keeps a record's own date field, the year its lead's month and day are read in", () => {
    const records = [
      "interface Item {",
      "  time: string;",
      "  title: string;",
      "}",
      "const items: Item[] = [",
      "  {",
      '    time: "2031-04-28",',
      '    title: "某某在京走访某部委",',
      '    content: "4月27日，市委书记甲乙在北京走访某部委并召开工作座谈会。",',
      "  },",
      "  {",
      '    time: "2032-01-02 09:30",',
      '    title: "某市长会见某国大使",',
      '    content: "12月30日，市长丙丁会见某国驻华大使一行。",',
      "  },",
      "  {",
      '    time: "2032-01-05",',
      '    title: "某市召开某某工作会议",',
      '    content: "1月4日，某市召开某某工作会议，市长丙丁出席。",',
      "  },",
      "];",
      "export default items;"
    ].join("\n")
    expect(lines(plain(records))[0]).toBe("2031-04-28")
    const events = parseText("records.ts", records).mentions.map((m) => [m.date.start, m.date.year.source])
    // the date field is when the record was published: no event of its own, and a December lead on a
    // January record is the year before
    expect(events).toEqual([
      ["2031-04-27", "header"],
      ["2031-12-30", "header"],
      ["2032-01-04", "header"]
    ])
  })
  it("gives the literals that hold Chinese, one a line; code, ids and comments are left out, the map is exact", () => {
    const m = plain(raw)
    expect(lines(m)).toEqual([
      "2031年11月15日，某某委员长胡海涛到某某枢纽工程现场调研。",
      "2031年1月10日，某集团董事长李静进工地宣讲，慰问工程建设者。",
      "2031年3月28日，某市发改委副主任赵明亮带队调研某枢纽工程建设。"
    ])
    expectExactMap(raw, m)
    expect(rawOf(raw, m, "李静进工地")).toBe("李静进工地")
  })
  it("leaves a page of Chinese prose alone, though some of its lines end as code does and it quotes in ASCII", () => {
    const page = [
      '3月5日,某县召开会议,部署"数字政府"建设;',
      "会议强调,要抓好落实,",
      '会议要求,各单位要以"一网通办"为抓手。',
      "县委书记赵甲主持会议并讲话。",
      '县长钱乙就"放管服"改革作具体部署,',
      "要求各乡镇、各部门主要负责同志亲自抓。",
      "会议还通报了2030年全县营商环境评价情况。",
      "县领导孙丙、李丁出席会议。",
      "各乡镇、县直各部门主要负责人参加会议。"
    ].join("\n")
    expect(detectContainer(page)).toBe(null)
  })
})

describe("escaped strings in Chinese text", () => {
  it("unescapes \\n, \\r\\n, \\t and \\\" between Chinese sentences, and keeps other backslashes", () => {
    const raw = '"4月1日,某市召开全市安全生产会议。\\n会议指出,要压实责任。\\r\\n市长作了讲话,强调\\"三个到位\\"。路径 C:\\data 除外"'
    expect(detectContainer(raw)).toBe("escaped")
    const m = plain(raw)
    expect(m.text).toBe('"4月1日,某市召开全市安全生产会议。\n会议指出,要压实责任。\n市长作了讲话,强调"三个到位"。路径 C:\\data 除外"')
    expectExactMap(raw, m)
  })
  it("leaves a page's scripts alone: their escapes are the program's", () => {
    const script = '<script>var t = "\\u901a\\u77e5"; document.write("<script src=\\"a.js\\"><\\/script>");</script>'
    const page = `<html><body>${script}<p>5月2日,某县召开会议。</p><p>会议要求落实责任。</p></body></html>`
    expect(detectContainer(page)).toBeNull()
    expect(lines(plain(page))).toEqual(["5月2日,某县召开会议。", "会议要求落实责任。"])
    // a page dumped as a string literal: its text is unescaped, its script kept as written and dropped
    const dumped = `<div>${script}<p>5月2日,某县召开会议。\\n会议要求\\"落实\\"责任。<\\/p>\\n<p>散会。<\\/p></div>`
    expect(detectContainer(dumped)).toBe("escaped")
    const m = plain(dumped)
    expect(lines(m)).toEqual(['5月2日,某县召开会议。会议要求"落实"责任。', "散会。"])
    expectExactMap(dumped, m)
  })
  it("reads the scripts of a page built by them (a Vue component) when they hold more Chinese than the page shows", () => {
    const page = [
      "<template>",
      '  <el-table :data="rows"><el-table-column label="标题" prop="title" /></el-table>',
      "</template>",
      '<script setup lang="ts">',
      "const rows = [",
      '  { time: "2031-04-28", title: "某市长会见客人", content: "4月27日，市委书记胡海涛在某市走访某部门并召开工作座谈会。" },',
      '  { time: "2031-04-30", content: "4月28日，市长李静会见了来某市参加展会的某国大使一行。" }',
      "]",
      "</script>"
    ].join("\n")
    const m = plain(page)
    expect(lines(m)).toEqual(["2031-04-28", "某市长会见客人", "4月27日，市委书记胡海涛在某市走访某部门并召开工作座谈会。", "2031-04-30", "4月28日，市长李静会见了来某市参加展会的某国大使一行。"])
    expectExactMap(page, m)
  })
  it("reads a page's scripts whose Chinese is all written as \\u escapes", () => {
    const text = "4月27日，市委书记胡海涛在某市走访某部门并召开工作座谈会，研究部署某某工作，要求各级各部门抓好落实。"
    const escaped = [...text].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0).toString(16)}` : c)).join("")
    const page = `<div id="app"></div><script>window.__DATA__ = { content: "${escaped}" }</script>`
    expect(lines(plain(page))).toEqual([text])
  })
  it("reads HTML values whose Chinese is written as numeric references", () => {
    const raw = '{"title":"&#26576;&#21439;&#21484;&#24320;&#20250;&#35758;","id":"a1b2"}'
    expect(lines(plain(raw))).toEqual(["某县召开会议"])
  })
  it("leaves text with a stray backslash alone", () => {
    expect(detectContainer("某县召开会议,文件存于 D:\\new 目录。")).toBeNull()
  })
})

describe("HTML", () => {
  it("decodes named references from the full table, decimal and hex references", () => {
    const raw = "<p>面积2万m&sup2;&rarr;扩大&ldquo;试点&rdquo;&nbsp;范围&#20013;&#x6587;&hellip;&middot;&NBSP;&copy 2021</p><p>x</p>"
    const m = plain(raw)
    expect(lines(m)).toEqual(["面积2万m²→扩大“试点” 范围中文…· © 2021", "x"])
    expectExactMap(raw, m)
  })
  it("leaves a query string in text as written", () => {
    expect(toPlainText("见 a.php?id=1&region=2&copy=3 页", false).text).toBe("见 a.php?id=1&region=2&copy=3 页")
  })
  it("keeps a quoted attribute holding > or < inside its tag", () => {
    const raw = `<div title="a > b" data-tools='{"title":"<em>某县</em>会议"}'>正文:某县召开会议</div><p>二</p>`
    expect(lines(plain(raw))).toEqual(["正文:某县召开会议", "二"])
  })
  it("drops comments, reads CDATA, drops the tail of a tag cut at the start", () => {
    const raw = `href = "http://example.com/x?a=1"\n   target="_blank"\n >某县召开会议</a><!-- 隐藏 <p>注释</p> --><p><![CDATA[<b>6月</b>1日,会议召开]]></p>`
    expect(lines(plain(raw))).toEqual(["某县召开会议", "6月1日,会议召开"])
  })
  it("removes a source line break between two Chinese characters, not between words", () => {
    const raw = "<p>省委常委、政法委\n书记王某 \n 出席会议。 It was\nheld.</p><p>y</p>"
    expect(lines(plain(raw))).toEqual(["省委常委、政法委书记王某出席会议。 It was held.", "y"])
  })
})
