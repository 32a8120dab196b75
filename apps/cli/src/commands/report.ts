import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the report command lands; it says so instead of pretending to work.
export const reportCommand = Command.make("report", {}, () => Console.error("dashiji report: not implemented yet"))
