import { readFileSync } from "node:fs"
import { Schema } from "effect"
import { Kind, type PlaceLevel } from "../schema/event.ts"
import { WordSet } from "./wordset.ts"

/** Rows of a `category<TAB>term[<TAB>…]` data file; blank lines and `#` comments skipped. */
export const readTsv = (path: string): Array<Array<string>> =>
  parseTsv(readFileSync(path, "utf8"))

export const parseTsv = (text: string): Array<Array<string>> =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0 && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()))
    .filter((c) => c.length >= 2 && c[0]!.length > 0 && c[1]!.length > 0)

const byCategory = (rows: ReadonlyArray<ReadonlyArray<string>>): Map<string, Array<ReadonlyArray<string>>> => {
  const m = new Map<string, Array<ReadonlyArray<string>>>()
  for (const r of rows) {
    const list = m.get(r[0]!) ?? []
    list.push(r)
    m.set(r[0]!, list)
  }
  return m
}

const terms = (m: Map<string, Array<ReadonlyArray<string>>>, category: string): Array<string> =>
  (m.get(category) ?? []).map((r) => r[1]!)

const maxLength = (words: Iterable<string>): number => {
  let n = 0
  for (const w of words) n = Math.max(n, w.length)
  return n
}

// ---------------------------------------------------------------------------------------------------
// Titles

export interface TitleLexicon {
  readonly levels: ReadonlyArray<string>
  readonly bodies: ReadonlyArray<string>
  readonly ranks: ReadonlyArray<string>
  readonly offices: ReadonlyArray<string>
  readonly levelOffices: ReadonlyArray<string>
  /** Every word a title can end with, composed: office, rank+office, level+leveloffice, rank+level+leveloffice. */
  readonly titleEnds: WordSet
  /** level+body organs (省委, 区人大常委会, 市政府), for telling organisations and title fragments apart. */
  readonly organs: WordSet
  readonly national: WordSet
  readonly honorifics: WordSet
  /** Words inside a title that hold a character which otherwise ends one (党的, 埃及, 文化和旅游). */
  readonly keep: ReadonlyArray<string>
}

/** Composes the title vocabulary: offices × ranks, levels × level-offices, levels × bodies. */
export const buildTitleLexicon = (rows: ReadonlyArray<ReadonlyArray<string>>): TitleLexicon => {
  const m = byCategory(rows)
  const levels = terms(m, "level")
  const bodies = terms(m, "body")
  const ranks = terms(m, "rank")
  const offices = terms(m, "office")
  const levelOffices = terms(m, "leveloffice")
  const national = terms(m, "national")
  const ends = new Set<string>()
  for (const o of offices) {
    ends.add(o)
    for (const r of ranks) ends.add(r + o)
  }
  for (const l of levels)
    for (const lo of levelOffices) {
      ends.add(l + lo)
      for (const r of ranks) ends.add(r + l + lo)
    }
  for (const n of national) ends.add(n)
  const organs = new Set<string>()
  for (const l of levels) for (const b of bodies) organs.add(l + b)
  return {
    levels,
    bodies,
    ranks,
    offices,
    levelOffices,
    titleEnds: new WordSet(ends),
    organs: new WordSet(organs),
    national: new WordSet(national),
    honorifics: new WordSet(terms(m, "honorific")),
    keep: terms(m, "keep").sort((a, b) => b.length - a.length)
  }
}

/**
 * Full titles for the given levels and bodies (省 × 委 × 副 × 书记 = 省委副书记 …). The extractor never
 * needs the whole product (it recognises titles by their ends); this is for documentation and tests.
 */
export const composeTitles = (
  lex: TitleLexicon,
  levels: ReadonlyArray<string> = lex.levels,
  bodies: ReadonlyArray<string> = lex.bodies
): Array<string> => {
  const out = new Set<string>()
  for (const l of levels) {
    for (const lo of lex.levelOffices) {
      out.add(l + lo)
      for (const r of lex.ranks) out.add(r + l + lo)
    }
    for (const b of bodies)
      for (const o of lex.offices) {
        out.add(l + b + o)
        for (const r of lex.ranks) out.add(l + b + r + o)
      }
  }
  return [...out]
}

// ---------------------------------------------------------------------------------------------------
// Surnames

export interface Surnames {
  readonly single: ReadonlySet<string>
  readonly compound: ReadonlySet<string>
  /** Single surnames that are also common function words: a bare name starting with one needs more evidence. */
  readonly ambiguous: ReadonlySet<string>
}

export const buildSurnames = (rows: ReadonlyArray<ReadonlyArray<string>>): Surnames => {
  const m = byCategory(rows)
  return {
    single: new Set(terms(m, "single")),
    compound: new Set(terms(m, "compound")),
    ambiguous: new Set(terms(m, "ambiguous"))
  }
}

// ---------------------------------------------------------------------------------------------------
// Words around names

