import { Args, Command, Options } from "@effect/cli"
import { collectDocuments, describeDocumentError, Event, parseCorpus } from "@dashiji/core"
import { Effect, Option, Schema } from "effect"
import { knowledgeLayer, rosterOption } from "../knowledge.ts"

const encode = Schema.encodeSync(Event)

export const parseCommand = Command.make(
  "parse",
  {
    files: Args.text({ name: "FILE" }).pipe(Args.repeated),
    year: Options.integer("year").pipe(Options.optional, Options.withDescription("default year when nothing in a document justifies one")),
    noDedup: Options.boolean("no-dedup").pipe(Options.withDescription("print raw mentions, one event each")),
    roster: rosterOption
  },
  ({ files, year, noDedup, roster }) =>
    Effect.gen(function* () {
      const { inputs, errors: unreadable } = yield* collectDocuments(files)
      const result = yield* parseCorpus(inputs, { year: Option.getOrUndefined(year), dedup: !noDedup })
      const out: Array<string> = []
      for (const e of result.events) out.push(JSON.stringify(encode(e)))
      if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`)
      for (const e of unreadable) process.stderr.write(`dashiji parse: ${e.document}: ${e.reason}\n`)
      for (const e of result.errors) process.stderr.write(`dashiji parse: ${describeDocumentError(e)}\n`)
      if (unreadable.length + result.errors.length > 0) process.exitCode = 1
    }).pipe(Effect.provide(knowledgeLayer(roster)))
).pipe(Command.withDescription("parse documents and print one event record per line (JSON Lines)"))
