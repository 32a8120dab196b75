import { createHash } from "node:crypto"
import { yearSourceRank, type ExtractedMention } from "../mention.ts"
import { normalized, withoutEnclosingProvinces } from "../extract/places/index.ts"
import { bundledGazetteer } from "../knowledge/gazetteer.ts"
import type { Event, EventDate, Merged, Person, Place, Role, Warning } from "../schema/event.ts"
import { isCaption } from "./caption.ts"
import { confirmPair, continuesOccasion, type Link } from "./confirm.ts"
import { compatibleDates, hasYear } from "./dates.ts"
import type { Fingerprint } from "./fingerprint.ts"
import { namePinyin } from "../extract/pinyin.ts"
import { intersectionSize } from "./shingles.ts"

const roleRank: Record<Role, number> = { lead: 3, met: 2, participant: 1, mentioned: 0 }

/**
 * The richest mention leads: dated, more text, more people and places (a province named with a place
 * inside it, 在甘肃敦煌, adds nothing to what the mention tells); the key breaks ties. A paragraph that goes
 * on with an occasion told above it (当日下午,某某来到…) never leads, nor does a photo's caption (…某某作报告。
 * 本报记者 某某 摄): their titles are no name for the occasion.
 */
const richness = (m: ExtractedMention) =>
  (m.date.start.length > 4 ? 1_000_000 : 0) +
  (continuesOccasion(m) || isCaption(m) ? 0 : 500_000) +
  m.text.length +
  40 * (m.people.length + withoutEnclosingProvinces(m.places, bundledGazetteer()).length)

const dateStrength = (d: EventDate) =>
  (d.start.startsWith("XXXX") ? 0 : 100) + yearSourceRank[d.year.source] * 10 + (d.precision === "day" ? 2 : d.precision === "month" ? 1 : 0)

const sourceOf = (m: ExtractedMention): Event["sources"][number] => ({ document: m.document, span: m.span, format: m.format })

export const eventId = (keys: ReadonlyArray<string>): string => {
  const min = [...keys].sort()[0] ?? ""
  return `ev_${createHash("sha256").update(min).digest("hex").slice(0, 12)}`
}

const byKey = (a: ExtractedMention, b: ExtractedMention) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** Other members searched for an explanation when a mention does not pair with the primary itself. */
const EXPLAIN_BUDGET = 256

/**
 * Why a member belongs to its event, as a function of the cluster alone (not of the pairs that happened
 * to be compared), so that a one-shot run and an incremental one explain a cluster the same way: its own
 * link to the primary mention, else its strongest link to another member.
 */
const explain = (members: ReadonlyArray<ExtractedMention>, fp: (m: ExtractedMention) => Fingerprint) => (m: ExtractedMention, primary: ExtractedMention): Link => {
  const direct = confirmPair(m, fp(m), primary, fp(primary))
  if (direct !== null) return direct
  let best: Link | null = null
  let tried = 0
  for (const o of members) {
    if (o.key === m.key || o.key === primary.key) continue
    if (++tried > EXPLAIN_BUDGET) break
    const l = confirmPair(m, fp(m), o, fp(o))
    if (l !== null && (best === null || l.score > best.score)) best = l
  }
  if (best !== null) return best
  // only reachable in a cluster larger than the budget: report the measured overlap with the primary
  const a = fp(m).shingles
  const b = fp(primary).shingles
  const inter = intersectionSize(a, b)
  return { method: "near", score: Math.round((inter / Math.max(1, a.length + b.length - inter)) * 1000) / 1000 }
}

/**
 * The best-justified date: a stated year beats an inferred one, any year beats XXXX. When that date is
 * coarser than a compatible day-precise one (2020-02 from a heading, XXXX-02-18 from the text), the
 * day is taken over under the better year.
 */
