import { DOCUMENT_FIELDS } from "../cli/fields.ts"
import { listingCommand } from "./listing-command.ts"

export const documentsCommand = listingCommand({
  name: "documents",
  summary: "the stored documents: format, encoding, size, mentions and events each gave",
  limit: "only the first N (by name)",
  fields: DOCUMENT_FIELDS,
  examples: [
    ["dashiji documents", "what has been ingested"],
    ["dashiji documents --fields name,events --format csv", "names and event counts as CSV"]
  ],
  list: "listDocuments"
})
