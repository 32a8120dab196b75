import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"
import { dashiji, stackFrame, tempDir, writeCorpus } from "./helpers.ts"

describe("ingest", () => {
  it("says plainly what changed, creates the store only when asked, and a re-run stores nothing", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const db = join(dir, "s.db")
    const first = dashiji(["ingest", docs, "--db", db, "--year", "2021"])
    expect(first.status, first.stderr).toBe(0)
    expect(first.stderr).toBe("")
    const m = /^2 documents read, (\d+) events stored( \((\d+) merged into stored events\))?; (\d+) events in .*s\.db \(new store\)\n$/.exec(first.stdout)
    expect(m, first.stdout).not.toBeNull()
    expect(Number(m![1])).toBeGreaterThan(3)
    expect(existsSync(db)).toBe(true)
    const again = dashiji(["ingest", docs, "--db", db, "--year", "2021"])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(new RegExp(`^2 documents read \\(2 already stored\\), 0 events stored; ${m![4]} events in .*s\\.db\\n$`))
  })

  it("counts as stored what the store gained, when documents merge into stored events and into each other", () => {
    const dir = tempDir()
    const db = join(dir, "s.db")
    const write = (name: string, text: string) => {
      mkdirSync(join(dir, dirname(name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    // made up: the second run's first document tells the stored meeting again and a new visit, which its
    // second document tells again beside a new inspection
    const meeting = "3月2日，省长李华主持召开省政府常务会议，研究部署春耕生产工作，审议通过了有关文件。"
    const visit = "3月9日，省委书记周建国在青山市调研，深入青山县走访农户，察看春耕备耕情况"
    write("a/one.txt", `${meeting}\n`)
    write("b/two.txt", `${meeting}会议要求，各地要抓好落实。\n${visit}。\n`)
    write("b/three.txt", `${visit}，要求抓紧抓实春耕生产。\n4月1日，副省长陈立新到白河市检查森林防火工作。\n`)
    const stored = (args: Array<string>) => {
      const r = dashiji(["ingest", ...args, "--db", db, "--year", "2021"])
      expect(r.status, r.stderr).toBe(0)
      const m = /, (\d+) events? stored(?: \((\d+) merged into stored events\))?; (\d+) events? in /.exec(r.stdout)
      expect(m, r.stdout).not.toBeNull()
      return { stored: Number(m![1]), merged: Number(m![2] ?? 0), total: Number(m![3]) }
    }
    const held = () => dashiji(["events", "--json", "--db", db]).stdout.trim().split("\n").filter((l) => l.length > 0).length
    const first = stored([join(dir, "a")])
    expect(first).toEqual({ stored: 1, merged: 0, total: 1 })
    const second = stored([join(dir, "b")])
    // the meeting merged into the stored one, the visit into the run's own: two new events, three in all
    expect(second).toEqual({ stored: 2, merged: 2, total: 3 })
    expect(held()).toBe(3)
  })

  it("a store in a folder that does not exist: made, and said where", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const r = dashiji(["ingest", docs, "--db", join(dir, "new", "sub", "s.db"), "--year", "2021"])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/ events in .*new\/sub\/s\.db \(new store; made the folder .*new\)\n$/)
    expect(existsSync(join(dir, "new", "sub", "s.db"))).toBe(true)
  })

  it("shows no progress bar when stderr is not a terminal (no carriage returns, no escape codes)", () => {
    const dir = tempDir()
    const r = dashiji(["ingest", writeCorpus(join(dir, "docs")), "--db", join(dir, "s.db"), "--year", "2021"])
    expect(r.stderr).not.toMatch(/[\r\u001b]/)
    expect(r.stdout).not.toMatch(/[\r\u001b]/)
  })

  it("parse prints event records for the same documents, and no output names node_modules or a stack frame", () => {
    const dir = tempDir()
    const docs = writeCorpus(join(dir, "docs"))
    const r = dashiji(["parse", docs, "--year", "2021"])
    expect(r.status).toBe(0)
    const events = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; date: { start: string } })
    expect(events.length).toBeGreaterThan(3)
    expect(events.every((e) => /^ev_[0-9a-f]{12}$/.test(e.id) && e.date.start.startsWith("2021-"))).toBe(true)
    for (const s of [r.stdout, r.stderr]) {
      expect(s).not.toContain("node_modules")
      expect(s).not.toMatch(stackFrame)
    }
  })
})
