import fc from "fast-check"
import { describe, expect, it } from "vitest"
import iconv from "iconv-lite"
import { decodeBytes } from "../src/decode/detect.ts"

const text = "2月18日,省委书记召开党建工作座谈会。"
const ok = (r: ReturnType<typeof decodeBytes>) => {
  if ("_tag" in r) throw new Error(`expected text, got ${r._tag}: ${r.reason}`)
  return r
}

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
    const r = decodeBytes("empty.txt", new Uint8Array())
    expect("_tag" in r && r._tag).toBe("EmptyDocument")
    expect("_tag" in r && r.document).toBe("empty.txt")
    const ws = decodeBytes("blank.txt", Buffer.from("  \n\t \n"))
    expect("_tag" in ws && ws._tag).toBe("EmptyDocument")
  })
  it("fails binary input: image headers and NUL bytes", () => {
    const png = decodeBytes("x.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
    expect("_tag" in png && png._tag).toBe("BinaryDocument")
    expect("_tag" in png && png.reason).toMatch(/PNG/)
    const nul = decodeBytes("nul.bin", Buffer.from([0x41, 0x00, 0x00, 0x01, 0x42, 0x00, 0x43, 0x00, 0x00, 0x00, 0x7f, 0x00, 0x00, 0x00]))
    expect("_tag" in nul && nul._tag).toBe("BinaryDocument")
  })
  it("fails bytes that no supported encoding reads as text", () => {
    const junk = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x80, 0x81, 0xfe, 0xfe])
    const r = decodeBytes("junk.txt", junk)
    expect("_tag" in r && (r._tag === "UndecodableDocument" || r._tag === "BinaryDocument")).toBe(true)
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
  it("takes exactly what a strict decoder takes, as the same text", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (pieces) => {
        const bytes = Uint8Array.from(pieces.flat())
        // a leading BOM decides the encoding by itself (tested above)
        fc.pre(!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
        let expected: string | null = null
        try {
          expected = fatal.decode(bytes)
        } catch {
          expected = null
        }
        const r = decodeBytes("x.txt", bytes)
        if (expected !== null && !("_tag" in r)) expect([r.encoding, r.text]).toEqual(["utf-8", expected])
        // what a strict decoder refuses is never read as UTF-8
        if (expected === null && !("_tag" in r)) expect(r.encoding).not.toBe("utf-8")
      }),
      { numRuns: 1000 }
    )
  })
})
