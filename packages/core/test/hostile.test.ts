import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { collectDocuments } from "../src/files/collect.ts"
import { CoreLive, parseCorpus } from "../src/pipeline.ts"
import { parseTexts } from "./helpers.ts"

const line = "3月2日,省长李华主持召开省政府常务会议,研究部署春耕生产。"

describe("hostile inputs end to end", () => {
  it("a 10 MB single line", () => {
    const big = `${line}${"研究部署春耕生产和粮食安全工作".repeat(Math.ceil((10 * 1024 * 1024) / 45))}`
    const r = parseTexts([["big.txt", big]], { year: 2021 })
    expect(r.errors).toHaveLength(0)
    expect(r.events.length).toBeGreaterThanOrEqual(1)
    expect(r.events[0]!.date.start).toBe("2021-03-02")
  })
  it("100k nested tags and script content", () => {
    const nested = `${"<div>".repeat(100_000)}${line}${"</div>".repeat(100_000)}<script>var x = "3月9日,不应出现";</script><style>p{}</style>`
    const r = parseTexts([["nested.html", nested]], { year: 2021 })
    expect(r.errors).toHaveLength(0)
    expect(r.events.map((e) => e.date.start)).toEqual(["2021-03-02"])
    expect(r.events[0]!.text).not.toContain("不应出现")
  })
  it("NUL bytes, invalid UTF-8, a 0-byte file: typed errors naming each file", () => {
    const r = parseTexts([
      ["nul.txt", new Uint8Array([0x33, 0x00, 0x00, 0x00, 0x7f, 0x00, 0x01, 0x00, 0x00])],
      ["bad-utf8.txt", new Uint8Array([0xe2, 0x28, 0xa1, 0xc3, 0x28, 0xf0, 0x28, 0x8c, 0x28, 0xfe, 0xff, 0xfe])],
      ["empty.txt", new Uint8Array()],
      ["good.txt", line]
    ])
    expect(r.events).toHaveLength(1)
    expect(r.errors.map((e) => e.document).sort()).toEqual(["bad-utf8.txt", "empty.txt", "nul.txt"])
    for (const e of r.errors) expect(e.reason.length).toBeGreaterThan(5)
  })
  it("UTF-16 without a BOM is read when unambiguous", () => {
    const r = parseTexts([["u16.txt", iconv.encode(`2021年${line} plain ASCII helps detection`, "utf-16le")]])
    expect(r.errors).toHaveLength(0)
    expect(r.events[0]?.date.start).toBe("2021-03-02")
  })
  it("a folder of 1,000 files with 10 bad ones: per-file errors, the other 990 parsed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dashiji-hostile-"))
    mkdirSync(join(dir, "sub"))
    for (let i = 0; i < 1000; i++) {
      const name = join(i % 2 === 0 ? dir : join(dir, "sub"), `doc-${i}.txt`)
      if (i % 100 === 7) writeFileSync(name, i % 200 === 7 ? new Uint8Array() : new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))
      else writeFileSync(name, `${(i % 12) + 1}月${(i % 27) + 1}日,第${i}号文件所述会议召开,研究部署第${i}项工作。`)
    }
    const { inputs, errors } = await Effect.runPromise(collectDocuments([dir]))
    expect(errors).toHaveLength(0)
    expect(inputs).toHaveLength(1000)
    const r = await Effect.runPromise(parseCorpus(inputs, { year: 2022 }).pipe(Effect.provide(CoreLive)))
    expect(r.errors).toHaveLength(10)
    expect(new Set(r.errors.map((e) => e._tag))).toEqual(new Set(["EmptyDocument", "BinaryDocument"]))
    expect(r.documents).toHaveLength(990)
  })
})
