import { Data } from "effect"
import { readFileSync } from "node:fs"
import { WordSet } from "./wordset.ts"

/**
 * Officeholders with their terms (data/roster.csv, or the user's file given with --roster).
 * Format, one holder of one office per line (a `#` line is a comment, the header line is optional):
 *   name,office,jurisdiction,from,to,source
 *   张明,省委书记,湖南,2018-03,2021-09,…
 * `from`/`to` are YYYY-MM (or YYYY); an empty `to` means still in office. `jurisdiction` is the short
 * name of the province (河南, 内蒙古), or 中央 for national offices.
 */
export interface RosterEntry {
  readonly name: string
  readonly office: string
  readonly jurisdiction: string
  /** Months since year 0 (year * 12 + month - 1), inclusive. */
  readonly from: number
  /** Inclusive; null while in office. */
  readonly to: number | null
  readonly source: string
}

export interface Roster {
  readonly entries: ReadonlyArray<RosterEntry>
  readonly byName: ReadonlyMap<string, ReadonlyArray<RosterEntry>>
  /** The names, for finding them in text quickly. */
  readonly names: WordSet
  /** Jurisdiction names found in the roster, longest first (for stripping them from titles). */
  readonly jurisdictions: ReadonlyArray<string>
}

export class RosterLoadError extends Data.TaggedError("RosterLoadError")<{
  readonly path: string
  readonly reason: string
}> {
  override get message() {
    return `cannot read roster ${this.path}: ${this.reason}`
  }
}

const monthIndex = (s: string, end: boolean): number | null => {
  const m = /^(\d{4})(?:[-./](\d{1,2}))?$/.exec(s.trim())
  if (m === null) return null
  const year = Number(m[1])
  const month = m[2] === undefined ? (end ? 12 : 1) : Number(m[2])
  if (month < 1 || month > 12) return null
  return year * 12 + month - 1
}

const splitCsvLine = (line: string): Array<string> => {
  const out: Array<string> = []
  let cur = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === "," || c === "\t") {
      out.push(cur)
      cur = ""
    } else cur += c
  }
  out.push(cur)
  return out.map((s) => s.trim())
}

export interface RosterProblem {
  readonly line: number
  readonly reason: string
}

/** Parses roster text; lines that do not parse are reported, not fatal. */
export const parseRoster = (text: string): { roster: Roster; problems: Array<RosterProblem> } => {
  const entries: Array<RosterEntry> = []
  const problems: Array<RosterProblem> = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line.length === 0 || line.startsWith("#")) return
    const cells = splitCsvLine(line)
    if (i === 0 || cells[0] === "name") {
      if (cells[0] === "name") return
    }
    const [name, office, jurisdiction, from, to, ...rest] = cells
    if (name === undefined || office === undefined || name.length === 0 || office.length === 0) {
      problems.push({ line: i + 1, reason: "missing name or office" })
      return
    }
    const f = monthIndex(from ?? "", false)
    const t = to === undefined || to.length === 0 ? null : monthIndex(to, true)
    if (f === null || (to !== undefined && to.length > 0 && t === null)) {
      problems.push({ line: i + 1, reason: `bad term ${from ?? ""}–${to ?? ""}` })
      return
    }
    entries.push({ name, office, jurisdiction: jurisdiction ?? "", from: f, to: t, source: rest.join(",") })
  })
  return { roster: makeRoster(entries), problems }
}

export const makeRoster = (entries: ReadonlyArray<RosterEntry>): Roster => {
  const byName = new Map<string, Array<RosterEntry>>()
  for (const e of entries) {
    const list = byName.get(e.name) ?? []
    list.push(e)
    byName.set(e.name, list)
  }
  const jurisdictions = [...new Set(entries.map((e) => e.jurisdiction).filter((j) => j.length > 0))].sort(
    (a, b) => b.length - a.length
  )
  return { entries, byName, names: new WordSet(byName.keys()), jurisdictions }
}

/** Reads a roster file; a file that yields no entry at all is an error. */
export const readRosterFile = (path: string): Roster => {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (e) {
    throw new RosterLoadError({ path, reason: e instanceof Error ? e.message : String(e) })
  }
  const { roster, problems } = parseRoster(text)
  if (roster.entries.length === 0)
    throw new RosterLoadError({ path, reason: problems[0] ? `line ${problems[0].line}: ${problems[0].reason}` : "no entries" })
  return roster
}
