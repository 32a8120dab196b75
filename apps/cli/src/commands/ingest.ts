import { dbOption, rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { UsageError } from "../cli/errors.ts"
import { existingFile, existingPath, integer } from "../cli/values.ts"
import { partFromEnv } from "../ingest-workers.ts"
import { readNumber, readText, readTexts } from "../cli/read.ts"

export const ingestCommand: CommandSpec = {
  name: "ingest",
  summary: "parse files or folders into the store (documents already stored are skipped)",
  args: [{ name: "PATH", description: "files or folders to ingest (folders are read recursively)", variadic: true, check: existingPath }],
  options: [
    { name: "manifest", value: "FILE", description: "JSON Lines, one document a line: {path, url, title, publisher, published}", check: existingFile },
    yearOption,
    rosterOption,
    { name: "workers", value: "N", description: "parse and store in N processes at once (default 1); the store ends the same as with one", check: integer(1, 64) },
    dbOption
  ],
  examples: [
    ["dashiji ingest news/", "every document of a folder into data/dashiji.db"],
    ["dashiji ingest a.html b.txt --db work.db --year 2021", "two files into another store, undated events put in 2021"],
    ["dashiji ingest --manifest pages.jsonl", "the documents a manifest lists, with their URL, title, publisher and date"],
    ["dashiji ingest news/ --workers 4 --db postgres://127.0.0.1/news", "four processes into a shared PostgreSQL store"]
  ],
  notes: [
    "Each document is parsed, deduplicated against the store and written in one transaction; one that is already",
    "stored (same bytes) is skipped. Bad files are reported with their reason and do not stop the others (exit 1).",
    "A progress bar shows on a terminal; one summary line is printed always.",
    "Metadata: a.html.meta.json (or a.meta.json) beside a file, or a --manifest line, gives url, title, publisher,",
    "published (YYYY-MM-DD) and fetchedAt; stored bytes given new metadata are updated, not stored twice."
  ],
  run: async ({ args, options }) => {
    const paths = readTexts(args, "PATH") ?? []
    if (paths.length === 0 && options["manifest"] === undefined) throw new UsageError("missing PATH: files or folders to ingest (or --manifest FILE)")
    const { ingestPaths, ingestSummaryLine } = await import("../heavy.ts")
    const r = await ingestPaths(paths, {
      manifest: readText(options, "manifest"),
      db: readText(options, "db"),
      year: readNumber(options, "year"),
      roster: readText(options, "roster"),
      workers: readNumber(options, "workers"),
      label: "ingest"
    })
    // a worker of `--workers N` answers its parent in JSON; the parent prints the one summary
    if (partFromEnv() !== null) {
      process.stdout.write(`${JSON.stringify(r)}\n`)
      return { failed: r.failed > 0 }
    }
    process.stdout.write(`${ingestSummaryLine(r)}\n`)
    return { problems: r.problems, failed: r.failed > 0 }
  }
}
