import { dbOption } from "../cli/common.ts"
import { PLACE_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { integer } from "../cli/values.ts"

export const placesCommand: CommandSpec = {
  name: "places",
  summary: "every place the stored events name, with its level and event count",
  args: [],
  options: [{ name: "limit", value: "N", description: "only the N most frequent", check: integer(1, 1_000_000) }, ...outputOptions(PLACE_FIELDS), dbOption],
  examples: [
    ["dashiji places --limit 10", "the ten places named most often"],
    ["dashiji places --json", "every place as JSON Lines"],
    ["dashiji events --place 某市", "then the events at one place"]
  ],
  run: async ({ options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const { listPlaces } = await import("../heavy.ts")
    await listPlaces(options, format)
  }
}
