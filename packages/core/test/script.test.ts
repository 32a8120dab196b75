import fc from "fast-check"
import * as OpenCC from "opencc-js"
import { describe, expect, it } from "vitest"
import { cleanDocument, rawSpan } from "../src/clean/index.ts"
import { findGlosses, normalizeScript, readGloss, simplifiedChar, traditionalStretches } from "../src/clean/script.ts"
import type { MappedText } from "../src/clean/builder.ts"
import { parseText } from "./helpers.ts"

const k = { spamWords: ["娱乐城"] }
const identity = (text: string): MappedText => ({ text, map: Int32Array.from({ length: text.length + 1 }, (_, i) => i) })
// OpenCC's own converter, phrase by phrase: the reference the table must agree with
const reference = OpenCC.Converter({ from: "tw", to: "cn" })

/** Every clean character comes from the raw character it maps to: itself, or that character converted. */
const expectExactMap = (raw: string, clean: MappedText) => {
  const converted = reference(raw)
  expect(clean.map.length).toBe(clean.text.length + 1)
  for (let i = 0; i < clean.text.length; i++) {
    const at = clean.map[i]!
    expect(at).toBeGreaterThanOrEqual(0)
    expect(at).toBeLessThan(raw.length)
    if (i > 0) expect(at).toBeGreaterThan(clean.map[i - 1]!)
    const ch = clean.text[i]!
    const src = raw[at]!
    if (ch !== src && ch !== simplifiedChar(src)) expect(ch).toBe(converted[at])
  }
}

describe("traditional → simplified", () => {
  it("converts a traditional sentence with a name and a title, offsets pointing at the traditional characters", () => {
    const raw = "5月8日，市委書記鄭維濤主持召開會議，研究部署鄉村振興工作，副市長蘇明遠出席會議並講話。"
    const c = cleanDocument(raw, k)
    expect(c.text).toBe("5月8日，市委书记郑维涛主持召开会议，研究部署乡村振兴工作，副市长苏明远出席会议并讲话。")
    const at = c.text.indexOf("郑维涛")
    const [s, e] = rawSpan(c, at, at + 3)
    expect(raw.slice(s, e)).toBe("鄭維濤")
    const title = c.text.indexOf("副市长")
    expect(raw.slice(...rawSpan(c, title, title + 3))).toBe("副市長")
    expectExactMap(raw, c)
  })

  it("writes the particle 著 as 着 but keeps 著 in 著名 and 顯著, and converts by phrase where characters alone would not", () => {
    const raw = "全縣幹部肩負著重托，取得顯著成效，著名專家應邀到會，對方案反覆論證後作出批覆，乾隆年間的古橋修繕完畢。"
    const c = normalizeScript(identity(raw))
    expect(c.text).toBe("全县干部肩负着重托，取得显著成效，著名专家应邀到会，对方案反复论证后作出批复，乾隆年间的古桥修缮完毕。")
    expect(c.text).toBe(reference(raw))
  })

  it("reads the extracted names and titles in simplified characters", () => {
    const raw = "3月12日，市委書記鄭維濤到開發區調研重點項目建設。"
    const [m] = parseText("trad.txt", raw).mentions
    expect(m).toBeDefined()
    const names = m!.people.map((p) => p.name)
    expect(names).toContain("郑维涛")
    expect(m!.people.find((p) => p.name === "郑维涛")!.titles.join("")).toContain("市委书记")
    expect(m!.title).not.toMatch(/[書記鄭維濤開發區調項設]/)
  })

  it("leaves a simplified document untouched: the very same text and map", () => {
    const raw = "5月8日，市委书记郑维涛主持召开会议。乾隆年间的著名古桥修缮完毕，取得显著成效。\n会议强调，要肩负着重托。"
    const plain = identity(raw)
    expect(normalizeScript(plain)).toBe(plain)
    expect(traditionalStretches(raw)).toEqual([])
  })

  it("converts a long traditional stretch inside a simplified page and leaves the rest", () => {
    const simplified = "首页 新闻中心 政务公开 网上办事 互动交流 走进本市 关于我们 网站地图 联系我们 站点导航 无障碍浏览 长者模式"
    const traditional = "6月3日，縣委常委會召開會議，傳達學習全省經濟工作會議精神，研究部署當前重點工作，縣委書記韓立群主持會議並講話。"
    const raw = `${simplified}\n${traditional}\n${simplified}`
    const c = normalizeScript(identity(raw))
    const [first, second, third] = c.text.split("\n")
    expect(first).toBe(simplified)
    expect(second).toContain("县委书记韩立群主持会议并讲话")
    expect(third).toBe(simplified)
  })
})

