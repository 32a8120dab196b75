import { existsSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { corpusStore, dashiji, stackFrame, tempDir } from "./helpers.ts"

let db: string
let dir: string
beforeAll(() => {
  db = corpusStore().db
  dir = tempDir()
  writeFileSync(join(dir, "notes.txt"), "not a database\n")
})

/** Every usage error: exit 2, nothing on stdout, one line on stderr that says what is accepted. */
const usage: ReadonlyArray<readonly [string, () => Array<string>, RegExp]> = [
  ["a misspelt command", () => ["evnets"], /unknown command "evnets"; did you mean events\?/],
  ["a month that does not exist", () => ["events", "--month", "2020-13", "--db", db], /--month expects YYYY-MM, e.g\. 2020-02 \(got "2020-13"\)/],
  ["a limit of 0", () => ["events", "--limit", "0", "--db", db], /--limit expects a whole number from 1 to 500 \(got "0"\)/],
  ["a month without its leading zero", () => ["report", "2020-2", "--db", db], /expects YYYY-MM, e\.g\. 2020-02 \(got "2020-2"\)/],
  ["a day February does not have", () => ["events", "--from", "2020-02-30", "--db", db], /--from expects a real date: February 2020 has 29 days/],
  ["February 29 of a common year", () => ["events", "--to", "2021-02-29", "--db", db], /February 2021 has 28 days/],
  ["an unknown kind", () => ["events", "--kind", "meating", "--db", db], /--kind expects one of meeting, conference_call, inspection, .*did you mean meeting\?/],
  ["a misspelt option", () => ["events", "--monht", "2020-02", "--db", db], /unknown option --monht; did you mean --month\?/],
  ["an option without its value", () => ["events", "--db", db, "--month"], /--month needs a value: YYYY-MM/],
  ["a flag given a value", () => ["events", "--all=yes", "--db", db], /--all takes no value/],
  ["an argument a command does not take", () => ["events", "2020-02", "--db", db], /takes no arguments \(got "2020-02"\)/],
  ["ingest without a path", () => ["ingest", "--db", join(dir, "new.db")], /missing PATH/],
  ["ingest of a path that does not exist", () => ["ingest", join(dir, "nothing-here"), "--db", join(dir, "new.db")], /no such file or folder/],
  ["a store that does not exist", () => ["events", "--db", join(dir, "missing.db")], /does not exist \(dashiji ingest or start create a store\)/],
  ["a store that is not SQLite", () => ["months", "--db", join(dir, "notes.txt")], /is not a dashiji store \(not a SQLite file\)/],
  ["a malformed event id", () => ["show", "ev_zz", "--db", db], /expects an event id such as ev_5c1f0a9e2b7d/],
  ["an unknown field", () => ["people", "--fields", "name,evnts", "--db", db], /unknown field "evnts"; did you mean events\?; fields: name,pinyin,events,titles/],
  ["--json against another --format", () => ["events", "--json", "--format", "csv", "--db", db], /--json and --format csv disagree/],
  ["a port out of range", () => ["serve", "--port", "99999", "--db", db], /--port expects a port number from 0 to 65535/],
  ["--year without --docs in a report", () => ["report", "2021-03", "--year", "2021", "--db", db], /--year goes with --docs/],
  ["an output folder that does not exist", () => ["events", "--db", db, "-o", join(dir, "nope/out.csv")], /no such folder/],
  ["an unknown option before the command", () => ["--verbose", "events"], /unknown option --verbose before the command/],
  ["a malformed cursor", () => ["events", "--cursor", "not-a-cursor", "--db", db], /cursor/]
]

describe("usage errors", () => {
  it.each(usage)("%s: exit 2, one line on stderr, nothing on stdout", (_, args, message) => {
    const r = dashiji(args())
    expect(r.status, r.stderr).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr.endsWith("\n")).toBe(true)
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).toMatch(/^dashiji( \w+)?: /)
    expect(r.stderr).not.toContain("node_modules")
    expect(r.stderr).not.toMatch(stackFrame)
  })

  it("leave nothing behind: a refused --db creates no file and no folder", () => {
    dashiji(["events", "--db", join(dir, "typo", "x.db")])
    dashiji(["ingest", "--db", join(dir, "typo2", "x.db")])
    expect(existsSync(join(dir, "typo"))).toBe(false)
    expect(existsSync(join(dir, "typo2"))).toBe(false)
  })

  it("a reading command in a folder without a store says how to make one, and creates no data/ folder", () => {
    const empty = tempDir()
    const r = dashiji(["events"], { cwd: empty })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/no store at data\/dashiji\.db: run dashiji ingest PATH… or dashiji start first/)
    expect(existsSync(join(empty, "data"))).toBe(false)
  })
})

describe("failures", () => {
  it("an event the store does not have: exit 1, one line", () => {
    const r = dashiji(["show", "ev_000000000000", "--db", db])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toBe("dashiji show: no event ev_000000000000 in the store\n")
  })

  it("a bad file among good ones: the others are ingested, the reason is one line, exit 1", () => {
    const d = tempDir()
    writeFileSync(join(d, "bad.bin"), Buffer.from([0, 1, 2, 0, 0, 5, 6]))
    writeFileSync(join(d, "good.txt"), "6月3日，市长钱志远到东湖区调研。\n")
    const r = dashiji(["ingest", join(d, "bad.bin"), join(d, "good.txt"), "--db", join(d, "s.db"), "--year", "2022"])
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^2 documents read \(1 failed\), 1 event stored; 1 event in .*s\.db \(new store\)\n$/)
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^dashiji ingest: .*bad\.bin: binary content/)])
  })

  it.each([
    ["beyond loopback without a token", ["--host", "0.0.0.0"], {}, /^dashiji serve: refusing to listen on 0\.0\.0\.0 without DASHIJI_TOKEN: set a token .* or bind 127\.0\.0\.1\n$/],
    ["a rate limit that is not a count", ["--port", "0"], { DASHIJI_RATE_LIMIT: "fast" }, /^dashiji serve: DASHIJI_RATE_LIMIT must be a whole number \(got "fast"\)\n$/]
  ] as const)("serve refuses to start %s: exit 1, one line, no stack", (_, args, env, message) => {
    const r = dashiji(["serve", ...args, "--db", db], { env: { DASHIJI_TOKEN: undefined, ...env } })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(stackFrame)
  })

  it("DASHIJI_DEBUG=1 adds the stack, and only then", () => {
    const plain = dashiji(["show", "ev_000000000000", "--db", db])
    const debug = dashiji(["show", "ev_000000000000", "--db", db], { env: { DASHIJI_DEBUG: "1" } })
    expect(plain.stderr).not.toMatch(stackFrame)
    expect(debug.stderr).toMatch(stackFrame)
    expect(debug.status).toBe(1)
  })
})
