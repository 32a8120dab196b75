import { spawn } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CoreLive, parseCorpus, type DocumentInput } from "@dashiji/core"
import { randomBytes } from "node:crypto"
import { PgClient } from "@effect/sql-pg"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, type ManagedRuntime, Redacted } from "effect"
import { onTestFinished } from "vitest"
import { EventQuery } from "../src/query.ts"
import { Ingest } from "../src/ingest.ts"
import type { EventFilter } from "../src/filter.ts"
import { storeLayer } from "../src/layers.ts"

export const repoRoot = new URL("../../../", import.meta.url).pathname
export const seedsDir = join(repoRoot, "seeds")
export const seedInputs = (): Array<DocumentInput> =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(seedsDir, f))) }))

export const tempDb = (): string => join(mkdtempSync(join(tmpdir(), "dashiji-store-")), "test.db")

/** The PostgreSQL server the tests use (every machine and CI run one: 127.0.0.1:5432, trust auth). */
export const pgTestUrl = process.env["DASHIJI_TEST_PG"] ?? "postgres://root@127.0.0.1:5432/test"

/** Runs statements on the test server outside any store (creating and dropping test schemas). */
export const pgAdmin = (statement: string, url = pgTestUrl): Promise<ReadonlyArray<Record<string, unknown>>> =>
  Effect.runPromise(
    Effect.scoped(Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe<Record<string, unknown>>(statement))).pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url) })))
  )

/** The store URL of a schema on the test server: every table the store makes goes there. */
export const pgSchemaUrl = (schema: string): string => {
  const u = new URL(pgTestUrl)
  u.searchParams.set("options", `-c search_path=${schema}`)
  return u.toString()
}

/**
 * A store in a schema of its own on the test server, made now and dropped when the test finishes, so
 * test files running at once (and two runs on one machine) never see each other's rows.
 */
export const tempPgStore = async (): Promise<string> => {
  const schema = `dashiji_t${process.pid}_${randomBytes(6).toString("hex")}`
  await pgAdmin(`CREATE SCHEMA ${schema}`)
  onTestFinished(() => pgAdmin(`DROP SCHEMA ${schema} CASCADE`).then(() => undefined))
  return pgSchemaUrl(schema)
}

/** The back-ends every store test runs on: a fresh store of each per test. */
export const backends: ReadonlyArray<{ readonly name: string; readonly tempDb: () => Promise<string> }> = [
  { name: "SQLite", tempDb: async () => tempDb() },
  { name: "PostgreSQL", tempDb: tempPgStore }
]

/** Both of the store's services as one value, for tests that write and read in one go. */
export type Store = Omit<Ingest, "_tag"> & Omit<EventQuery, "_tag">
export const bothServices: Effect.Effect<Store, never, Ingest | EventQuery> = Effect.map(Effect.all([Ingest, EventQuery]), ([i, q]) => ({ ...i, ...q }))

/** Runs an effect against a store on `path` (a SQLite file or a postgres:// URL; opened and closed around the call). */
export const withStore = <A, E>(path: string, f: (s: Store) => Effect.Effect<A, E>): Promise<A> =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(bothServices, f)).pipe(Effect.provide(storeLayer(path))) as Effect.Effect<A, E, never>)

export const parseAll = (inputs: ReadonlyArray<DocumentInput>) => Effect.runPromise(parseCorpus(inputs).pipe(Effect.provide(CoreLive)))

/** Every stored event that matches `filter` (all of them by default), by paging through the store. */
export const allEvents = (s: Pick<EventQuery, "listEvents">, filter: Omit<EventFilter, "limit" | "cursor"> = {}) =>
  Effect.gen(function* () {
    const out = []
    let cursor: string | undefined
    for (;;) {
      const page = yield* s.listEvents({ ...filter, limit: 500, cursor })
      out.push(...page.items)
      if (page.nextCursor === null) return out
      cursor = page.nextCursor
    }
  })
export type { ManagedRuntime }

/** The CLI from source (tsx), as a user runs it: its exit code and what it printed. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}
export const runCli = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<CliRun> =>
  new Promise<CliRun>((resolve) => {
    const p = spawn(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "apps/cli/src/bin.ts"), ...args], { cwd: repoRoot, env: { ...process.env, ...env } })
    let stdout = ""
    let stderr = ""
    p.stdout.on("data", (b: Buffer) => (stdout += b.toString()))
    p.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    p.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
