import { dbOption } from "../cli/common.ts"
import { MONTH_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"

export const monthsCommand: CommandSpec = {
  name: "months",
  summary: "the months that have events, with counts",
  args: [],
  options: [...outputOptions(MONTH_FIELDS), dbOption],
  examples: [
    ["dashiji months", "every month with its number of events"],
    ["dashiji months --fields month,events --format csv", "the same as CSV"]
  ],
  notes: ["XXXX-MM holds events whose year is unknown."],
  run: async ({ options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const { listMonths } = await import("../heavy.ts")
    await listMonths(options, format)
  }
}
