import { dbOption, rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { existingDirectory, integer } from "../cli/values.ts"
import { readNumber, readText, requireText } from "../cli/read.ts"

export const watchCommand: CommandSpec = {
  name: "watch",
  summary: "ingest a folder, then its new and changed files as they appear, until stopped",
  args: [{ name: "DIR", description: "the folder to watch (with its subfolders)", required: true, check: existingDirectory }],
  options: [{ name: "settle", value: "MS", description: "quiet time after a change before ingesting (default 500)", check: integer(0, 60_000) }, yearOption, rosterOption, dbOption],
  examples: [["dashiji watch inbox/", "ingest inbox/ now and whatever is saved there later"]],
  notes: [
    "One summary line per batch, as ingest prints. New files and changed ones are stored: a changed file is a new",
    "version beside the old, named NAME@<hash>, each version with its file's modification time as fetched_at",
    "(dashiji documents --fields name,fetched_at); a NAME.meta.json written beside a file updates its metadata.",
    "Stops on Ctrl-C (SIGINT) or SIGTERM, after the batch under way."
  ],
  run: async ({ args, options }) => {
    const { watchFolder } = await import("../heavy.ts")
    await watchFolder(requireText(args, "DIR"), {
      db: readText(options, "db"),
      year: readNumber(options, "year"),
      roster: readText(options, "roster"),
      settleMs: readNumber(options, "settle") ?? 500
    })
  }
}
