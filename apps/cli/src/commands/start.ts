import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the start command lands; it says so instead of pretending to work.
export const startCommand = Command.make("start", {}, () => Console.error("dashiji start: not implemented yet"))