describe("pinyin glosses", () => {
  it("drops glosses inside words and names, with half- and full-width brackets and a space before the close", () => {
    const raw = "省委書(shū)記陸振(zhèn)東率代表團（tuán）到開(kāi)發(fā)區調研，並出席座談會(huì )議。"
    const c = cleanDocument(raw, k)
    expect(c.text).toBe("省委书记陆振东率代表团到开发区调研，并出席座谈会议。")
    const at = c.text.indexOf("陆振东")
    expect(raw.slice(...rawSpan(c, at, at + 1))).toBe("陸")
    expect(raw.slice(...rawSpan(c, at + 2, at + 3))).toBe("東")
    expectExactMap(raw, c)
  })

  it("drops glosses with tone numbers and of two syllables, in a simplified text too, but not three syllables", () => {
    const c = normalizeScript(identity("区长宋嘉禾(jia1 he2)在会(hui4)上讲话，中国(zhōngguó)代表参加。"))
    expect(c.text).toBe("区长宋嘉禾在会上讲话，中国代表参加。")
    // three syllables are a romanised name or phrase, not a gloss on one character
    expect(findGlosses("区长宋嘉禾(sòng jiā hé)在会上讲话")).toEqual([])
  })

  it("keeps ordinary brackets: people, years, words, abbreviations, English", () => {
    const text = "左起：郑维涛(右)、苏明远(左)。项目(2020)启动(图)。本报讯(记者 张三)人工智能(AI)与(email)及(see)等(ban)和(Beijing)"
    expect(findGlosses(text)).toEqual([])
    const plain = identity(text)
    expect(normalizeScript(plain)).toBe(plain)
  })

  it("takes a toneless syllable for a gloss only on a page that glosses with tones", () => {
    expect(findGlosses("会见(an)后")).toEqual([])
    const page = "開(kāi)會(huì)後發(fa)言"
    expect(findGlosses(page).map(([s, e]) => page.slice(s, e))).toEqual(["(kāi)", "(huì)", "(fa)"])
  })

  it("takes toneless syllables for glosses on a page where several read the character before them, a repeated one too", () => {
    const page = "2031年(nian)5月(yue)8日(ri)(ri),县政府(fu)召开某项目推进(jin)会。"
    expect(normalizeScript(identity(page)).text).toBe("2031年5月8日,县政府召开某项目推进会。")
    // two readings are no page of glosses; a syllable that is no reading of the character before it is no gloss
    expect(findGlosses("会见(jian)后,人工(gong)智能")).toEqual([])
    expect(findGlosses("项目(an)启动(ban)后(bei)完成")).toEqual([])
  })

  it("reads pinyin against the syllable inventory", () => {
    expect(readGloss("tuán")).toEqual({ syllables: 1, toned: true })
    expect(readGloss("lüè")).toEqual({ syllables: 1, toned: true })
    expect(readGloss("zhōng guó")).toEqual({ syllables: 2, toned: true })
    expect(readGloss("xian1")).toEqual({ syllables: 1, toned: true })
    expect(readGloss("bei")).toEqual({ syllables: 1, toned: false })
    expect(readGloss("zhōng huá mín")).toBeNull()
    expect(readGloss("tóng")).not.toBeNull()
    expect(readGloss("thé")).toBeNull()
    expect(readGloss("Fā")).toBeNull()
  })
})

describe("the map stays exact", () => {
  const pieces = [
    "市委書記", "鄭維濤", "縣長", "會議", "開發區", "經濟", "幹部", "著名", "肩負著", "反覆", "批覆", "乾隆", "後",
    "市委书记", "郑维涛", "会议", "开发区", "经济", "干部", "显著",
    "發(fā)", "會(huì )", "團（tuán）", "議(yi4)", "(右)", "(2020)", "(记者 张三)", "(AI)",
    "，", "。", "\n", " ", "5月8日", "abc", "&amp;", "１２", "<p>", "</p>"
  ]
  it("maps every clean character to a raw character that is it or converts to it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const raw = parts.join("")
        const direct = normalizeScript(identity(raw))
        expectExactMap(raw, direct)
        // through the whole cleaning step (HTML, spaces, chrome) the map still points at the source character
        const c = cleanDocument(raw, k)
        for (let i = 0; i < c.text.length; i++) {
          const ch = c.text[i]!
          if (ch === "\n" || ch === " ") continue
          const src = raw[c.map[i]!]!
          if (src === "&") continue
          const candidates = [src, simplifiedChar(src), reference(raw)[c.map[i]!]!].map((x) => x.normalize("NFKC"))
          expect(candidates).toContain(ch.normalize("NFKC"))
        }
      }),
      { numRuns: 300 }
    )
  })
})
