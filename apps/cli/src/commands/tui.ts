import { Command } from "@effect/cli"
import { interactive, printMonths, runTui } from "@dashiji/tui"
import { resolveDbPath } from "@dashiji/store"
import { Effect, Option } from "effect"
import { dbOption } from "./ingest.ts"

/** The terminal browser, or the month list when there is no terminal to browse in. */
export const browse = (db: string) => Effect.promise(() => (interactive() ? runTui(db) : printMonths(db)))

export const tuiCommand = Command.make("tui", { db: dbOption }, ({ db }) => browse(resolveDbPath(Option.getOrUndefined(db)))).pipe(
  Command.withDescription("browse the store in the terminal (months → events → detail)")
)
