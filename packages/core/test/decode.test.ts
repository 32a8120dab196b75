import { Either } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import iconv from "iconv-lite"
import { type Decoded, type DecodedText, decodeBytes } from "../src/decode/detect.ts"
import type { DecodeError } from "../src/decode/errors.ts"

const text = "2月18日,省委书记召开党建工作座谈会。"
const ok = (r: Decoded): DecodedText =>
  Either.getOrThrowWith(r, (e) => new Error(`expected text, got ${e._tag}: ${e.reason}`))
const refused = (r: Decoded): DecodeError =>
  Either.match(r, { onLeft: (e) => e, onRight: (d) => { throw new Error(`expected a refusal, got ${d.encoding} text`) } })

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(ok(decodeBytes("a", Buffer.from(text, "utf8"))).text).toBe(text)
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
    const r = ok(decodeBytes("a", bom))
    expect(r.text).toBe(text)
    expect(r.encoding).toBe("utf-8")
  })
  it("detects GBK / GB18030 bytes instead of producing mojibake", () => {
    const r = ok(decodeBytes("gbk.txt", iconv.encode(text, "gbk")))
    expect(r.encoding).toBe("gb18030")
    expect(r.text).toBe(text)
  })
  it("reads UTF-16 with a BOM (both byte orders)", () => {
    expect(ok(decodeBytes("le", iconv.encode(text, "utf-16le", { addBOM: true }))).text).toBe(text)
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])
    expect(ok(decodeBytes("be", be)).text).toBe(text)
  })
  it("fails empty input with a typed error naming the file", () => {
    const r = refused(decodeBytes("empty.txt", new Uint8Array()))
    expect([r._tag, r.document]).toEqual(["EmptyDocument", "empty.txt"])
    expect(refused(decodeBytes("blank.txt", Buffer.from("  \n\t \n")))._tag).toBe("EmptyDocument")
  })
  it("fails binary input: image headers and NUL bytes", () => {
    const png = refused(decodeBytes("x.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))
    expect(png._tag).toBe("BinaryDocument")
    expect(png.reason).toMatch(/PNG/)
    const nul = refused(decodeBytes("nul.bin", Buffer.from([0x41, 0x00, 0x00, 0x01, 0x42, 0x00, 0x43, 0x00, 0x00, 0x00, 0x7f, 0x00, 0x00, 0x00])))
    expect(nul._tag).toBe("BinaryDocument")
  })
  it("fails bytes that no supported encoding reads as text", () => {
    const junk = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x80, 0x81, 0xfe, 0xfe])
    expect(["UndecodableDocument", "BinaryDocument"]).toContain(refused(decodeBytes("junk.txt", junk))._tag)
  })
})

describe("UTF-8 validation", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
  // UTF-8 of Chinese text with bytes spliced in: overlong forms, lone continuation bytes, encoded
  // surrogates (ED A0 80), code points past U+10FFFF (F4 90 80 80), truncated sequences
  const bad = fc.constantFrom([0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xff], [0xef, 0xbb, 0xbf])
  const piece = fc.oneof(
    fc.constantFrom("省委书记", "2月18日,", "会议。", "\n", " ", "a").map((t) => [...Buffer.from(t, "utf8")]),
    bad
  )
  // a multi-byte sequence cut by the end of the file (a truncated download): what precedes it, when valid
  const withoutCutTail = (bytes: Uint8Array): Uint8Array | null => {
    for (let k = 1; k <= 3 && k <= bytes.length; k++) {
      const lead = bytes[bytes.length - k]!
      const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
      if (need === 0) continue
      const head = bytes.subarray(0, bytes.length - k)
      const cut = Uint8Array.from([...bytes.subarray(bytes.length - k), ...Array(need - k).fill(0xbf)])
      // the cut bytes must start a sequence that could be completed
      if (need > k && [0x80, 0xbf].some((fill) => {
        const done = Uint8Array.from([...cut.subarray(0, k), ...Array(need - k).fill(fill)])
        try {
          fatal.decode(done)
          return true
        } catch {
          return false
        }
      }))
        return head
    }
    return null
  }
  it("takes exactly what a strict decoder takes, as the same text; a character cut at the end is dropped", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (pieces) => {
        const bytes = Uint8Array.from(pieces.flat())
        // a leading BOM decides the encoding by itself (tested above)
        fc.pre(!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
        const strict = (b: Uint8Array): string | null => {
          try {
            return fatal.decode(b)
          } catch {
            return null
          }
        }
        let expected = strict(bytes)
        if (expected === null) {
          const head = withoutCutTail(bytes)
          expected = head === null ? null : strict(head)
        }
        // only white space is refused as empty whatever its encoding (tested above)
        fc.pre(expected === null || expected.trim() !== "")
        const asUtf8 = Either.match(decodeBytes("x.txt", bytes), { onLeft: () => null, onRight: (d) => (d.encoding === "utf-8" ? d.text : null) })
        // read as UTF-8 exactly when a strict decoder reads it (beyond a cut last character), as the same text
        expect(asUtf8).toBe(expected)
      }),
      { numRuns: 1000 }
    )
  })
})

