import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the tui command lands; it says so instead of pretending to work.
export const tuiCommand = Command.make("tui", {}, () => Console.error("dashiji tui: not implemented yet"))
