import { PEOPLE_FIELDS } from "../cli/fields.ts"
import { listingCommand } from "./listing-command.ts"

export const peopleCommand = listingCommand({
  name: "people",
  summary: "everyone the stored events name, with pinyin, event counts and titles",
  limit: "only the N most frequent",
  fields: PEOPLE_FIELDS,
  examples: [
    ["dashiji people --limit 20", "the twenty people named most often"],
    ["dashiji people --format csv -o people.csv", "everyone, for a spreadsheet"],
    ["dashiji events --person 张明", "then one person's events"]
  ],
  list: "listPeople"
})
