import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { buildGazetteer } from "../src/knowledge/gazetteer.ts"

// The gazetteer is read from another package's files: a made-up copy of their layout is read, and one whose
// rows lost a field is refused by name instead of filling the gazetteer with undefined names.
const folder = (towns: unknown): string => {
  const dir = mkdtempSync(join(tmpdir(), "gazetteer-"))
  const write = (file: string, rows: unknown) => writeFileSync(join(dir, file), JSON.stringify(rows))
  write("province.min.json", [{ c: "990000", n: "某某省", p: "99" }])
  write("city.min.json", [{ c: "990100", n: "甲乙市", p: "99", y: "01" }])
  write("area.min.json", [{ c: "990102", n: "丙丁区", p: "99", y: "01", a: "02" }])
  write("town.min.json", towns)
  return dir
}

describe("the gazetteer's files", () => {
  it("reads the divisions of a well-formed copy", () => {
    const g = buildGazetteer(folder([{ c: "990102001", n: "戊己街道", p: "99", y: "01", a: "02" }]))
    expect(g.byName.get("甲乙市")?.[0]?.level).toBe("city")
    expect(g.byName.get("戊己街道")?.[0]?.level).toBe("town")
  })

  it("refuses a file whose rows are not divisions, naming the file", () => {
    expect(() => buildGazetteer(folder([{ c: "990102001", p: "99" }]))).toThrow(/town\.min\.json is not a list of divisions/)
    expect(() => buildGazetteer(folder({ rows: [] }))).toThrow(/town\.min\.json/)
  })
})
