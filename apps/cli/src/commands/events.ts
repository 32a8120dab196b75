import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the events command lands; it says so instead of pretending to work.
export const eventsCommand = Command.make("events", {}, () => Console.error("dashiji events: not implemented yet"))
