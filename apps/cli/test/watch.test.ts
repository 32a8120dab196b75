import { type ChildProcess, spawn } from "node:child_process"
import { mkdirSync, utimesSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, dashiji, repoRoot, tempDir } from "./helpers.ts"

// made-up reports
const first = "3月2日，省长李华主持召开省政府常务会议，研究部署春耕生产和粮食安全工作。\n"
const second = "5月6日，李华到某某县调研春季农业生产，察看小麦长势。\n"
const third = "6月8日，某某市召开防汛工作会议，部署汛期安全工作。\n"

/** A running `dashiji watch`, its stdout read line by line. */
const startWatch = (dir: string, db: string) => {
  const env = { ...process.env }
  for (const k of ["DASHIJI_DB", "DASHIJI_DEBUG", "NO_COLOR", "FORCE_COLOR"]) delete env[k]
  const child: ChildProcess = spawn(process.execPath, [bin, "watch", dir, "--db", db, "--settle", "300", "--year", "2021"], { cwd: repoRoot, env })
  const lines: Array<string> = []
  let stderr = ""
  let buffer = ""
  const waiters: Array<() => void> = []
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk
    let nl: number
    while ((nl = buffer.indexOf("\n")) >= 0) {
      lines.push(buffer.slice(0, nl))
      buffer = buffer.slice(nl + 1)
      waiters.splice(0).forEach((w) => w())
    }
  })
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c))
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
  /** The next summary line (the n-th overall), waiting up to 60 s. */
  const line = async (n: number): Promise<string> => {
    const until = Date.now() + 60_000
    while (lines.length < n) {
      if (Date.now() > until) throw new Error(`no line ${n} from watch; stderr: ${stderr}`)
      await new Promise<void>((r) => {
        waiters.push(r)
        setTimeout(r, 500)
      })
    }
    return lines[n - 1]!
  }
  return { line, exited, stop: () => child.kill("SIGTERM"), stderr: () => stderr }
}

const titles = (db: string) =>
  dashiji(["events", "--db", db, "--all", "--format", "jsonl"])
    .stdout.trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { date: { start: string } }).date.start)
    .sort()

