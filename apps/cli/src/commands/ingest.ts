import { Command } from "@effect/cli"
import { Console } from "effect"

// Placeholder until the ingest command lands; it says so instead of pretending to work.
export const ingestCommand = Command.make("ingest", {}, () => Console.error("dashiji ingest: not implemented yet"))
