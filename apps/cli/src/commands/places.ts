import { PLACE_FIELDS } from "../cli/fields.ts"
import { listingCommand } from "./listing-command.ts"

export const placesCommand = listingCommand({
  name: "places",
  summary: "every place the stored events name, with its level and event count",
  limit: "only the N most frequent",
  fields: PLACE_FIELDS,
  examples: [
    ["dashiji places --limit 10", "the ten places named most often"],
    ["dashiji places --json", "every place as JSON Lines"],
    ["dashiji events --place 某市", "then the events at one place"]
  ],
  list: "listPlaces"
})