describe("dashiji watch", () => {
  it("says a batch that fails (a store it cannot open) in one line, as every command says a failure, and keeps watching", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "a.txt"), first)
    // the store's folder is a regular file: the store cannot be created
    const blocker = join(tempDir(), "not-a-folder")
    writeFileSync(blocker, "")
    const w = startWatch(dir, join(blocker, "store.db"))
    const until = Date.now() + 60_000
    while (!w.stderr().includes("\n") && Date.now() < until) await new Promise((r) => setTimeout(r, 200))
    const said = w.stderr().trim().split("\n")
    expect(said.length).toBe(1)
    expect(said[0]).toMatch(/^dashiji watch: \S/)
    expect(said[0]).not.toMatch(/^\s+at |internal error/)
    w.stop()
    expect(await w.exited).toBe(0)
  }, 90_000)

  it("ingests the folder, then new files, changed metadata and files in subfolders as they appear; stops on SIGTERM; again is a no-op", async () => {
    const dir = tempDir()
    const inbox = join(dir, "inbox")
    mkdirSync(inbox)
    writeFileSync(join(inbox, "a.txt"), first)
    const db = join(dir, "s.db")
    const w = startWatch(inbox, db)
    expect(await w.line(1)).toMatch(/^1 document read, 1 event stored; 1 event in .*s\.db \(new store\)$/)
    writeFileSync(join(inbox, "b.txt"), second)
    expect(await w.line(2)).toMatch(/^2 documents read \(1 already stored\), 1 event stored; 2 events in /)
    mkdirSync(join(inbox, "sub"))
    writeFileSync(join(inbox, "sub", "c.txt"), third)
    expect(await w.line(3)).toMatch(/^3 documents read \(2 already stored\), 1 event stored; 3 events in /)
    // a sidecar written later: the document's metadata, its year re-resolved, no new event
    writeFileSync(join(inbox, "a.txt.meta.json"), JSON.stringify({ title: "省政府常务会议", published: "2019-03-05" }))
    expect(await w.line(4)).toMatch(/^3 documents read \(2 already stored, 1 with new metadata\), 0 events stored; 3 events in /)
    w.stop()
    expect(await w.exited).toBe(0)
    expect(w.stderr()).toBe("")
    expect(titles(db)).toEqual(["2019-03-02", "2021-05-06", "2021-06-08"])
    // again: the folder as it is, nothing new
    const again = startWatch(inbox, db)
    expect(await again.line(1)).toMatch(/^3 documents read \(3 already stored\), 0 events stored; 3 events in /)
    again.stop()
    expect(await again.exited).toBe(0)
    // the store a plain ingest of the same folder makes
    const direct = join(dir, "direct.db")
    expect(dashiji(["ingest", inbox, "--db", direct, "--year", "2021"]).status).toBe(0)
    expect(titles(db)).toEqual(titles(direct))
  }, 180_000)

  it("keeps each version of a changed file as its own document, named apart and with its modification time", async () => {
    const dir = tempDir()
    const inbox = join(dir, "inbox")
    mkdirSync(inbox)
    const file = join(inbox, "a.txt")
    const save = (text: string, at: string) => {
      writeFileSync(file, text)
      utimesSync(file, new Date(at), new Date(at))
    }
    save(first, "2021-03-02T08:00:00.000Z")
    const db = join(dir, "s.db")
    const w = startWatch(inbox, db)
    expect(await w.line(1)).toMatch(/^1 document read, 1 event stored; 1 event in /)
    // the file rewritten with a second report: a new version beside the first
    save(first + second, "2021-03-05T09:30:00.000Z")
    expect(await w.line(2)).toMatch(/^1 document read \(1 new version\), 1 event stored \(1 merged into stored events\); 2 events in /)
    // back to the first content: that version is stored already
    save(first, "2021-03-06T10:00:00.000Z")
    expect(await w.line(3)).toMatch(/^1 document read \(1 already stored\), 0 events stored; 2 events in /)
    // a third content: a third version
    save(third, "2021-03-07T11:00:00.000Z")
    expect(await w.line(4)).toMatch(/^1 document read \(1 new version\), 1 event stored; 3 events in /)
    w.stop()
    expect(await w.exited).toBe(0)
    expect(w.stderr()).toBe("")
    const listed = dashiji(["documents", "--db", db, "--format", "jsonl", "--fields", "name,fetched_at,content_hash"])
    const docs = listed.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>)
    expect(docs.map((d) => `${d.name!.replace(/@[0-9a-f]{12}$/, "@…")} ${d.fetched_at}`).sort()).toEqual(["a.txt 2021-03-02T08:00:00.000Z", "a.txt@… 2021-03-05T09:30:00.000Z", "a.txt@… 2021-03-07T11:00:00.000Z"])
    // each later version is named by the start of its own hash
    for (const d of docs.filter((x) => x.name !== "a.txt")) expect(d.name).toBe(`a.txt@${d.content_hash!.slice(0, 12)}`)
    // every version's events kept: the first report (from both versions), the second, the third
    expect(titles(db)).toEqual(["2021-03-02", "2021-05-06", "2021-06-08"])
    const show = dashiji(["events", "--db", db, "--all", "--format", "jsonl"])
    const merged = show.stdout.trim().split("\n").map((l) => JSON.parse(l) as { date: { start: string }; sources: Array<{ document: string }> }).find((e) => e.date.start === "2021-03-02")!
    expect(merged.sources.map((s) => s.document.replace(/@[0-9a-f]{12}$/, "@…")).sort()).toEqual(["a.txt", "a.txt@…"])
  }, 180_000)
})
