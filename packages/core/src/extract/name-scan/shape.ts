import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import type { PersonCues, Surnames, TitleLexicon } from "../../knowledge/lexicon.ts"
import { cueCharacters, cueClass, cueRegExp, cueWords } from "../../knowledge/cues.ts"
import { derivedFrom } from "../../knowledge/derived.ts"
import { charTable, isHan } from "../chars.ts"
import type { NameScan } from "./scan.ts"
import type { PeopleContext } from "./types.ts"

// Can a string be a Chinese name (a surname, a given name of allowed characters, no title, organ or
// place)? The answer depends only on the knowledge, so it is cached across mentions.

// Characters that never stand in a given name (function words, organ words).
export const notInGivenName = new Set([...cueCharacters("not-in-given-name"), ...cueCharacters("rare-in-given-name")])
// organ and level characters (科, 镇): in a given name only where a title stands right before it
const rareInGivenName = new Set([...cueCharacters("rare-in-given-name")])

const arrivingVerbs = new Set(cueWords("abbreviation-verb"))
const provinceAbbreviations = new Set(cueWords("province-abbreviation"))

export const nameJoiner = cueRegExp`[${cueClass("name-joiner")}]`

export interface Shape {
  readonly ok: boolean
  readonly ambiguous: boolean
}

const bad: Shape = { ok: false, ambiguous: false }
/** A whole name, shaped so by a rule rather than by the tables (joinerEndedName). */
export const wholeName: Shape = { ok: true, ambiguous: false }

/**
 * Shapes of candidate strings, shared by all mentions (the same strings recur): they depend only on the
 * knowledge, so there is one cache per knowledge value (another comes in with tests or --roster), kept as
 * long as that value lives.
 */
export interface ShapeCache {
  readonly shapes: Map<string, Shape>
  /** 1 for every character a single surname is. */
  readonly single: Uint8Array
  /** 1 for every character a compound surname starts with. */
  readonly compoundFirst: Uint8Array
}
// keyed by the four tables a shape reads, one after another
const shapeCaches = derivedFrom((_lex: TitleLexicon) =>
  derivedFrom((surnames: Surnames) =>
    derivedFrom((_cues: PersonCues) =>
      derivedFrom(
        (_gazetteer: Gazetteer): ShapeCache => ({
          shapes: new Map(),
          single: charTable([...surnames.single].join("")),
          compoundFirst: charTable([...surnames.compound].map((s) => s[0] ?? "").join(""))
        })
      )
    )
  )
)
export const shapeCacheFor = (ctx: PeopleContext): ShapeCache => {
  const c = shapeCaches(ctx.titles)(ctx.surnames)(ctx.cues)(ctx.gazetteer)
  // bounded: a long run meets ever new candidate strings
  if (c.shapes.size >= 200_000) c.shapes.clear()
  return c
}

const shapeOf = (s: NameScan, c: string, rareAllowed = false): Shape => {
  const { surnames, lex, cues } = s
  if (c.length < 2 || c.length > 4) return bad
  if (!surnames.single.has(c[0]!) && !surnames.compound.has(c.slice(0, 2))) return bad
  for (const ch of c) if (!isHan(ch)) return bad
  const compound = c.length >= 3 && surnames.compound.has(c.slice(0, 2))
  if (!compound && (!surnames.single.has(c[0]!) || c.length > 3)) return bad
  const given = c.slice(compound ? 2 : 1)
  for (const ch of given) if (notInGivenName.has(ch) && !(rareAllowed && rareInGivenName.has(ch))) return bad
  if (cues.notNames.has(c) || lex.titleEnds.has(c) || lex.titleEnds.has(given) || lex.honorifics.has(given) || lex.organs.has(c)) return bad
  const places = s.ctx.gazetteer.byName.get(c)
  if (places !== undefined && places.some((p) => !p.weak)) return bad
  // 来澳, 来京: a verb of arriving and a province's one-character name, not 来 the surname
  if (c.length === 2 && arrivingVerbs.has(c[0]!) && provinceAbbreviations.has(c[1]!)) return bad
  // 包括立(法会主席), 以及美(国): a function word and the next word's first character
  if (c.length === 3 && !compound && s.oracle.functionWord(c.slice(0, 2))) return bad
  return { ok: true, ambiguous: !compound && surnames.ambiguous.has(c[0]!) }
}

/** The shape of `c` as a name in this mention. */
export const nameShape = (s: NameScan, c: string): Shape => {
  // what does not start with a surname is no name: two table reads spare most lookups of the cache
  const first = c.charCodeAt(0)
  if (c.length < 2 || c.length > 4 || (s.cache.single[first] !== 1 && s.cache.compoundFirst[first] !== 1)) return bad
  const shapes = s.cache.shapes
  let r = shapes.get(c)
  if (r === undefined) {
    r = shapeOf(s, c)
    shapes.set(c, r)
  }
  // reporters differ from mention to mention, so they are not part of the cached shape
  return r.ok && s.ctx.reporterNames.has(c) ? bad : r
}

/**
 * The shape of a name right after a title with a strong follower (县长魏明科出席): organ and level
 * characters may stand in it there; elsewhere 科 or 镇 ends a word, not a name.
 */
export const shapeAfterTitle = (s: NameScan, c: string): Shape => {
  if (![...c].some((ch) => rareInGivenName.has(ch))) return bad
  // 王明和副市长…: a joiner at a name's end is the conjunction
  if (nameJoiner.test(c[c.length - 1]!)) return bad
  const key = `~${c}`
  let r = s.cache.shapes.get(key)
  if (r === undefined) {
    r = shapeOf(s, c, true)
    s.cache.shapes.set(key, r)
  }
  return r.ok && s.ctx.reporterNames.has(c) ? bad : r
}

/**
 * 马世和、邓洪爱 / 主席吕贵和参加调研: a three-character name whose given name ends in a joiner's character (和,
 * 同) is whole when what follows cannot be the name the conjunction would join — a separator, punctuation, or
 * a verb (参加), not a title or another name (王明和副市长…, 王明和李华…). `next` is where the name ends.
 */
export const joinerEndedName = (s: NameScan, c: string, next: number): boolean => {
  if (c.length !== 3 || !nameJoiner.test(c[2]!) || !s.surnames.single.has(c[0]!)) return false
  if (!nameShape(s, c.slice(0, 2)).ok) return false
  const { text } = s
  const after = text[next]
  if (after === undefined || !isHan(after)) return true
  if (s.lex.titleEnds.longestAt(text, next, 2) !== null || s.lex.honorifics.longestAt(text, next, 2) !== null) return false
  if (s.surnameAt(next)) return false
  const verb = s.cues.followers.longestAt(text, next)
  return verb !== null && verb.length > 1
}
