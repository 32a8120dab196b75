import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"

/**
 * A province named beside a place inside it (浙江 with 台州, 江苏 with 南京) says which province, not where:
 * the more specific place is the event's.
 */
export const withoutEnclosingProvinces = (places: ReadonlyArray<Place>, gazetteer: Gazetteer): Array<Place> => {
  const codes = (name: string) => gazetteer.byName.get(name)?.map((e) => e.code) ?? []
  return places.filter((p) => {
    if (p.level !== "province") return true
    const province = codes(p.name).map((c) => c.slice(0, 2))
    return !places.some((q) => q !== p && q.level !== "province" && codes(q.name).some((c) => province.includes(c.slice(0, 2))))
  })
}
