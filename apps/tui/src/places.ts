import { normalizePlace } from "@dashiji/core"

export interface PlaceGroup {
  /** The name shown: the full form (某甲市) when the short one (某甲) is the same place. */
  readonly name: string
  /** Every spelling in the store (queried together). */
  readonly names: ReadonlyArray<string>
  readonly count: number
}

/**
 * Which spellings are one place: a short name (某甲) and its one full form (某甲市) are; two full forms with
 * different suffixes (某乙省, 某乙市) are not, and then the short name, being ambiguous, stays on its own.
 * Returns name → the name it is shown as.
 */
export const placeCanon = (names: Iterable<string>): Map<string, string> => {
  const byKey = new Map<string, Set<string>>()
  for (const n of names) {
    const k = normalizePlace(n)
    const set = byKey.get(k) ?? new Set<string>()
    set.add(n)
    byKey.set(k, set)
  }
  const canon = new Map<string, string>()
  for (const [key, set] of byKey) {
    const full = [...set].filter((n) => n !== key)
    const target = full.length === 1 ? full[0]! : undefined
    for (const n of set) canon.set(n, target ?? n)
  }
  return canon
}

/** An event's places without repeats: 某甲市、某甲 → 某甲市 (first position kept). */
export const dedupePlaces = <P extends { readonly name: string }>(places: ReadonlyArray<P>): Array<P> => {
  const canon = placeCanon(places.map((p) => p.name))
  const seen = new Map<string, P>()
  for (const p of places) {
    const name = canon.get(p.name) ?? p.name
    if (seen.has(name)) continue
    // the full form stands for the place even when the short one came first
    const full = places.find((q) => q.name === name)
    seen.set(name, full ?? p)
  }
  return [...seen.values()]
}

/** The store's place names with counts, spellings of one place merged (counts summed; see recount). */
export const groupPlaces = (rows: ReadonlyArray<{ name: string; count: number }>): Array<PlaceGroup> => {
  const canon = placeCanon(rows.map((r) => r.name))
  const groups = new Map<string, { name: string; names: Array<string>; count: number }>()
  for (const r of rows) {
    const name = canon.get(r.name) ?? r.name
    const g = groups.get(name) ?? { name, names: [], count: 0 }
    g.names.push(r.name)
    g.count += r.count
    groups.set(name, g)
  }
  return [...groups.values()]
}

/** The groups with the counts of those of several spellings taken from `count` (each event once), most events first. */
export const recountPlaces = (groups: ReadonlyArray<PlaceGroup>, count: (names: ReadonlyArray<string>) => number): Array<PlaceGroup> =>
  sortPlaces(groups.map((g) => (g.names.length > 1 ? { ...g, count: count(g.names) } : g)))

/** Most events first (a stable sort: equal counts keep the store's order). */
export const sortPlaces = (groups: ReadonlyArray<PlaceGroup>): Array<PlaceGroup> => [...groups].sort((a, b) => b.count - a.count)
