import type { OptionSpec } from "./spec.ts"
import { existingFile, year } from "./values.ts"

export const dbOption: OptionSpec = { name: "db", value: "FILE|URL", description: "the store: a SQLite file or postgres://… (default: $DASHIJI_DB, else data/dashiji.db)" }
export const yearOption: OptionSpec = { name: "year", value: "YYYY", description: "default year for dates whose year nothing in a document justifies", check: year }
export const rosterOption: OptionSpec = {
  name: "roster",
  value: "FILE",
  description: "officeholder roster (CSV name,office,jurisdiction,from,to,source) instead of the bundled one",
  check: existingFile
}

/** `1 document`, `2 documents`. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
