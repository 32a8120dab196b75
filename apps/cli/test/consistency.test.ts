import { eventFields } from "@dashiji/export"
import { resolveDbPath as storeResolve } from "@dashiji/store"
import { describe, expect, it } from "vitest"
import { EVENT_FIELDS } from "../src/cli/fields.ts"
import { resolveDbPath } from "../src/store-path.ts"

// the command line repeats a few lists so that help and checks load nothing; these keep them equal
describe("lists the command line repeats", () => {
  it("the event fields are the export's, after date", () => {
    expect(EVENT_FIELDS.slice(1)).toEqual([...eventFields])
  })
  it("the store path is the store's", () => {
    for (const flag of [undefined, "x.db", "/tmp/y.db", "postgres://root@127.0.0.1:5432/test"]) expect(resolveDbPath(flag)).toBe(storeResolve(flag))
  })
})
