import { readFileSync } from "node:fs"
import { pinyin } from "pinyin-pro"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { namePinyin, parseSurnameReadings, pinyinOfName } from "../src/extract/pinyin.ts"
import { extractEntities } from "../src/extract/entities.ts"
import { sanePeople } from "../src/extract/people/sanity.ts"
import { buildSurnames, readTsv } from "../src/knowledge/lexicon.ts"
import { dataPath } from "../src/knowledge/load.ts"
import { loadKnowledge } from "../src/knowledge/Knowledge.ts"
import { Person } from "../src/schema/event.ts"
import { Segmenter } from "../src/segmenter.ts"

describe("namePinyin", () => {
  it("surname first, given name's syllables joined, both capitalised, tone marks", () => {
    expect(namePinyin("王建生")).toBe("Wáng Jiànshēng")
    expect(namePinyin("李明")).toBe("Lǐ Míng")
    expect(namePinyin("吕文")).toBe("Lǚ Wén")
    expect(namePinyin("王")).toBe("Wáng")
  })

  it("an apostrophe before a, o, e inside a word", () => {
    expect(namePinyin("李建安")).toBe("Lǐ Jiàn'ān")
    expect(namePinyin("上官婉儿")).toBe("Shàngguān Wǎn'ér")
  })

  it("polyphonic surnames are read as surnames", () => {
    const cases: Record<string, string> = {
      单立平: "Shàn Lìpíng",
      曾晓东: "Zēng Xiǎodōng",
      解红梅: "Xiè Hóngméi",
      仇立新: "Qiú Lìxīn",
      区伟强: "Ōu Wěiqiáng",
      朴正浩: "Piáo Zhènghào",
      查明远: "Zhā Míngyuǎn",
      盖建华: "Gě Jiànhuá",
      华志刚: "Huà Zhìgāng",
      任小平: "Rén Xiǎopíng",
      覃海燕: "Qín Hǎiyàn",
      乐天明: "Yuè Tiānmíng",
      尉迟明德: "Yùchí Míngdé",
      万俟云飞: "Mòqí Yúnfēi",
      缪志诚: "Miào Zhìchéng",
      长孙文博: "Zhǎngsūn Wénbó"
    }
    for (const [name, py] of Object.entries(cases)) expect(namePinyin(name), name).toBe(py)
  })

  it("compound surnames are one word", () => {
    expect(namePinyin("欧阳志远")).toBe("Ōuyáng Zhìyuǎn")
    expect(namePinyin("司马晓东")).toBe("Sīmǎ Xiǎodōng")
    expect(namePinyin("诸葛文华")).toBe("Zhūgě Wénhuá")
    expect(namePinyin("上官云")).toBe("Shàngguān Yún")
    // two characters are a single surname and a given name: 钟离 can be 钟 + 离
    expect(namePinyin("钟离")).toBe("Zhōng Lí")
  })

  it("the given name is read by the words it forms, not the surname table", () => {
    // 单 and 乐 as given-name characters keep their everyday readings
    expect(namePinyin("张乐乐")).toBe("Zhāng Lèlè")
    expect(namePinyin("周重阳")).toBe("Zhōu Chóngyáng")
  })

  it("a name with a middle dot: each part one capitalised word, parts joined by a space", () => {
    expect(namePinyin("帕巴拉·格列朗杰")).toBe("Pàbālā Gélièlǎngjié")
    expect(namePinyin("艾尔肯·吐尼亚孜")).toBe("Ài'ěrkěn Tǔníyàzī")
    // the other dots news pages use
    expect(namePinyin("帕巴拉•格列朗杰")).toBe("Pàbālā Gélièlǎngjié")
    expect(namePinyin("帕巴拉．格列朗杰")).toBe("Pàbālā Gélièlǎngjié")
  })

  it("a name that does not start with a known surname is one word; non-Han text is kept", () => {
    expect(namePinyin("萨拉赫")).toBe("Sàlāhè")
    expect(namePinyin("Tom")).toBe("Tom")
  })

  it("is never empty, so every person decodes", () => {
    for (const name of ["王建生", "·", "x", "欧阳", "帕巴拉·格列朗杰"]) {
      const p = namePinyin(name)
      expect(p.length).toBeGreaterThan(0)
      expect(() => Schema.decodeUnknownSync(Person)({ name, pinyin: p, titles: [], role: "lead" })).not.toThrow()
    }
    expect(() => Schema.decodeUnknownSync(Person)({ name: "王建生", pinyin: "", titles: [], role: "lead" })).toThrow()
    expect(() => Schema.decodeUnknownSync(Person)({ name: "王建生", titles: [], role: "lead" })).toThrow()
  })

  it("uses the tables it is given", () => {
    const t = { readings: parseSurnameReadings("# x\n单\tShàn\n"), surnames: { single: new Set(["单"]), compound: new Set<string>(), ambiguous: new Set<string>() } }
    expect(pinyinOfName("单立平", t)).toBe("Shàn Lìpíng")
    // 欧 is no surname in these tables: the whole name is one word
    expect(pinyinOfName("欧阳志远", t)).toBe("Ōuyángzhìyuǎn")
  })
})

describe("surname-readings.tsv", () => {
  const readings = parseSurnameReadings(readFileSync(dataPath("surname-readings.tsv"), "utf8"))
  const surnames = buildSurnames(readTsv(dataPath("surnames.tsv")))

  it("every reading is capitalised tone-marked pinyin of as many syllables as the surname has characters", () => {
    const syllable = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/
    for (const [surname, py] of readings) {
      expect(py.charAt(0), surname).toBe(py.charAt(0).toUpperCase())
      expect(py.toLowerCase(), surname).toMatch(syllable)
      // one tone mark per syllable (no surname here has a neutral tone)
      expect([...py.normalize("NFD")].filter((c) => /[\u0300-\u030c]/.test(c) && c !== "\u0308").length, surname).toBe([...surname].length)
    }
  })

  it("every compound surname of surnames.tsv has a reading", () => {
    for (const s of surnames.compound) expect(readings.has(s), s).toBe(true)
  })

  it("every single surname of surnames.tsv that has more than one reading has a decided one", () => {
    const polyphonic = [...surnames.single, ...surnames.ambiguous].filter(
      (s) => new Set(pinyin(s, { multiple: true, type: "array", toneType: "none" })).size > 1
    )
    expect(polyphonic.length).toBeGreaterThan(20)
    for (const s of polyphonic) expect(readings.has(s), s).toBe(true)
  })
})

describe("people records carry the pinyin", () => {
  it("the extractor fills it for every person", () => {
    const seg = Effect.runSync(Effect.provide(Segmenter, Segmenter.Default))
    const e = extractEntities("3月5日,省长单立平主持召开省政府常务会议,副省长欧阳志远、曾晓东出席会议。", seg, loadKnowledge())
    expect(Object.fromEntries(e.people.map((p) => [p.name, p.pinyin]))).toEqual({ 单立平: "Shàn Lìpíng", 欧阳志远: "Ōuyáng Zhìyuǎn", 曾晓东: "Zēng Xiǎodōng" })
  })

  it("a name cut down afterwards (a courtesy word dropped) gets the pinyin of what is left", () => {
    const k = loadKnowledge()
    const people = sanePeople([{ name: "欧阳志远先生", pinyin: namePinyin("欧阳志远先生"), titles: [], role: "met" }], k.personCues)
    expect(people).toEqual([{ name: "欧阳志远", pinyin: "Ōuyáng Zhìyuǎn", titles: [], role: "met" }])
  })
})
