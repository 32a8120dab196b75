import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { apiTable, TABLE_END, TABLE_START } from "../src/contract/table.ts"

describe("README", () => {
  it("holds the API table printed from the OpenAPI document (npx tsx apps/api/scripts/api-table.ts)", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
    const start = readme.indexOf(TABLE_START)
    const end = readme.indexOf(TABLE_END)
    expect(start, "the table's start marker").toBeGreaterThan(-1)
    expect(end, "the table's end marker").toBeGreaterThan(start)
    expect(readme.slice(start, end + TABLE_END.length)).toBe(apiTable())
  })
})
