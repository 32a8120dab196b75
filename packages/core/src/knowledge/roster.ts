import type { Person } from "../schema/event.ts"
import type { KnowledgeData } from "./Knowledge.ts"
import { derivedFrom } from "./derived.ts"
import { cueRegExp } from "./cues.ts"
import type { Roster, RosterEntry } from "./roster-file.ts"

// The roster (roster-file.ts reads it) asked about the text: which offices fit the titles a person is
// given, the years in which they held them, and the name a title stood for.
export { makeRoster, parseRoster, readRosterFile, RosterLoadError, type Roster, type RosterEntry, type RosterProblem } from "./roster-file.ts"

// ---------------------------------------------------------------------------------------------------
// Matching titles to offices

const synonyms: ReadonlyArray<readonly [RegExp, string]> = [
  [/^中国共产党/, ""],
  [/^中共/, ""],
  [cueRegExp`(${"party-department"})部长$`, "$1部部长"],
  [/人民政府/, "政府"],
  [/^中央委员会/, "中央"],
  [/纪律检查委员会/, "纪委"],
  [/人民代表大会常务委员会/, "人大常委会"],
  [/政治协商会议/, "政协"]
]

// after a province's short name in a title, its level word (河南省委书记, 北京市长, 新疆维吾尔自治区主席)
const provinceLevelAtStart = cueRegExp`^(${"province-level-word"})`
const peopleOfRegionAtStart = cueRegExp`^(?:${"region-people"})`
const partyNameAtStart = cueRegExp`^(${"party-name"})`
// before an office, what makes a title name another office (副省长 is no 省长) or a past holder (原, 前)
const officeNotHolder = cueRegExp`(${"office-not-holder"})$`
const titleNotHolder = cueRegExp`(${"title-not-holder"})$`

/** canon() results per jurisdiction list: the same few hundred offices and titles recur on every mention. */
const canonCache = derivedFrom((_jurisdictions: ReadonlyArray<string>) => new Map<string, string>())

/** A title or office without its jurisdiction (河南省委书记 → 省委书记) and in one spelling. */
const canon = (s: string, jurisdictions: ReadonlyArray<string>): string => {
  const cache = canonCache(jurisdictions)
  let c = cache.get(s)
  if (c === undefined) {
    c = canonUncached(s, jurisdictions)
    if (cache.size < 100_000) cache.set(s, c)
  }
  return c
}

const canonUncached = (s: string, jurisdictions: ReadonlyArray<string>): string => {
  let t = s.trim()
  for (const [re, by] of synonyms) t = t.replace(re, by)
  for (const j of jurisdictions) {
    if (j === "中央") continue
    if (t.startsWith(j) && t.length > j.length) {
      const rest = t.slice(j.length)
      // 河南省委书记 → 省委书记; 北京市长 → 市长; 内蒙古自治区主席 → 自治区主席
      t = provinceLevelAtStart.test(rest) ? rest.replace(peopleOfRegionAtStart, "") : rest
      break
    }
  }
  if (t.startsWith("中央") && t !== "中央") t = t.slice(2)
  if (t === "中共中央总书记") t = "总书记"
  return t
}

/** The jurisdiction a title names, if any (河南省委书记 → 河南). */
const titleJurisdiction = (title: string, jurisdictions: ReadonlyArray<string>): string | null => {
  const t = title.replace(partyNameAtStart, "")
  for (const j of jurisdictions) if (j !== "中央" && t.startsWith(j) && t.length > j.length) return j
  return null
}

/**
 * Can someone called `title` in text be the holder of `office`? 书记 fits 省委书记, 常务副省长 fits 副省长,
 * but 省长 does not fit 副省长 and 副书记 does not fit 书记.
 */
export const titleFitsOffice = (title: string, office: string, jurisdictions: ReadonlyArray<string> = []): boolean => {
  const t = canon(title, jurisdictions)
  const o = canon(office, jurisdictions)
  if (t.length < 2 || o.length < 2) return false
  if (t === o) return true
  if (o.endsWith(t)) return !officeNotHolder.test(o.slice(0, o.length - t.length))
  if (t.endsWith(o)) return !titleNotHolder.test(t.slice(0, t.length - o.length))
  return false
}

const splitTitles = (titles: ReadonlyArray<string>): Array<string> =>
  titles.flatMap((t) => t.split(/[、,，/]/)).map((t) => t.trim()).filter((t) => t.length >= 2)

const active = (e: RosterEntry, monthIdx: number): boolean => e.from <= monthIdx && (e.to === null || monthIdx <= e.to)

