import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { collectDocuments, type CollectOptions } from "../src/files/collect.ts"

const repoRoot = new URL("../../../", import.meta.url).pathname
const temp = () => mkdtempSync(join(tmpdir(), "dashiji-files-"))
const collect = (paths: Array<string>, options?: CollectOptions) => Effect.runSync(collectDocuments(paths, options))
const report = (i: number) => `${(i % 12) + 1}月${(i % 27) + 1}日，副县长陆明川到第${i}乡检查秋收工作。`

/** A child process (a hang must not hang the test run): its exit code and output, or "timeout". */
const cli = (args: Array<string>, ms = 90_000) =>
  new Promise<{ code: number | "timeout"; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "apps/cli/src/bin.ts"), ...args], { cwd: repoRoot, detached: true })
    let stdout = ""
    let stderr = ""
    p.stdout.on("data", (b: Buffer) => (stdout += b.toString()))
    p.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    const timer = setTimeout(() => {
      process.kill(-p.pid!, "SIGKILL")
      resolve({ code: "timeout", stdout, stderr })
    }, ms)
    p.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? -1, stdout: stdout.slice(0, 10_000), stderr })
    })
  })

describe("only regular files, never past the caps", () => {
  it("a file over the per-document cap is refused with a typed error, unread (a sparse 8 GiB file answers at once)", () => {
    const dir = temp()
    writeFileSync(join(dir, "big.txt"), report(1).repeat(200))
    writeFileSync(join(dir, "small.txt"), report(2))
    const huge = join(dir, "sparse.txt")
    writeFileSync(huge, "")
    truncateSync(huge, 8 * 1024 * 1024 * 1024)
    const before = process.memoryUsage().rss
    const { inputs, errors } = collect([dir], { maxDocumentBytes: 4096 })
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024)
    expect(inputs.map((d) => d.name)).toEqual(["small.txt"])
    expect(errors.map((e) => [e._tag, e.document.split("/").pop()])).toEqual([
      ["DocumentTooLarge", "big.txt"],
      ["DocumentTooLarge", "sparse.txt"]
    ])
    expect(errors[0]!.reason).toMatch(/cap per document/)
  })

  it("a line over the per-line cap is a typed error naming the line; CRLF and CR count as line ends", () => {
    const dir = temp()
    const long = "长".repeat(400) // 1,200 bytes
    writeFileSync(join(dir, "crlf.txt"), `${report(1)}\r\n${report(2)}\r\n${long}\r\n`)
    writeFileSync(join(dir, "cr.txt"), `${report(3)}\r${report(4)}\r${report(5)}`)
    const { inputs, errors } = collect([dir], { maxLineBytes: 1000 })
    expect(inputs.map((d) => d.name)).toEqual(["cr.txt"])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ _tag: "LineTooLong", line: 3, cap: 1000 })
    expect(errors[0]!.reason).toMatch(/^line 3 is longer than the/)
    // the same file passes under the default caps
    expect(collect([join(dir, "crlf.txt")]).inputs).toHaveLength(1)
  })

  it("a folder that links to itself is walked once", () => {
    const dir = temp()
    mkdirSync(join(dir, "sub"))
    writeFileSync(join(dir, "sub", "a.txt"), report(1))
    symlinkSync(dir, join(dir, "sub", "loop"))
    const { inputs, errors } = collect([dir])
    expect(inputs.map((d) => d.name)).toEqual(["sub/a.txt"])
    expect(errors).toEqual([])
  })

  it("a FIFO, a link to a device and good files in one folder: the special files are skipped with a reason, the good files read", async () => {
    const dir = temp()
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `good-${i}.txt`), report(i))
    // a named pipe nobody writes to: reading it would wait forever
    const mk = await new Promise<number>((resolve) => spawn("mkfifo", [join(dir, "pipe.txt")]).on("exit", (c) => resolve(c ?? 1)))
    expect(mk).toBe(0)
    symlinkSync("/dev/zero", join(dir, "zero.txt"))
    const { inputs, errors } = collect([dir])
    expect(inputs.map((d) => d.name)).toEqual(["good-0.txt", "good-1.txt", "good-2.txt"])
    expect(errors.map((e) => [e._tag, e.document.split("/").pop(), e.reason])).toEqual([
      ["NotRegularFile", "pipe.txt", "skipped: a named pipe (FIFO), not a regular file"],
      ["NotRegularFile", "zero.txt", "skipped: a character device, not a regular file"]
    ])
  })

  it("`dashiji parse /dev/zero` ends at once with an error on stderr", async () => {
    const r = await cli(["parse", "/dev/zero"])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toMatch(/\/dev\/zero: skipped: a character device, not a regular file/)
  })

  it("`dashiji parse` on a folder with a FIFO beside good files prints the good files' events and the FIFO's reason", async () => {
    const dir = temp()
    for (let i = 0; i < 2; i++) writeFileSync(join(dir, `good-${i}.txt`), report(i))
    await new Promise((resolve) => spawn("mkfifo", [join(dir, "a-pipe.txt")]).on("exit", resolve))
    const r = await cli(["parse", dir, "--year", "2021"])
    expect(r.code).not.toBe("timeout")
    expect(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { date: { start: string } }).date.start)).toEqual(["2021-01-01", "2021-02-02"])
    expect(r.stderr).toMatch(/a-pipe\.txt: skipped: a named pipe \(FIFO\), not a regular file/)
  })
})
