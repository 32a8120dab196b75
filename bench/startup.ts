import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = fileURLToPath(new URL("../", import.meta.url))
const bin = join(repoRoot, "apps/cli/bin/dashiji.mjs")

export interface StartupFigure {
  readonly command: string
  readonly medianMs: number
  readonly minMs: number
  /** median ÷ the median of `node -e 0` */
  readonly ratio: number
}

export interface StartupResult {
  readonly rounds: number
  readonly month: string
  readonly db: string
  readonly node: StartupFigure
  readonly help: StartupFigure
  readonly events: StartupFigure
}

const run = (args: ReadonlyArray<string>, what: string): string => {
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", timeout: 300_000, env: { ...process.env, DASHIJI_DB: undefined, CI: "" } })
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stderr}`)
  return r.stdout
}

const timeOnce = (args: ReadonlyArray<string>): number => {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: "ignore", env: { ...process.env, DASHIJI_DB: undefined } })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`)
  return ms
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Start-up of the built `dashiji` against a bare `node -e 0` on the same machine, in one run: the three
 * commands take turns round after round (a moment's load on a shared machine falls on all of them), and
 * the medians are compared. The build and the seeds store are made first and not timed; one warm-up run
 * of each command writes the code cache a user's second run finds.
 */
export async function benchStartup(rounds = Number(process.env["DASHIJI_BENCH_STARTUP_ROUNDS"] ?? 21)): Promise<StartupResult> {
  run([bin, "--version"], "building dashiji")
  const db = join(mkdtempSync(join(tmpdir(), "dashiji-bench-start-")), "seeds.db")
  run([bin, "ingest", join(repoRoot, "seeds"), "--db", db], "ingesting seeds/")
  const months = run([bin, "months", "--db", db, "--json"], "listing months")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { month: string; events: number })
  const month = months.reduce((a, b) => (b.events > a.events ? b : a)).month
  const commands = {
    node: ["-e", "0"],
    help: [bin, "--help"],
    events: [bin, "events", "--month", month, "--db", db]
  } as const
  for (const args of Object.values(commands)) timeOnce(args)
  const times: Record<keyof typeof commands, Array<number>> = { node: [], help: [], events: [] }
  for (let i = 0; i < rounds; i++) for (const [k, args] of Object.entries(commands)) times[k as keyof typeof commands].push(timeOnce(args))
  const base = median(times.node)
  const figure = (k: keyof typeof commands, command: string): StartupFigure => ({ command, medianMs: median(times[k]), minMs: Math.min(...times[k]), ratio: median(times[k]) / base })
  return {
    rounds,
    month,
    db,
    node: figure("node", "node -e 0"),
    help: figure("help", "dashiji --help"),
    events: figure("events", `dashiji events --month ${month}`)
  }
}
