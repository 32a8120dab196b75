import { dbOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { readText } from "../cli/read.ts"

/** The terminal browser, or the month list when there is no terminal to browse in. */
export const browse = async (db: string): Promise<void> => {
  const { interactive, printMonths, runTui } = await import("@dashiji/tui")
  await (interactive() ? runTui(db) : printMonths(db))
}

export const tuiCommand: CommandSpec = {
  name: "tui",
  summary: "browse the store in the terminal (months → events → detail)",
  args: [],
  options: [dbOption],
  examples: [
    ["dashiji tui", "browse data/dashiji.db"],
    ["dashiji tui --db work.db | cat", "without a terminal: the months with their counts"]
  ],
  notes: ["Keys: ↑ ↓ or j k move, Enter opens, Tab switches panes, / searches, ? shows every key, q quits."],
  run: async ({ options }) => {
    const { storeToRead } = await import("../store-path.ts")
    await browse(storeToRead(readText(options, "db")).path)
  }
}
