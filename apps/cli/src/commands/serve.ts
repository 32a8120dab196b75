import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the serve command lands; it says so instead of pretending to work.
export const serveCommand = Command.make("serve", {}, () => Console.error("dashiji serve: not implemented yet"))