// made-up Chinese news sentences inside a search-result page's worth of markup
const sentences = [
  "3月5日,某市召开全市农业农村工作会议,部署春耕生产。",
  "市委书记王某某到某县调研乡村振兴工作,察看了蔬菜基地。",
  "会议强调,要抓好防汛准备,确保群众安全度汛。"
]
const markupPage = (lines: ReadonlyArray<string>): string =>
  lines
    .map(
      (l, i) =>
        `<div class="result c-container" id="${i + 1}" data-click="{'rsv_srcid':'1599','p5':${i + 1},'fm':'as'}">` +
        `<h3 class="t"><a href="http://www.example.com/link?url=${"AbC9_xYz-".repeat(12)}" target="_blank">${l.slice(0, 12)}</a></h3>` +
        `<div class="c-abstract"><span class="newTimeFactor_before_abs m">2021年3月6日&nbsp;-&nbsp;</span>${l}</div>` +
        `<div class="f13"><a target="_blank" href="http://www.example.com/cache?p=${"0123456789abcdef".repeat(6)}" class="m">cached</a></div></div>\n`
    )
    .join("")

describe("legacy Chinese encodings", () => {
  it("reads GB18030 by the structure of its byte pairs, however little of the page is Chinese", () => {
    const page = markupPage(sentences)
    const bytes = iconv.encode(page, "gb18030")
    // most of the characters are markup: the Chinese share is far below a third
    expect([...page].filter((c) => c >= "\u4e00" && c <= "\u9fff").length / page.length).toBeLessThan(0.15)
    const r = ok(decodeBytes("serp.html", bytes))
    expect(r.encoding).toBe("gb18030")
    expect(r.text).toBe(page)
  })
  it("reads characters beyond GBK in their four-byte form", () => {
    const t = "2月3日,某市举行𠀀字碑揭幕仪式,到会嘉宾100余人。€"
    const r = ok(decodeBytes("four.txt", iconv.encode(t, "gb18030")))
    expect([r.encoding, r.text]).toEqual(["gb18030", t])
  })
  it("follows a declared charset: meta charset big5, gb2312 in a content type, an XML encoding", () => {
    const trad = "<html><head><meta charset=\"big5\"><title>縣政府</title></head><body><p>4月2日,縣長主持召開縣政府常務會議。</p></body></html>"
    const big5 = ok(decodeBytes("big5.html", iconv.encode(trad, "big5")))
    expect([big5.encoding, big5.text]).toEqual(["big5", trad])
    const simp = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">${markupPage(sentences.slice(0, 1))}`
    expect(ok(decodeBytes("gb.html", iconv.encode(simp, "gbk"))).text).toBe(simp)
    const xml = `<?xml version="1.0" encoding="GBK"?><item><title>某县召开会议</title></item>`
    expect(ok(decodeBytes("feed.xml", iconv.encode(xml, "gbk"))).text).toBe(xml)
  })
  it("reads undeclared Big5 (traditional text) as Big5, not as GBK mojibake", () => {
    const trad = "5月8日,縣委書記到鄉鎮調研農業生產,聽取了有關工作彙報。會議強調,要確保糧食豐收。"
    const r = ok(decodeBytes("trad.txt", iconv.encode(trad, "big5")))
    expect([r.encoding, r.text]).toEqual(["big5", trad])
  })
  it("does not trust a declaration the bytes contradict", () => {
    const page = `<meta charset="gbk">${markupPage(sentences)}`
    // declared GBK, saved as UTF-8: UTF-8
    expect(ok(decodeBytes("resaved.html", Buffer.from(page, "utf8"))).encoding).toBe("utf-8")
    // declared UTF-8, saved as GBK: GB18030
    const resaved = page.replace("gbk", "utf-8")
    const r = ok(decodeBytes("resaved2.html", iconv.encode(resaved, "gbk")))
    expect([r.encoding, r.text]).toEqual(["gb18030", resaved])
  })
  it("drops a character cut by the end of a truncated GB18030 download", () => {
    const bytes = iconv.encode("6月1日,某县召开会议", "gb18030")
    const r = ok(decodeBytes("cut.txt", bytes.subarray(0, bytes.length - 1)))
    expect([r.encoding, r.text]).toEqual(["gb18030", "6月1日,某县召开会"])
  })
  it("does not read damaged UTF-8 as GB18030 mojibake", () => {
    const utf8 = Buffer.from(sentences.join("\n"), "utf8")
    const damaged = Buffer.concat([utf8.subarray(0, 40), Buffer.from([0xff]), utf8.subarray(40)])
    expect(refused(decodeBytes("damaged.txt", damaged))._tag).toBe("UndecodableDocument")
  })
})