export interface PersonCues {
  readonly lead: ReadonlyArray<string>
  readonly participant: ReadonlyArray<string>
  readonly met: ReadonlyArray<string>
  /** Everything that may directly follow a name: lead, participant and follow words. */
  readonly followers: WordSet
  readonly reference: ReadonlyArray<string>
  readonly refAfter: ReadonlyArray<string>
  readonly notNames: ReadonlySet<string>
  /** Byline words, longest first. */
  readonly byline: ReadonlyArray<string>
  /** What may stand between a name and its verb (李华等省领导在长沙参加…), longest first. */
  readonly between: ReadonlyArray<string>
  /** What a name never starts with (a particle taken with it) or ends with (a body: 组, 团, 村). */
  readonly badStarts: ReadonlyArray<string>
  readonly badEnds: ReadonlyArray<string>
  /** Courtesy words after a name (先生): not part of it. */
  readonly honorifics: ReadonlyArray<string>
}

export const buildPersonCues = (rows: ReadonlyArray<ReadonlyArray<string>>): PersonCues => {
  const m = byCategory(rows)
  const lead = terms(m, "lead")
  const participant = terms(m, "participant")
  const followers = new Set([...lead, ...participant, ...terms(m, "met"), ...terms(m, "follow")])
  return {
    lead,
    participant,
    met: terms(m, "met"),
    followers: new WordSet(followers),
    reference: terms(m, "reference"),
    refAfter: terms(m, "refafter"),
    notNames: new Set(terms(m, "notname")),
    byline: terms(m, "byline").sort((a, b) => b.length - a.length),
    between: terms(m, "between").sort((a, b) => b.length - a.length),
    badStarts: terms(m, "badstart"),
    badEnds: terms(m, "badend"),
    honorifics: terms(m, "honorific")
  }
}

// ---------------------------------------------------------------------------------------------------
// Places

export type VenueClass = "institution" | "company" | "site"

export interface VenueSuffix {
  readonly suffix: string
  readonly level: PlaceLevel
  readonly venueClass: VenueClass | null
}

export interface PlaceCues {
  /** Suffix → how it classifies a name; look up by the last characters of a candidate. */
  readonly suffixes: ReadonlyMap<string, VenueSuffix>
  readonly suffixMax: number
  readonly generic: WordSet
  readonly triggers: ReadonlyArray<string>
  readonly weakTriggers: ReadonlyArray<string>
  readonly viewTriggers: ReadonlyArray<string>
  /** Triggers that count only in the lead sentence (抵达). */
  readonly leadTriggers: ReadonlyArray<string>
  /** Endings that look like venue suffixes but end ordinary words (关键阶段). */
  readonly notSuffixes: ReadonlyArray<string>
  /** Two-character words that hold a trigger without being one (服从, 得到). */
  readonly notTriggers: ReadonlyArray<string>
  /** What happens at a place: ends a slot, and a venue name never runs across one. */
  readonly verbs: WordSet
  /** End words and verbs. */
  readonly ends: WordSet
  readonly tails: WordSet
  /** Every trigger of any kind (for stopping a venue name at one). */
  readonly anyTrigger: WordSet
  /** What a division does as the subject of an entry (罗湖区召开…): it is a place of the event. */
  readonly actorVerbs: ReadonlyArray<string>
}

export const buildPlaceCues = (rows: ReadonlyArray<ReadonlyArray<string>>): PlaceCues => {
  const m = byCategory(rows)
  const suffixes = new Map<string, VenueSuffix>()
  for (const r of m.get("suffix") ?? []) {
    const cls = r[2] ?? "venue"
    // a zone (新区) is governed as a district: a place itself, not a venue in one
    const level: PlaceLevel = cls === "community" ? "community" : cls === "town" ? "town" : cls === "zone" ? "district" : "venue"
    const venueClass: VenueClass | null =
      cls === "institution" || cls === "company" || cls === "site" ? cls : level === "venue" ? "site" : null
    suffixes.set(r[1]!, { suffix: r[1]!, level, venueClass })
  }
  const verbs = terms(m, "verb")
  const ends = [...terms(m, "end"), ...verbs]
  const triggers = terms(m, "trigger")
  return {
    suffixes,
    suffixMax: maxLength(suffixes.keys()),
    generic: new WordSet(terms(m, "generic")),
    triggers: triggers.sort((a, b) => b.length - a.length),
    weakTriggers: terms(m, "weak").sort((a, b) => b.length - a.length),
    viewTriggers: terms(m, "view").sort((a, b) => b.length - a.length),
    leadTriggers: terms(m, "lead").sort((a, b) => b.length - a.length),
    notSuffixes: terms(m, "notsuffix"),
    notTriggers: terms(m, "notrigger"),
    verbs: new WordSet(verbs),
    ends: new WordSet(ends),
    tails: new WordSet(terms(m, "tail")),
    anyTrigger: new WordSet([...triggers.filter((t) => t.length > 1), ...terms(m, "weak"), ...terms(m, "view")]),
    actorVerbs: terms(m, "actor")
  }
}

// ---------------------------------------------------------------------------------------------------
// Kinds

export interface KindKeyword {
  readonly kind: Kind
  readonly keyword: string
  readonly priority: number
  readonly scope: "lead" | "any"
}

const isKind = Schema.is(Kind)

export const buildKindKeywords = (rows: ReadonlyArray<ReadonlyArray<string>>): Array<KindKeyword> =>
  rows
    .flatMap((r): Array<KindKeyword> => {
      const kind = r[0]
      return isKind(kind) ? [{ kind, keyword: r[1]!, priority: Number(r[2] ?? "50") || 50, scope: r[3] === "any" ? "any" : "lead" }] : []
    })
    .sort((a, b) => b.keyword.length - a.keyword.length)
