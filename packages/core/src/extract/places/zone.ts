import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import { cueCharacters, cueWords } from "../../knowledge/cues.ts"
import type { Place } from "../../schema/event.ts"

// Development zones (开发区, 高新区, 示范区, 新区: place-cues.tsv, class zone) are places of their own, named
// after the division they were set up in (某某经开区): the gazetteer does not list them.

const kindStartChars = new Set([...cueCharacters("division-level-char"), ...cueCharacters("determiner")])
const kindStarts = cueWords("unnamed-zone-start")

/** A district-level place the gazetteer does not know: a zone the slot grammar read. */
const isZone = (p: Place, gazetteer: Gazetteer): boolean => p.level === "district" && !gazetteer.byName.has(p.name)

/** 我市经开区, 县经济开发区, 国家级高新区: a kind of zone, not a named one. */
const unnamed = (name: string): boolean => kindStartChars.has(name[0]!) || kindStarts.some((w) => name.startsWith(w))

/**
 * The zones that are named ones, and without the division a zone was set up in when both are named (淄博
 * with 淄博新区): the zone is where the event was.
 */
export const namedZones = (places: ReadonlyArray<Place>, gazetteer: Gazetteer): Array<Place> => {
  const kept = places.filter((p) => !isZone(p, gazetteer) || !unnamed(p.name))
  const zones = kept.filter((p) => isZone(p, gazetteer))
  if (zones.length === 0) return kept
  return kept.filter((p) => !zones.some((z) => z !== p && z.name.length > p.name.length && z.name.startsWith(p.name)))
}