describe("UTF-8 cut by a truncated download", () => {
  const t = "7月9日,某市召开常务会议,研究部署工作"
  const bytes = Buffer.from(t, "utf8")
  it("drops the cut character, whichever of its bytes the cut left", () => {
    // the last character (作, 3 bytes) then 工: cut after one or two of its bytes
    for (const cut of [1, 2]) {
      const r = ok(decodeBytes("cut.txt", bytes.subarray(0, bytes.length - cut)))
      expect([r.encoding, r.text]).toEqual(["utf-8", t.slice(0, -1)])
    }
    const astral = Buffer.from("某地出土𠀀", "utf8")
    for (const cut of [1, 2, 3]) expect(ok(decodeBytes("cut4.txt", astral.subarray(0, astral.length - cut))).text).toBe("某地出土")
  })
  it("is still refused when the damage is not at the end", () => {
    const mid = Buffer.concat([bytes.subarray(0, 10), bytes.subarray(11)])
    expect(refused(decodeBytes("mid.txt", mid))._tag).toBe("UndecodableDocument")
  })
})

describe("binary headers are checked beyond their first bytes", () => {
  it("text that starts with BM, RIFF or GIF8 is text", () => {
    for (const t of ["BM 2月3日,某县召开会议。", "BMW 4S店开业,区长出席仪式。", "RIFF 某某研讨会召开", "GIF8 动图大赛在某市举行"])
      expect(ok(decodeBytes("t.txt", Buffer.from(t, "utf8"))).text).toBe(t)
  })
  it("a real BMP header (file size, reserved zeros, pixel offset) is binary", () => {
    const bmp = Buffer.alloc(70)
    bmp.write("BM", 0, "latin1")
    bmp.writeUInt32LE(70, 2)
    bmp.writeUInt32LE(54, 10)
    bmp.writeUInt32LE(40, 14)
    const r = refused(decodeBytes("x.bmp", bmp))
    expect(r._tag).toBe("BinaryDocument")
    expect(r.reason).toMatch(/BMP/)
    const riff = Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.from([0x24, 0x08, 0, 0]), Buffer.from("WAVEfmt ", "latin1"), Buffer.alloc(16, 1)])
    expect(refused(decodeBytes("x.wav", riff))._tag).toBe("BinaryDocument")
  })
})
