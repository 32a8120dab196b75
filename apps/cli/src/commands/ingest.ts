import { count, dbOption, rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { existingPath } from "../cli/values.ts"

export const ingestCommand: CommandSpec = {
  name: "ingest",
  summary: "parse files or folders into the store (documents already stored are skipped)",
  args: [{ name: "PATH", description: "files or folders to ingest (folders are read recursively)", required: true, variadic: true, check: existingPath }],
  options: [yearOption, rosterOption, dbOption],
  examples: [
    ["dashiji ingest news/", "every document of a folder into data/dashiji.db"],
    ["dashiji ingest a.html b.txt --db work.db --year 2021", "two files into another store, undated events put in 2021"]
  ],
  notes: [
    "Each document is parsed, deduplicated against the store and written in one transaction; one that is already",
    "stored (same bytes) is skipped. Bad files are reported with their reason and do not stop the others (exit 1).",
    "A progress bar shows on a terminal; one summary line is printed always."
  ],
  run: async ({ args, options }) => {
    const { ingestPaths, newStoreNote } = await import("../heavy.ts")
    const r = await ingestPaths(args["PATH"] as Array<string>, {
      db: options["db"] as string | undefined,
      year: options["year"] as number | undefined,
      roster: options["roster"] as string | undefined,
      label: "ingest"
    })
    for (const p of r.problems) process.stderr.write(`dashiji ingest: ${p}\n`)
    const notes = [r.skipped > 0 ? `${r.skipped} already stored` : "", r.failed > 0 ? `${r.failed} failed` : ""].filter((s) => s.length > 0)
    process.stdout.write(
      `${count(r.read, "document")} read${notes.length > 0 ? ` (${notes.join(", ")})` : ""}, ${count(r.created, "event")} stored` +
        `${r.merged > 0 ? ` (${r.merged} merged into stored events)` : ""}; ${count(r.total, "event")} in ${r.shownPath}${newStoreNote(r)}\n`
    )
    if (r.failed > 0) process.exitCode = 1
  }
}
