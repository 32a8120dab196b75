import { spawn } from "node:child_process"
import { Option } from "effect"
import { type IngestSummary, summaryFromLine } from "./ingest-summary.ts"

/**
 * `dashiji ingest --workers N`: N processes of this same command, each parsing and storing its share of
 * the documents (document k goes to worker k mod N) into the one store. Parsing is most of the work and
 * runs in parallel; each document is still one transaction, and the store keeps the outcome the same as
 * one sequential ingest (PostgreSQL: advisory locks on what each document reads and rewrites; SQLite: one
 * writer at a time).
 * A worker that dies loses at most the document it was storing: a re-run skips what was committed.
 */

/** Set in a worker's environment: which share it takes ("k/N"); the worker then prints its summary as JSON. */
export const PART_ENV = "DASHIJI_INGEST_PART"

export interface Part {
  readonly index: number
  readonly of: number
}

export const partFromEnv = (): Part | null => {
  const m = /^(\d+)\/(\d+)$/.exec(process.env[PART_ENV] ?? "")
  if (m === null) return null
  const index = Number(m[1])
  const of = Number(m[2])
  return of >= 1 && index < of ? { index, of } : null
}

/** The documents of one share, in the order they were read. */
export const share = <A>(xs: ReadonlyArray<A>, part: Part | null): ReadonlyArray<A> => (part === null ? xs : xs.filter((_, i) => i % part.of === part.index))

export interface WorkerResult {
  readonly code: number
  readonly summary: IngestSummary | null
  readonly stderr: string
}

/** Runs this command again as worker `index` of `of`, with the same arguments; its summary comes back as JSON. */
export const runWorker = (index: number, of: number, argv: ReadonlyArray<string>): Promise<WorkerResult> =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], {
      env: { ...process.env, [PART_ENV]: `${index}/${of}` },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    p.stdout.on("data", (b: Buffer) => (stdout += b.toString()))
    p.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    p.on("error", (e) => resolve({ code: -1, summary: null, stderr: e.message }))
    p.on("exit", (code, signal) => {
      const summary = Option.getOrNull(summaryFromLine(stdout.trim().split("\n").pop() ?? ""))
      resolve({ code: code ?? (signal === null ? -1 : 128), summary, stderr: signal === null ? stderr : `${stderr}killed by ${signal}\n` })
    })
  })
