import { existsSync, readdirSync } from "node:fs"
import { UsageError } from "../cli/errors.ts"
import { rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { existingDirectory, existingFile } from "../cli/values.ts"
import { readNumber, readText, requireTexts } from "../cli/read.ts"

const defaultSets = ["seeds", "eval/corpus", "eval/collected"]
const hasGold = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => /^gold.*\.jsonl$/.test(f))

/** A gold set folder: gold*.jsonl beside the documents or a raw/ folder. */
const goldSet = (raw: string, name: string): string => {
  const dir = existingDirectory(raw, name)
  if (!hasGold(dir)) throw new UsageError(`${name} ${dir} is not a gold set: it has no gold*.jsonl`)
  return dir
}

export const evalCommand: CommandSpec = {
  name: "eval",
  summary: "score extraction against gold sets, per set and overall",
  args: [{ name: "SET", description: "gold set folders (gold*.jsonl and raw/); default: seeds, eval/corpus, eval/collected", variadic: true, check: goldSet }],
  options: [
    { name: "gold", value: "FILE", description: "one gold file (JSON Lines), with --docs", check: existingFile },
    { name: "docs", value: "DIR", description: "the folder holding the documents of --gold", check: existingDirectory },
    { name: "json", description: "print the scores as one JSON object" },
    { name: "details", description: "list every gold mention missed or scored wrong, with what was predicted, and every pair the deduplication got wrong" },
    { name: "all", description: "with --details, list the mentions scored right too" },
    yearOption,
    rosterOption
  ],
  examples: [
    ["dashiji eval", "the development sets, side by side and pooled"],
    ["dashiji eval eval/corpus --details", "one set, with every miss and what was predicted"],
    ["dashiji eval --gold gold.jsonl --docs raw/ --json", "one gold file, as JSON"]
  ],
  notes: ["The format of gold files is eval/GOLD-FORMAT.md."],
  run: async ({ args, options }) => {
    const sets = requireTexts(args, "SET")
    const gold = readText(options, "gold")
    const docs = readText(options, "docs")
    if (docs !== undefined && gold === undefined) throw new UsageError("--docs goes with --gold FILE (the gold file of those documents)")
    const details = options["details"] === true
    if (options["all"] === true && !details) throw new UsageError("--all goes with --details")
    const dirs = sets.length > 0 || gold !== undefined ? sets : defaultSets.filter(hasGold)
    if (dirs.length === 0 && gold === undefined) throw new UsageError("no gold sets here: give SET folders or --gold FILE --docs DIR (run from the repository root for the default sets)")

    const { evaluateGold } = await import("../heavy.ts")
    process.stdout.write(
      await evaluateGold({ sets: dirs, gold, docs, json: options["json"] === true, details, all: options["all"] === true, year: readNumber(options, "year"), roster: readText(options, "roster") })
    )
  }
}
