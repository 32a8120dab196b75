import { dbOption } from "../cli/common.ts"
import { DOCUMENT_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { integer } from "../cli/values.ts"

export const documentsCommand: CommandSpec = {
  name: "documents",
  summary: "the stored documents: format, encoding, size, mentions and events each gave",
  args: [],
  options: [{ name: "limit", value: "N", description: "only the first N (by name)", check: integer(1, 1_000_000) }, ...outputOptions(DOCUMENT_FIELDS), dbOption],
  examples: [
    ["dashiji documents", "what has been ingested"],
    ["dashiji documents --fields name,events --format csv", "names and event counts as CSV"]
  ],
  run: async ({ options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const { listDocuments } = await import("../heavy.ts")
    await listDocuments(options, format)
  }
}
