import { spawnSync } from "node:child_process"
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { collectDocuments } from "@dashiji/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { backends, withStore } from "./helpers.ts"

describe.each(backends)("special files beside documents ($name)", ({ tempDb }) => {
  it("a FIFO and a device link in the input folder are skipped with a reason, and the good files beside them are stored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dashiji-special-"))
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `report-${i}.txt`), `${i + 3}月${i + 10}日，副市长沈知远到东湖区第${i}街道调研社区治理工作。`)
    expect(spawnSync("mkfifo", [join(dir, "report-pipe.txt")]).status).toBe(0)
    symlinkSync("/dev/urandom", join(dir, "report-random.txt"))
    const { inputs, errors } = Effect.runSync(collectDocuments([dir]))
    expect(errors.map((e) => [e._tag, e.document.split("/").pop()])).toEqual([
      ["NotRegularFile", "report-pipe.txt"],
      ["NotRegularFile", "report-random.txt"]
    ])
    const db = await tempDb()
    const results = await withStore(db, (s) => s.ingestDocuments(inputs, { year: 2022 }))
    expect(results.map((r) => [r.name, r.status])).toEqual([0, 1, 2, 3].map((i) => [`report-${i}.txt`, "ingested"]))
    const stored = await withStore(db, (s) => s.documentNames())
    expect(stored.map((d) => d.name)).toEqual(["report-0.txt", "report-1.txt", "report-2.txt", "report-3.txt"])
  })
})
