import type { MonthCount, PersonSummary } from "@dashiji/store"
import type { PlaceGroup } from "../places.ts"
import { cached, memo } from "./memo.ts"
import { comparePinyin, sortByPinyin } from "./pinyin-sort.ts"
import type { State } from "./types.ts"

/** The view lists as shown: months, people and places in the chosen order, narrowed by what was typed. */

/** Pinyin without tone marks or spaces, lower case: Wáng Guóshēng → wangguosheng. */
export const plainPinyin = (p: string): string => p.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s·]/g, "").toLowerCase()

const monthsMemo = memo<ReadonlyArray<MonthCount>, ReadonlyArray<MonthCount>>()
const peopleMemo = memo<ReadonlyArray<PersonSummary>, ReadonlyArray<PersonSummary>>()
const placesMemo = memo<ReadonlyArray<PlaceGroup>, ReadonlyArray<PlaceGroup>>()

export const displayedMonths = (s: State): ReadonlyArray<MonthCount> =>
  cached(monthsMemo, s.months.items, s.months.sort, () =>
    s.months.sort === "date" ? s.months.items : s.months.sort === "date-desc" ? [...s.months.items].reverse() : [...s.months.items].sort((a, b) => b.count - a.count || a.month.localeCompare(b.month))
  )

/** A typed narrowing in Latin letters is pinyin (wang, wangguo); anything else part of the name. */
export const isPinyinQuery = (narrow: string): boolean => /^[a-z\s]+$/i.test(narrow.trim()) && narrow.trim().length > 0

const matchesName = (name: string, pinyin: ReadonlyMap<string, string> | null, narrow: string): boolean => {
  if (narrow.length === 0 || name.includes(narrow)) return true
  if (pinyin === null || !isPinyinQuery(narrow)) return false
  return plainPinyin(pinyin.get(name) ?? "").startsWith(plainPinyin(narrow))
}

/** The people in pinyin order, when it is known already (sorted by a key, or while the user read). */
export const peopleInPinyinOrder = (items: ReadonlyArray<PersonSummary>): boolean => peopleMemo.get(items)?.has("pinyin") === true
/** Keeps an order of the people computed elsewhere (idle.ts), as displayedPeople would compute it. */
export const keepPeopleInPinyinOrder = (items: ReadonlyArray<PersonSummary>, sorted: ReadonlyArray<PersonSummary>): void => {
  cached(peopleMemo, items, "pinyin", () => sorted)
}

export const displayedPeople = (s: State): ReadonlyArray<PersonSummary> => {
  const items = s.people.items ?? []
  const sorted = cached(peopleMemo, items, s.people.sort, () => (s.people.sort === "count" ? items : sortByPinyin(items)))
  const n = s.people.narrow
  return n.length === 0 ? sorted : cached(peopleMemo, sorted, `narrow:${n}:${s.people.pinyin === null ? 0 : 1}`, () => sorted.filter((p) => matchesName(p.name, s.people.pinyin, n)))
}

export const displayedPlaces = (s: State): ReadonlyArray<PlaceGroup> => {
  const items = s.places.items ?? []
  const sorted = cached(placesMemo, items, s.places.sort, () => (s.places.sort === "count" ? [...items].sort((a, b) => b.count - a.count || comparePinyin(a, b)) : sortByPinyin(items)))
  const n = s.places.narrow
  return n.length === 0 ? sorted : cached(placesMemo, sorted, `narrow:${n}`, () => sorted.filter((p) => p.names.some((x) => x.includes(n))))
}

