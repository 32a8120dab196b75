#!/usr/bin/env node
import { UsageError } from "./cli/errors.ts"
import { debugWanted, type Ending, endingOf, failureEnding } from "./cli/exit.ts"
import { commandHelp, rootHelp } from "./cli/help.ts"
import { type CommandSpec, parseCommandLine } from "./cli/spec.ts"
import { styleFor } from "./cli/style.ts"
import { didYouMean } from "./cli/suggest.ts"
import { copyCommand } from "./commands/copy.ts"
import { documentsCommand } from "./commands/documents.ts"
import { evalCommand } from "./commands/eval.ts"
import { fetchCommand } from "./commands/fetch.ts"
import { eventsCommand } from "./commands/events.ts"
import { ingestCommand } from "./commands/ingest.ts"
import { migrateCommand } from "./commands/migrate.ts"
import { monthsCommand } from "./commands/months.ts"
import { parseCommand } from "./commands/parse.ts"
import { peopleCommand } from "./commands/people.ts"
import { placesCommand } from "./commands/places.ts"
import { reportCommand } from "./commands/report.ts"
import { serveCommand } from "./commands/serve.ts"
import { showCommand } from "./commands/show.ts"
import { startCommand } from "./commands/start.ts"
import { tuiCommand } from "./commands/tui.ts"
import { watchCommand } from "./commands/watch.ts"

/**
 * `dashiji`: one command per file in commands/. This file and the command specs load nothing heavy; each
 * command imports the store, the parser or the browser when it runs, so help and errors are instant.
 */

const VERSION = "0.1.0"

export const commands: ReadonlyArray<CommandSpec> = [
  startCommand,
  ingestCommand,
  fetchCommand,
  watchCommand,
  eventsCommand,
  showCommand,
  peopleCommand,
  placesCommand,
  monthsCommand,
  documentsCommand,
  reportCommand,
  tuiCommand,
  serveCommand,
  migrateCommand,
  copyCommand,
  parseCommand,
  evalCommand
]

const debug = debugWanted()

/** Writes a command's ending (exit.ts decides it) and returns the exit code. */
const end = (ending: Ending): number => {
  for (const line of ending.lines) process.stderr.write(`${line}\n`)
  return ending.code
}
const report = (prefix: string, e: unknown): number => end(failureEnding(prefix, e, debug))

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [first, ...rest] = argv
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined
    const spec = topic === undefined ? undefined : commands.find((c) => c.name === topic)
    if (topic !== undefined && spec === undefined) throw new UsageError(`no command ${JSON.stringify(topic)}${didYouMean(topic, commands.map((c) => c.name))}`)
    process.stdout.write(spec === undefined ? rootHelp(commands, VERSION, styleFor(process.stdout)) : commandHelp(spec, styleFor(process.stdout)))
    return 0
  }
  if (first === "--version" || first === "-V") {
    process.stdout.write(`dashiji ${VERSION}\n`)
    return 0
  }
  if (first.startsWith("-")) throw new UsageError(`unknown option ${first} before the command${didYouMean(first, ["--help", "--version"])}; dashiji --help lists the commands`)
  const spec = commands.find((c) => c.name === first)
  if (spec === undefined)
    throw new UsageError(`unknown command ${JSON.stringify(first)}${didYouMean(first, commands.map((c) => c.name))} (commands: ${commands.map((c) => c.name).join(", ")})`)
  let parsed
  try {
    parsed = parseCommandLine(spec, rest)
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${e.message} (see dashiji ${spec.name} --help)`)
    throw e
  }
  if (parsed === "help") {
    process.stdout.write(commandHelp(spec, styleFor(process.stdout)))
    return 0
  }
  return end(endingOf(`dashiji ${spec.name}`, await spec.run(parsed)))
}

const argv = process.argv.slice(2)
const prefix = commands.some((c) => c.name === argv[0]) ? `dashiji ${argv[0]}` : "dashiji"

// `dashiji events | head` closes the pipe early: that is not an error
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
  process.exitCode = report(prefix, e)
})
process.on("uncaughtException", (e) => {
  process.exit(report(prefix, e))
})
process.on("unhandledRejection", (e) => {
  process.exit(report(prefix, e))
})

try {
  const code = await main(argv)
  if (code !== 0) process.exitCode = code
} catch (e) {
  process.exitCode = report(prefix, e)
}
