import { createHash } from "node:crypto"
import type { Event } from "./schema/event.ts"
import type { ExtractedMention } from "./mention.ts"

/** A mention shown as an event of its own (`--no-dedup`): same id rule as a one-member cluster. */
export const mentionAsEvent = (m: ExtractedMention): Event => ({
  id: `ev_${createHash("sha256").update(m.key).digest("hex").slice(0, 12)}`,
  date: m.date,
  title: m.title,
  summary: m.summary,
  text: m.text,
  kind: m.kind,
  people: [...m.people],
  places: [...m.places],
  organizations: [...m.organizations],
  reporters: [...m.reporters],
  sources: [{ document: m.document, span: m.span, format: m.format }],
  merged: [],
  warnings: [...m.warnings]
})
