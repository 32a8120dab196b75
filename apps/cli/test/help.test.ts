import { spawnSync } from "node:child_process"
import { describe, expect, it } from "vitest"
import { bin, dashiji } from "./helpers.ts"

const commands = ["start", "ingest", "events", "show", "people", "places", "months", "documents", "report", "tui", "serve", "parse", "eval"]
const escape = /\u001b\[/

describe("help", () => {
  it("lists every command with a line each, and examples", () => {
    const r = dashiji(["--help"])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe("")
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b.* {2}\\S`, "m"))
    expect(r.stdout).toContain("Examples:")
    expect(dashiji([]).stdout).toBe(r.stdout)
  })

  it.each(commands)("dashiji %s --help: usage, options described, examples; no filler text", (c) => {
    const r = dashiji([c, "--help"])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: dashiji ${c}\\b`, "m"))
    expect(r.stdout).toContain("Examples:")
    expect(r.stdout).not.toContain("A user-defined piece of text")
    // every option line carries a description
    const options = r.stdout.split("Options:\n")[1]!.split("\n\n")[0]!.split("\n")
    for (const line of options.filter((l) => /^ {2}(-\w, )?--/.test(l.trim() === "" ? "" : l))) expect(line.trim()).toMatch(/\S\s{2,}\S/)
    expect(dashiji(["help", c]).stdout).toBe(r.stdout)
    expect(dashiji([c, "-h"]).stdout).toBe(r.stdout)
  })

  it("prints no escape codes into a pipe", () => {
    for (const args of [["--help"], ["events", "--help"], ["report", "--help"]]) expect(dashiji(args).stdout).not.toMatch(escape)
  })

  // a real terminal, from util-linux's `script`
  const script = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0
  it.skipIf(!script)("uses colour on a terminal, and none there with NO_COLOR", () => {
    const onTerminal = (extra: Record<string, string>) => {
      const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm", ...extra }
      if (extra["NO_COLOR"] === undefined) delete env["NO_COLOR"]
      return spawnSync("script", ["-qec", `${process.execPath} ${bin} --help`, "/dev/null"], { encoding: "utf8", env }).stdout
    }
    expect(onTerminal({})).toMatch(escape)
    expect(onTerminal({ NO_COLOR: "1" })).not.toMatch(escape)
    expect(onTerminal({ NO_COLOR: "1" })).toContain("Usage: dashiji <command>")
  })

  it("--version", () => {
    expect(dashiji(["--version"]).stdout).toMatch(/^dashiji \d+\.\d+\.\d+\n$/)
  })
})
