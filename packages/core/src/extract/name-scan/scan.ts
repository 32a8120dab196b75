import type { PersonCues, Surnames, TitleLexicon } from "../../knowledge/lexicon.ts"
import type { Roster } from "../../knowledge/roster.ts"
import type { WordSet } from "../../knowledge/wordset.ts"
import { isHan } from "../chars.ts"
import { findTitles, type TitleSpan } from "./titles.ts"
import { personWords, type PersonWords } from "./person-words.ts"
import { pickName } from "./pick.ts"
import { nameShape, shapeCacheFor, type Shape, type ShapeCache } from "./shape.ts"
import { delegationHead, dottedName, nameAfterTitle } from "./transliterated.ts"
import type { Found, PeopleContext, Pick, PickOptions } from "./types.ts"
import { WordOracle } from "./word-oracle.ts"

const noneFound: ReadonlyArray<Found> = []

/**
 * One mention's text while its people are being found: the titles in it, the names found so far, and
 * what tells a name where it starts and ends. The finders (people/) and the roles (people/roles.ts)
 * work on it; its methods are separate functions, not closures made per mention, so that each is
 * optimised on its own. How a name is read lives beside it: shape.ts (is this string a name),
 * pick.ts (which length of it), transliterated.ts (names the surname table does not shape).
 */
export class NameScan {
  readonly lex: TitleLexicon
  readonly surnames: Surnames
  readonly cues: PersonCues
  readonly roster: Roster
  readonly words: PersonWords
  readonly oracle: WordOracle
  readonly cache: ShapeCache
  readonly titleSpans: ReadonlyArray<TitleSpan>
  readonly titleEndAt = new Map<number, TitleSpan>()
  readonly known = new Set<string>()
  readonly found: Array<Found> = []
  private readonly foundByStart = new Map<number, Array<Found>>()
  readonly unnamed = new Set<string>()
  /** 总书记 standing without a name before it (spam may have taken it): unnamed unless a name ends there. */
  readonly unnamedNational: Array<{ readonly word: string; readonly at: number }> = []
  /** Positions right after a break (punctuation, space, 、): where a bare name may open a clause. */
  readonly afterBreak: Array<number> = []
  /** Positions (from 2 on) where a title or 同志 after a name may start. */
  readonly honorificAt: Array<number> = []
  /** Positions where an officeholder's name (two characters or more) may start. */
  readonly rosterAt: Array<number> = []

  constructor(
    readonly text: string,
    readonly ctx: PeopleContext
  ) {
    this.lex = ctx.titles
    this.surnames = ctx.surnames
    this.cues = ctx.cues
    this.roster = ctx.roster
    this.words = personWords(ctx.cues)
    this.oracle = new WordOracle(ctx.seg)
    this.cache = shapeCacheFor(ctx)
    const { starts } = ctx
    for (const i of starts.breaks) if (i + 1 < text.length) this.afterBreak.push(i + 1)
    for (const i of starts.honorifics) if (i >= 2) this.honorificAt.push(i)
    for (const i of starts.roster) if (ctx.roster.names.longStartsAt(text, i)) this.rosterAt.push(i)
    this.titleSpans = findTitles(text, ctx.titles, starts.titles)
    for (const t of this.titleSpans) this.titleEndAt.set(t.end, t)
  }

  inByline(at: number): boolean {
    return this.ctx.reporterSpans.some(([s, e]) => at >= s && at < e)
  }

  add(f: Found): void {
    if (this.inByline(f.start)) return
    this.found.push(f)
    this.known.add(f.name)
    const at = this.foundByStart.get(f.start)
    if (at === undefined) this.foundByStart.set(f.start, [f])
    else at.push(f)
  }

  /** The names found so far that start at `at` (an index: a scan of `found` per question was quadratic). */
  foundAt(at: number): ReadonlyArray<Found> {
    return this.foundByStart.get(at) ?? noneFound
  }

  shape(c: string): Shape {
    return nameShape(this, c)
  }

  /** An officeholder's name that is also a common word (庄严, 高峰) is no evidence by itself. */
  evidence(c: string): number {
    return (this.roster.byName.has(c) && !this.oracle.common(c) ? 3 : 0) + (this.known.has(c) ? 3 : 0)
  }

  /** strong: punctuation, a two-character verb, a title; weak: a one-character word (在, 和); null: none. */
  followerAt(p: number, only?: WordSet): "strong" | "weak" | null {
    const { text, lex } = this
    const c = text[p]
    if (only !== undefined) {
      const w = only.longestAt(text, p)
      return w === null ? null : w.length > 1 ? "strong" : "weak"
    }
    if (c === undefined || !isHan(c)) return "strong"
    if (lex.titleEnds.longestAt(text, p, 2) !== null) return "strong"
    if (lex.honorifics.longestAt(text, p, 2) !== null) return "strong"
    const w = this.cues.followers.longestAt(text, p)
    if (w !== null) return w.length > 1 ? "strong" : "weak"
    for (const k of this.known) if (text.startsWith(k, p)) return "strong"
    return null
  }

  /** Is `text[at]` a surname (or the start of a compound one)? */
  surnameAt(at: number): boolean {
    const code = this.text.charCodeAt(at)
    return this.cache.single[code] === 1 || (this.cache.compoundFirst[code] === 1 && this.surnames.compound.has(this.text.slice(at, at + 2)))
  }

  pickName(at: number, opts: PickOptions): Pick | null {
    return pickName(this, at, opts)
  }

  dottedName(at: number): Pick | null {
    return dottedName(this, at)
  }

  nameAfterTitle(at: number): Pick | null {
    return nameAfterTitle(this, at)
  }

  delegationHead(at: number): Pick | null {
    return delegationHead(this, at)
  }
}
