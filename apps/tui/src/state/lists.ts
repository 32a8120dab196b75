import type { MonthCount, PersonSummary } from "@dashiji/store"
import type { PlaceGroup } from "../places.ts"
import { cached, memo } from "./memo.ts"
import type { State } from "./types.ts"

/** The view lists as shown: months, people and places in the chosen order, narrowed by what was typed. */

const zh = new Intl.Collator("zh-Hans-CN-u-co-pinyin")
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

/** Names in pinyin order: by the collator (汉语拼音 collation of the characters), so no pinyin needs loading. */
export const byPinyin = <A extends { readonly name: string }>(items: ReadonlyArray<A>): ReadonlyArray<A> => [...items].sort((a, b) => zh.compare(a.name, b.name))

export const displayedPeople = (s: State): ReadonlyArray<PersonSummary> => {
  const items = s.people.items ?? []
  const sorted = cached(peopleMemo, items, s.people.sort, () => (s.people.sort === "count" ? items : byPinyin(items)))
  const n = s.people.narrow
  return n.length === 0 ? sorted : cached(peopleMemo, sorted, `narrow:${n}:${s.people.pinyin === null ? 0 : 1}`, () => sorted.filter((p) => matchesName(p.name, s.people.pinyin, n)))
}

export const displayedPlaces = (s: State): ReadonlyArray<PlaceGroup> => {
  const items = s.places.items ?? []
  const sorted = cached(placesMemo, items, s.places.sort, () => (s.places.sort === "count" ? [...items].sort((a, b) => b.count - a.count || zh.compare(a.name, b.name)) : byPinyin(items)))
  const n = s.places.narrow
  return n.length === 0 ? sorted : cached(placesMemo, sorted, `narrow:${n}`, () => sorted.filter((p) => p.names.some((x) => x.includes(n))))
}

