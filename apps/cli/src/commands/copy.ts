import { UsageError } from "../cli/errors.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { text } from "../cli/values.ts"
import { readText } from "../cli/read.ts"

export const copyCommand: CommandSpec = {
  name: "copy",
  summary: "copy a whole store into a new one: SQLite to PostgreSQL and back",
  args: [],
  options: [
    { name: "from", value: "FILE|URL", description: "the store to read (a SQLite file or postgres://…)", check: text(2000) },
    { name: "to", value: "FILE|URL", description: "the store to write: new, or empty (a SQLite file or postgres://…)", check: text(2000) }
  ],
  examples: [
    ["dashiji copy --from data/dashiji.db --to postgres://127.0.0.1/news", "move a personal store to a shared server"],
    ["dashiji copy --from postgres://127.0.0.1/news --to news.db", "a SQLite copy of a shared store, to take along"]
  ],
  notes: [
    "Documents, events, mentions and the fetch log are copied; the target builds its own indexes and full text.",
    "The target must hold no documents or events: nothing is merged or overwritten."
  ],
  run: async ({ options }) => {
    const from = readText(options, "from")
    const to = readText(options, "to")
    if (from === undefined || to === undefined) throw new UsageError("copy needs --from STORE and --to STORE")
    const { copyStores } = await import("../heavy.ts")
    const tty = process.stderr.isTTY === true && (process.env["CI"] ?? "") === ""
    const line = await copyStores(from, to, (table, rows) => {
      if (tty) process.stderr.write(`\r\x1b[2Kcopy: ${table} ${rows}`)
    })
    if (tty) process.stderr.write("\r\x1b[2K")
    process.stdout.write(`${line}\n`)
  }
}
