import { createHash } from "node:crypto"
import { yearSourceRank, type ExtractedMention } from "../mention.ts"
import type { Event, EventDate, Merged, Person, Place, Role } from "../schema/event.ts"
import type { Link } from "./confirm.ts"

const roleRank: Record<Role, number> = { lead: 3, met: 2, participant: 1, mentioned: 0 }

/** The richest mention leads: dated, more text, more people and places; the key breaks ties. */
const richness = (m: ExtractedMention) =>
  (m.date.start.length > 4 ? 1_000_000 : 0) + m.text.length + 40 * (m.people.length + m.places.length)

const dateStrength = (d: EventDate) =>
  (d.start.startsWith("XXXX") ? 0 : 100) + yearSourceRank[d.year.source] * 10 + (d.precision === "day" ? 2 : d.precision === "month" ? 1 : 0)

export const eventId = (keys: ReadonlyArray<string>): string => {
  const min = [...keys].sort()[0] ?? ""
  return `ev_${createHash("sha256").update(min).digest("hex").slice(0, 12)}`
}

/** One cluster of mentions → one event: sources, merge reasons, unioned entities, the best-justified date. */
export const buildEvent = (
  members: ReadonlyArray<ExtractedMention>,
  linkOf: (m: ExtractedMention, primary: ExtractedMention) => Link
): Event => {
  const ordered = [...members].sort((a, b) => richness(b) - richness(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const primary = ordered[0]!
  const rest = ordered.slice(1).sort((a, b) => (a.key < b.key ? -1 : 1))
  const byDate = [...members].sort((a, b) => dateStrength(b.date) - dateStrength(a.date) || (a.key < b.key ? -1 : 1))
  const date = byDate[0]!.date
  const warnings = new Set<string>(members.flatMap((m) => m.warnings))
  const resolved = new Set(members.filter((m) => !m.date.start.startsWith("XXXX")).map((m) => m.date.start))
  if (resolved.size > 1) warnings.add("date-conflict")
  if (!date.start.startsWith("XXXX") || date.start.length > 4) {
    warnings.delete("undated")
    warnings.delete("fragment")
  }
  if (date.year.source === "text" || date.year.source === "header") warnings.delete("year-inferred")

  const people = new Map<string, { titles: Set<string>; role: Role }>()
  for (const m of [primary, ...rest])
    for (const p of m.people) {
      const cur = people.get(p.name)
      if (cur === undefined) people.set(p.name, { titles: new Set(p.titles), role: p.role })
      else {
        p.titles.forEach((t) => cur.titles.add(t))
        if (roleRank[p.role] > roleRank[cur.role]) cur.role = p.role
      }
    }
  const places = new Map<string, Place>()
  for (const m of [primary, ...rest]) for (const p of m.places) if (!places.has(p.name)) places.set(p.name, p)
  const union = (f: (m: ExtractedMention) => ReadonlyArray<string>) => [...new Set([primary, ...rest].flatMap(f))]

  const merged: Array<Merged> = rest.map((m) => {
    const link = linkOf(m, primary)
    return { document: m.document, span: m.span, method: link.method, score: link.score }
  })
  const personList: Array<Person> = [...people].map(([name, v]) => ({ name, titles: [...v.titles], role: v.role }))
  return {
    id: eventId(members.map((m) => m.key)),
    date,
    title: primary.title,
    summary: primary.summary,
    text: primary.text,
    kind: primary.kind,
    people: personList,
    places: [...places.values()],
    organizations: union((m) => m.organizations),
    reporters: union((m) => m.reporters),
    sources: [primary, ...rest].map((m) => ({ document: m.document, span: m.span, format: m.format })) as unknown as Event["sources"],
    merged,
    warnings: [...warnings].sort()
  }
}
