import { dbOption } from "../cli/common.ts"
import { PEOPLE_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { integer } from "../cli/values.ts"

export const peopleCommand: CommandSpec = {
  name: "people",
  summary: "everyone the stored events name, with pinyin, event counts and titles",
  args: [],
  options: [{ name: "limit", value: "N", description: "only the N most frequent", check: integer(1, 1_000_000) }, ...outputOptions(PEOPLE_FIELDS), dbOption],
  examples: [
    ["dashiji people --limit 20", "the twenty people named most often"],
    ["dashiji people --format csv -o people.csv", "everyone, for a spreadsheet"],
    ["dashiji events --person 张明", "then one person's events"]
  ],
  run: async ({ options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const { listPeople } = await import("../heavy.ts")
    await listPeople(options, format)
  }
}
