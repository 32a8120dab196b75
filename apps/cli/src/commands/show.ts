import { dbOption } from "../cli/common.ts"
import { EVENT_FIELDS } from "../cli/fields.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { eventId, existingPath, integer } from "../cli/values.ts"
import { requireText } from "../cli/read.ts"

export const showCommand: CommandSpec = {
  name: "show",
  summary: "one event in full, with the text around each of its sources",
  args: [{ name: "ID", description: "an event id (ev_5c1f0a9e2b7d) or its first characters (ev_5c1f)", required: true, check: eventId, label: "ID" }],
  options: [
    { name: "context", value: "N", description: "characters of the document shown before and after each source (default 80)", check: integer(0, 100_000) },
    { name: "docs", value: "PATH", description: "where the documents are, to show their raw text (repeatable; the current folder and seeds/ are looked in too)", repeatable: true, check: existingPath },
    ...outputOptions(EVENT_FIELDS),
    dbOption
  ],
  examples: [
    ["dashiji show ev_5c1f", "the event, its people, places, sources and merges"],
    ["dashiji show ev_5c1f0a9e2b7d --docs news/ --context 200", "with more of each source document around it"],
    ["dashiji show ev_5c1f --json", "the event record"]
  ],
  notes: [
    "A source's text comes from its document when the file is found unchanged (same content hash) in --docs, the",
    "current folder or seeds/; otherwise from what the store kept of the mention."
  ],
  run: async ({ args, options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const { showEvent } = await import("../heavy.ts")
    await showEvent(requireText(args, "ID"), options, format)
  }
}
