import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import type { Place } from "../../schema/event.ts"

/**
 * A province named beside a place inside it (浙江 with 台州, 江苏 with 南京) says which province, not where:
 * the more specific place is the event's. Unless `kept(province, place)` says the two were written as one
 * name (在甘肃敦煌举行, 来到陕西汉中市): a place written in full with its province names both, as written.
 */
export const withoutEnclosingProvinces = (
  places: ReadonlyArray<Place>,
  gazetteer: Gazetteer,
  kept: (province: Place, inside: Place) => boolean = () => false
): Array<Place> => {
  const codes = (name: string) => gazetteer.byName.get(name)?.map((e) => e.code) ?? []
  return places.filter((p) => {
    if (p.level !== "province") return true
    const province = codes(p.name).map((c) => c.slice(0, 2))
    const inside = places.filter((q) => q !== p && q.level !== "province" && codes(q.name).some((c) => province.includes(c.slice(0, 2))))
    return inside.length === 0 || inside.some((q) => kept(p, q))
  })
}

/** Is the province written right before the place inside it, as one name (甘肃敦煌, 陕西省汉中市)? */
export const writtenTogether =
  (text: string) =>
  (province: Place, inside: Place): boolean =>
    text.includes(province.name + inside.name)
