import type { ExtractedMention } from "../mention.ts"

/** Who the event is about: its leads, or failing those the first person named with a title. */
export const principals = (m: Pick<ExtractedMention, "people">): Set<string> => {
  const leads = m.people.filter((p) => p.role === "lead").map((p) => p.name)
  if (leads.length > 0) return new Set(leads)
  const titled = m.people.find((p) => p.titles.length > 0)
  return new Set(titled === undefined ? [] : [titled.name])
}