const firstYear = 2000
const lastYear = 2030

/** Months a term may be off by in the roster (its months are approximate): a date this near a term is in it. */
const TERM_SLACK = 3

/** The roster's offices of a person that fit the titles the text gives them (none for an untitled person). */
const officesFitting = (p: Person, roster: Roster): ReadonlyArray<RosterEntry> => {
  const entries = roster.byName.get(p.name)
  if (entries === undefined || p.titles.length === 0) return []
  const parts = splitTitles(p.titles)
  return entries.filter((e) => parts.some((t) => titleFitsOffice(t, e.office, roster.jurisdictions)))
}

/**
 * Which years the roster allows for an event of `month` in `text`: a year is ruled out when a named person
 * with a title the roster knows held no office fitting that title within a few months of `month` of that
 * year (a repost stamped years after the event: 省长某某 on a page dated when he no longer was). Only
 * offices of a jurisdiction the text names (or national ones) count: the roster lists some of a person's
 * offices, and one in another province says nothing of the office held here. The offices are looked up
 * once; the check returned is asked for each candidate year.
 */
export const rosterYearCheck = (people: ReadonlyArray<Person>, month: number, text: string, k: Pick<KnowledgeData, "roster">): ((year: number) => boolean) => {
  const named = (e: RosterEntry) => e.jurisdiction === "中央" || (e.jurisdiction.length > 0 && text.includes(e.jurisdiction))
  const terms = people.map((p) => officesFitting(p, k.roster).filter(named)).filter((es) => es.length > 0)
  return (year) => {
    const at = year * 12 + month - 1
    return terms.every((es) => es.some((e) => e.from - TERM_SLACK <= at && (e.to === null || at <= e.to + TERM_SLACK)))
  }
}

/**
 * The only year (2000–2030) in which every named person with a title that the roster knows held that
 * title in `month`; null when no person constrains the year, or none or several years fit.
 */
export const inferYearFromRoster = (people: ReadonlyArray<Person>, month: number, k: Pick<KnowledgeData, "roster">): number | null => {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  const { roster } = k
  const constraints: Array<Set<number>> = []
  for (const p of people) {
    const fitting = officesFitting(p, roster)
    if (fitting.length === 0) continue
    const years = new Set<number>()
    for (let y = firstYear; y <= lastYear; y++) if (fitting.some((e) => active(e, y * 12 + month - 1))) years.add(y)
    constraints.push(years)
  }
  if (constraints.length === 0) return null
  const fit = [...constraints[0]!].filter((y) => constraints.every((c) => c.has(y)))
  return fit.length === 1 ? fit[0]! : null
}

/** Roster entries by canonical office, built once per roster. */
const entriesByOffice = derivedFrom((roster: Roster): Map<string, Array<RosterEntry>> => {
  const index = new Map<string, Array<RosterEntry>>()
  for (const e of roster.entries) {
    const o = canon(e.office, roster.jurisdictions)
    const list = index.get(o)
    if (list === undefined) index.set(o, [e])
    else list.push(e)
  }
  return index
})

/**
 * The holder of `title` at the given time, when the roster pins it down to one person: restores a name
 * that injected spam replaced (总书记 → the general secretary of that year). A title without a
 * jurisdiction (省委书记) needs `jurisdiction` (河南) unless it is a national office. With no year, only
 * an office that one person ever held in the roster is pinned down.
 */
export const restoreNameForTitle = (
  title: string,
  year: number | null,
  month: number | null,
  k: Pick<KnowledgeData, "roster">,
  jurisdiction?: string | null
): string | null => {
  const { roster } = k
  const named = titleJurisdiction(title, roster.jurisdictions)
  const where = named ?? (jurisdiction !== undefined && jurisdiction !== null && jurisdiction.length > 0 ? jurisdiction : null)
  const t = canon(title, roster.jurisdictions)
  if (t.length < 2) return null
  const fits = entriesByOffice(roster).get(t)?.filter((e) => {
    if (e.jurisdiction === "中央") return true
    return where !== null && (e.jurisdiction === where || where.startsWith(e.jurisdiction))
  })
  if (fits === undefined || fits.length === 0) return null
  let holders: Array<RosterEntry>
  if (year === null) holders = fits
  else if (month === null) holders = fits.filter((e) => e.from <= year * 12 + 11 && (e.to === null || year * 12 <= e.to))
  else holders = fits.filter((e) => active(e, year * 12 + month - 1))
  const names = new Set(holders.map((e) => e.name))
  return names.size === 1 ? [...names][0]! : null
}
