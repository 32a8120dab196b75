import { Options } from "@effect/cli"
import { Knowledge, Segmenter } from "@dashiji/core"
import { Layer, Option } from "effect"

export const rosterOption = Options.file("roster").pipe(
  Options.optional,
  Options.withDescription("officeholder roster file (CSV: name,office,jurisdiction,from,to,source) instead of the bundled one")
)

/** The core services, with the user's roster when one is given. */
export const knowledgeLayer = (roster: Option.Option<string>) =>
  Layer.mergeAll(Segmenter.Default, Option.isSome(roster) ? Knowledge.withRoster(roster.value) : Knowledge.Default)
