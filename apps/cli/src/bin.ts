#!/usr/bin/env node
import { Command } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { parseCommand } from "./commands/parse.ts"
import { evalCommand } from "./commands/eval.ts"
import { ingestCommand } from "./commands/ingest.ts"
import { eventsCommand } from "./commands/events.ts"
import { reportCommand } from "./commands/report.ts"
import { serveCommand } from "./commands/serve.ts"
import { tuiCommand } from "./commands/tui.ts"
import { startCommand } from "./commands/start.ts"

const root = Command.make("dashiji").pipe(
  Command.withDescription("大事记: turn Chinese government news into a deduplicated chronicle of dated events"),
  Command.withSubcommands([
    parseCommand,
    evalCommand,
    ingestCommand,
    eventsCommand,
    reportCommand,
    serveCommand,
    tuiCommand,
    startCommand
  ])
)

// `dashiji events | head` closes the pipe early: that is not an error
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0)
  throw e
})

const cli = Command.run(root, { name: "dashiji", version: "0.1.0" })

Effect.suspend(() => cli(process.argv)).pipe(Effect.provide(NodeContext.layer), NodeRuntime.runMain({ disableErrorReporting: false }))
