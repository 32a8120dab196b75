import { dbOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { readText } from "../cli/read.ts"

export const migrateCommand: CommandSpec = {
  name: "migrate",
  summary: "bring the store's tables to this version of dashiji (every command also does this when it opens a store)",
  args: [],
  options: [dbOption],
  examples: [
    ["dashiji migrate --db postgres://127.0.0.1/news", "make or update the tables of a shared PostgreSQL store"],
    ["dashiji migrate", "the same for data/dashiji.db"]
  ],
  notes: ["Safe to run while others use the store: migrations take a lock, and a second run finds nothing to do."],
  run: async ({ options }) => {
    const { migrateStore } = await import("../heavy.ts")
    process.stdout.write(`${await migrateStore(readText(options, "db"))}\n`)
  }
}
