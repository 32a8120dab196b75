import { execFile, spawnSync } from "node:child_process"
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export const repoRoot = new URL("../../../", import.meta.url).pathname
/** The command as users run it: the launcher, which runs the built bundle. */
export const bin = join(repoRoot, "apps/cli/bin/dashiji.mjs")

export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Settings of the developer's shell that would change what the command does. */
const cleanEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of ["DASHIJI_DB", "DASHIJI_DEBUG", "NO_COLOR", "FORCE_COLOR"]) delete env[k]
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k]
  else env[k] = v
  return env
}

/** Runs `dashiji ARGS…` as a subprocess; stdout and stderr are pipes. */
export const dashiji = (args: ReadonlyArray<string>, options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, encoding: "utf8", timeout: 120_000, env: cleanEnv(options.env) })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * `dashiji ARGS…` without blocking this process: for a test whose own server must keep answering, or
 * that runs many commands in a row (a blocked worker cannot answer vitest, which then reports a timeout).
 */
export const dashijiAsync = (args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, env: cleanEnv(), timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr })
    )
  })

/** Runs `dashiji ARGS…` with stdout redirected to a file (`> FILE`); returns the file's bytes. */
export const dashijiToFile = (args: ReadonlyArray<string>, file: string): { status: number | null; bytes: Buffer; stderr: string } => {
  const fd = openSync(file, "w")
  try {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: ["ignore", fd, "pipe"], encoding: "utf8", timeout: 120_000, env: cleanEnv() })
    return { status: r.status, bytes: readFileSync(file), stderr: r.stderr }
  } finally {
    closeSync(fd)
  }
}

export const tempDir = (prefix = "dashiji-cli-"): string => mkdtempSync(join(tmpdir(), prefix))

/**
 * Made-up documents (invented people and places): a year's dated list, and a report repeating one of
 * its meetings in other words, so that the store has people, places, several months and a merge.
 */
export const writeCorpus = (dir: string): string => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, "list-2021.txt"),
    [
      "3月2日，省长李文清到漠河市、塔河县调研春耕生产工作，强调要抓好农业生产。",
      "3月5日，省委书记赵海平主持召开省委常委会会议，研究部署安全生产工作。",
      "3月9日，副省长孙立群会见来访的客商代表团一行，双方就合作事宜交换意见。",
      "4月12日，省委书记赵海平到呼玛县检查防汛工作，要求压实防汛责任。",
      "4月20日，省长李文清主持召开省政府常务会议，研究部署“=SUM(A1)”专项行动，“引号”与逗号,照常。",
      "5月8日，省委书记赵海平会见来访的某集团董事长周明德一行。"
    ].join("\n")
  )
  writeFileSync(join(dir, "report.txt"), "3月5日，省委书记赵海平主持召开省委常委会会议，研究部署安全生产工作。会议强调，要压实各方责任，坚决遏制重特大事故发生。\n")
  return dir
}

/** A store ingested from the made-up corpus by the command itself (default year 2021). */
export const corpusStore = (): { db: string; docs: string } => {
  const dir = tempDir()
  const docs = writeCorpus(join(dir, "docs"))
  const db = join(dir, "store.db")
  const r = dashiji(["ingest", docs, "--db", db, "--year", "2021"])
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`)
  return { db, docs }
}

/** A stack frame line, as Node prints them ("    at fn (file:1:2)"). */
export const stackFrame = /^\s+at \S/m
