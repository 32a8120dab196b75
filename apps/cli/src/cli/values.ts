import { existsSync, readdirSync, statSync } from "node:fs"
import { basename, dirname } from "node:path"
import { isEventIdPrefix, KINDS } from "@dashiji/core/literals"
import { UsageError } from "./errors.ts"
import { didYouMean } from "./suggest.ts"

/**
 * Checks of option and argument values. Each takes the raw text and the name the user typed (`--month`,
 * `YYYY-MM`) and returns the value or throws a UsageError saying what is accepted.
 */
export type Check<A> = (raw: string, name: string) => A

const got = (raw: string) => ` (got ${JSON.stringify(raw)})`
/** "--roster: " before a message about a value, nothing for an argument (its message names it). */
const subject = (name: string) => (name.length > 0 ? `${name}: ` : "")

/** The event kinds, from the schema's constants (which load nothing, so `--help` stays instant). */
export { KINDS }
export type KindName = (typeof KINDS)[number]

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

/** YYYY-MM (XXXX-MM: the months of events whose year is unknown). */
export const month: Check<string> = (raw, name) => {
  const m = /^(\d{4}|XXXX)-(\d{2})$/.exec(raw)
  const mm = m === null ? 0 : Number(m[2])
  if (m === null || mm < 1 || mm > 12) throw new UsageError(`${name} expects YYYY-MM, e.g. 2020-02${got(raw)}`)
  return raw
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a day that exists (2020-02-30 does not). */
export const dateBound: Check<string> = (raw, name) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw)
  if (m === null) throw new UsageError(`${name} expects YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-02-18${got(raw)}`)
  const year = Number(m[1])
  if (m[2] !== undefined) {
    const mm = Number(m[2])
    if (mm < 1 || mm > 12) throw new UsageError(`${name} expects a month from 01 to 12${got(raw)}`)
    if (m[3] !== undefined) {
      const dd = Number(m[3])
      const last = daysIn(year, mm)
      if (dd < 1 || dd > last) throw new UsageError(`${name} expects a real date: ${monthNames[mm - 1]} ${year} has ${last} days${got(raw)}`)
    }
  }
  return raw
}

export const integer =
  (min: number, max: number, what = "a whole number"): Check<number> =>
  (raw, name) => {
    const n = /^[+-]?\d+$/.test(raw) ? Number(raw) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${name} expects ${what} from ${min} to ${max}${got(raw)}`)
    return n
  }

export const year: Check<number> = (raw, name) => {
  if (!/^\d{4}$/.test(raw)) throw new UsageError(`${name} expects a four-digit year, e.g. 2020${got(raw)}`)
  return Number(raw)
}

export const choice =
  <const A extends string>(values: ReadonlyArray<A>): Check<A> =>
  (raw, name) => {
    const found = values.find((v) => v === raw)
    if (found !== undefined) return found
    throw new UsageError(`${name} expects one of ${values.join(", ")}${got(raw)}${didYouMean(raw, values)}`)
  }

export const text =
  (max: number): Check<string> =>
  (raw, name) => {
    const s = raw.trim()
    if (s.length === 0) throw new UsageError(`${name} expects some text${got(raw)}`)
    if ([...s].length > max) throw new UsageError(`${name} expects at most ${max} characters (got ${[...s].length})`)
    return s
  }

/** An event id (ev_ and 12 hex digits) or the start of one, as git takes commit ids. */
export const eventId: Check<string> = (raw, name) => {
  const s = raw.trim().toLowerCase()
  if (!isEventIdPrefix(s)) throw new UsageError(`${name} expects an event id such as ev_5c1f0a9e2b7d (or its first characters, ev_5c1f)${got(raw)}`)
  return s
}

/** "; did you mean X?" among the entries beside a path that does not exist. */
const nearbyName = (path: string): string => {
  try {
    const dir = dirname(path)
    return didYouMean(basename(path), readdirSync(dir), (s) => (dir === "." ? s : `${dir}/${s}`))
  } catch {
    return ""
  }
}

export const existingFile: Check<string> = (raw, name) => {
  if (!existsSync(raw)) throw new UsageError(`${subject(name)}no such file: ${raw}${nearbyName(raw)}`)
  if (statSync(raw).isDirectory()) throw new UsageError(`${subject(name)}${raw} is a folder, not a file`)
  return raw
}

export const existingDirectory: Check<string> = (raw, name) => {
  if (!existsSync(raw)) throw new UsageError(`${subject(name)}no such folder: ${raw}${nearbyName(raw)}`)
  if (!statSync(raw).isDirectory()) throw new UsageError(`${subject(name)}${raw} is a file, not a folder`)
  return raw
}

export const existingPath: Check<string> = (raw, name) => {
  if (!existsSync(raw)) throw new UsageError(`${subject(name)}no such file or folder: ${raw}${nearbyName(raw)}`)
  return raw
}

/** A file to write: its folder must exist (nothing is created behind the user's back). */
export const outputFile: Check<string> = (raw, name) => {
  const dir = dirname(raw)
  if (!existsSync(dir)) throw new UsageError(`${subject(name)}no such folder: ${dir}${nearbyName(dir)}`)
  if (existsSync(raw) && statSync(raw).isDirectory()) throw new UsageError(`${subject(name)}${raw} is a folder, not a file name`)
  return raw
}

/** Comma-separated names from a fixed list (`--fields id,title`). */
export const fieldList =
  (fields: ReadonlyArray<string>): Check<ReadonlyArray<string>> =>
  (raw, name) => {
    const list = raw
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
    if (list.length === 0) throw new UsageError(`${name} expects field names separated by commas: ${fields.join(",")}`)
    for (const f of list)
      if (!fields.includes(f)) throw new UsageError(`${subject(name)}unknown field ${JSON.stringify(f)}${didYouMean(f, fields)}; fields: ${fields.join(",")}`)
    return list
  }
