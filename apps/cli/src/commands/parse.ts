import { rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { existingPath } from "../cli/values.ts"
import { readNumber, readText, requireTexts } from "../cli/read.ts"

export const parseCommand: CommandSpec = {
  name: "parse",
  summary: "parse documents and print one event record per line (JSON Lines)",
  args: [{ name: "FILE", description: "files or folders to parse (folders are read recursively)", required: true, variadic: true, check: existingPath }],
  options: [yearOption, { name: "no-dedup", description: "print every mention as its own event (no merging)" }, rosterOption],
  examples: [
    ["dashiji parse seeds/", "every event of a folder, deduplicated, as JSON Lines"],
    ["dashiji parse page.html --year 2021 --no-dedup", "each mention of one page, undated ones put in 2021"]
  ],
  notes: ["Unreadable or undecodable files are reported on stderr with the reason; the others are parsed, and the exit code is 1."],
  run: async ({ args, options }) => {
    const { parseToJsonl } = await import("../heavy.ts")
    const { jsonl, problems } = await parseToJsonl(requireTexts(args, "FILE"), {
      year: readNumber(options, "year"),
      dedup: options["no-dedup"] !== true,
      roster: readText(options, "roster")
    })
    process.stdout.write(jsonl)
    return { problems, failed: problems.length > 0 }
  }
}