const chooseDate = (members: ReadonlyArray<ExtractedMention>): EventDate => {
  const byDate = [...members].sort((a, b) => dateStrength(b.date) - dateStrength(a.date) || byKey(a, b))
  const best = byDate[0]!.date
  if (best.precision === "day") return best
  const finer = byDate.find((m) => m.date.precision === "day" && compatibleDates(m.date, best) && (!hasYear(m.date) || m.date.start.slice(0, 4) === best.start.slice(0, 4)))
  if (finer === undefined || !hasYear(best)) return finer?.date ?? best
  const year = best.start.slice(0, 4)
  const d = finer.date
  const sameYearEnd = d.end === null || d.end.slice(0, 4) === d.start.slice(0, 4)
  if (!sameYearEnd) return best
  return { start: year + d.start.slice(4), end: d.end === null ? null : year + d.end.slice(4), precision: "day", year: best.year }
}

/** Members whose own date disagrees with another's: different years, or different starts at the precision both have. */
const datesConflict = (members: ReadonlyArray<ExtractedMention>): boolean => {
  const starts = [...new Set(members.map((m) => m.date.start).filter((s) => s.length > 4))]
  for (let i = 0; i < starts.length; i++)
    for (let j = i + 1; j < starts.length; j++) {
      const a = starts[i]!
      const b = starts[j]!
      if (!a.startsWith("XXXX") && !b.startsWith("XXXX") && a.slice(0, 4) !== b.slice(0, 4)) return true
      const n = Math.min(a.length, b.length)
      if (a.slice(4, n) !== b.slice(4, n)) return true
    }
  return false
}

/** One cluster of mentions → one event: sources, merge reasons, unioned entities, the best-justified date. */
export const buildEvent = (members: ReadonlyArray<ExtractedMention>, fp: (m: ExtractedMention) => Fingerprint): Event => {
  const rich = new Map(members.map((m) => [m.key, richness(m)]))
  const ordered = [...members].sort((a, b) => rich.get(b.key)! - rich.get(a.key)! || byKey(a, b))
  const primary = ordered[0]!
  const rest = ordered.slice(1).sort(byKey)
  const linkOf = explain([...members].sort(byKey), fp)
  const date = chooseDate(members)
  const warnings = new Set<Warning>(members.flatMap((m) => m.warnings))
  if (datesConflict(members)) warnings.add("date-conflict")
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
  // one place per spelling's key, in the fuller spelling (敦煌 in one report, 敦煌市 in another: 敦煌市), as a
  // mention's own places are
  const places = new Map<string, Place>()
  for (const m of [primary, ...rest])
    for (const p of m.places) {
      const key = normalized(p.name)
      const cur = places.get(key)
      if (cur === undefined || p.name.length > cur.name.length) places.set(key, p)
    }
  const union = (f: (m: ExtractedMention) => ReadonlyArray<string>) => [...new Set([primary, ...rest].flatMap(f))]

  const merged: Array<Merged> = rest.map((m) => {
    const link = linkOf(m, primary)
    return { document: m.document, span: m.span, method: link.method, score: link.score }
  })
  const personList: Array<Person> = [...people].map(([name, v]) => ({ name, pinyin: namePinyin(name), titles: [...v.titles], role: v.role }))
  return {
    id: eventId(members.map((m) => m.key)),
    date,
    title: primary.title,
    summary: primary.summary,
    text: primary.text,
    kind: primary.kind,
    people: personList,
    // a province one report names beside a city another names is no place of its own (浙江 with 台州);
    // one a report kept beside its city (written as one name: 甘肃敦煌) stays
    places: withoutEnclosingProvinces([...places.values()], bundledGazetteer(), (p, q) =>
      [primary, ...rest].some((m) => m.places.some((x) => normalized(x.name) === normalized(p.name)) && m.places.some((x) => normalized(x.name) === normalized(q.name)))
    ),
    organizations: union((m) => m.organizations),
    reporters: union((m) => m.reporters),
    sources: [sourceOf(primary), ...rest.map(sourceOf)],
    merged,
    warnings: [...warnings].sort()
  }
}
