import { existsSync, mkdirSync, statSync } from "node:fs"
import { dirname, relative, resolve } from "node:path"
import Database from "better-sqlite3"
import { Failure, oneLine, UsageError } from "./cli/errors.ts"

/**
 * Which store file a command uses, checked before anything opens it: the store layer would create the
 * file, its folder and its tables. Light on purpose (no Effect, no store package): `serve` and `tui`
 * check their --db here before loading the server or the browser.
 */

/**
 * `--db` wins, then DASHIJI_DB, then data/dashiji.db under the current directory: @dashiji/store's
 * resolveDbPath, repeated so that checking a path loads no store (test/store-path.test.ts keeps them equal).
 */
export const resolveDbPath = (flag?: string | undefined): string => {
  const target = flag ?? process.env["DASHIJI_DB"] ?? "data/dashiji.db"
  return isPostgresUrl(target) ? target : resolve(target)
}

/** `postgres://…` or `postgresql://…`: a PostgreSQL store (as @dashiji/store's isPostgresUrl). */
export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target)

/** A store as messages name it: a file relative to here when inside it, a URL without its password. */
export const shown = (path: string): string => {
  if (isPostgresUrl(path)) {
    try {
      const u = new URL(path)
      if (u.password !== "") u.password = "***"
      return u.toString()
    } catch {
      return path.replace(/:[^:@/]*@/, ":***@")
    }
  }
  const r = relative(process.cwd(), path)
  return r.length > 0 && !r.startsWith("..") && r.length < path.length ? r : path
}

/** What the user typed, for messages: `--db FILE`, `$DASHIJI_DB` or the default. */
const source = (flag: string | undefined): string =>
  flag !== undefined ? "--db" : process.env["DASHIJI_DB"] !== undefined ? "$DASHIJI_DB" : "the default store"

/**
 * Looks at the file before the store layer opens it (which would create it, its folder and tables):
 * is it there, is it SQLite, is it a dashiji store? Returns whether it exists.
 */
const inspect = (path: string, flag: string | undefined): boolean => {
  if (!existsSync(path)) return false
  if (statSync(path).isDirectory()) throw new UsageError(`${source(flag)} ${shown(path)} is a folder; give the store's file (e.g. ${shown(resolve(path, "dashiji.db"))})`)
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    if (tables.length > 0 && !tables.includes("events"))
      throw new UsageError(`${source(flag)} ${shown(path)} is a SQLite database but not a dashiji store (it has no events table)`)
  } catch (e) {
    if (e instanceof UsageError) throw e
    const code = (e as { code?: string }).code
    if (code === "SQLITE_NOTADB") throw new UsageError(`${source(flag)} ${shown(path)} is not a dashiji store (not a SQLite file)`)
    throw new Failure(`cannot read the store ${shown(path)}: ${oneLine(e instanceof Error ? e.message : String(e))}`)
  } finally {
    db?.close()
  }
  return true
}

export interface OpenedStore {
  readonly path: string
  /** The file was not there before this command. */
  readonly created: boolean
  /** The folder that was made for it, if any. */
  readonly createdFolder?: string | undefined
}

/** A store to read: it must exist (ingest or start make one). */
export const storeToRead = (flag: string | undefined): OpenedStore => {
  const path = resolveDbPath(flag)
  // a server's database: whether it answers and holds a store is known when the store layer connects
  if (isPostgresUrl(path)) return { path, created: false }
  if (!inspect(path, flag))
    throw new UsageError(
      flag === undefined && process.env["DASHIJI_DB"] === undefined
        ? `no store at ${shown(path)}: run dashiji ingest PATH… or dashiji start first, or give --db FILE`
        : `${source(flag)} ${shown(path)} does not exist (dashiji ingest or start create a store)`
    )
  return { path, created: false }
}

/** A store to write: an existing one, or a new file (and its folder), which the command then names. */
export const storeToWrite = (flag: string | undefined): OpenedStore => {
  const path = resolveDbPath(flag)
  if (isPostgresUrl(path)) return { path, created: false }
  if (inspect(path, flag)) return { path, created: false }
  const dir = dirname(path)
  let createdFolder: string | undefined
  if (!existsSync(dir)) {
    try {
      createdFolder = mkdirSync(dir, { recursive: true }) ?? dir
    } catch (e) {
      throw new UsageError(`${source(flag)} ${shown(path)}: cannot make the folder ${shown(dir)} (${oneLine(e instanceof Error ? e.message : String(e))})`)
    }
  } else if (!statSync(dir).isDirectory()) throw new UsageError(`${source(flag)} ${shown(path)}: ${shown(dir)} is a file, not a folder`)
  return { path, created: true, createdFolder }
}
