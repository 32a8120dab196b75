import type { Gazetteer } from "../knowledge/gazetteer.ts"
import type { PersonCues, Surnames, TitleLexicon } from "../knowledge/lexicon.ts"
import type { Roster } from "../knowledge/roster.ts"
import { WordSet } from "../knowledge/wordset.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import type { Person } from "../schema/event.ts"
import type { SegmentFns } from "../segmenter.ts"
import { charTable, isHan } from "./chars.ts"
import { findTitles, type TitleSpan } from "./titles.ts"
import { cueCharacters, cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"

export interface PeopleContext {
  readonly titles: TitleLexicon
  readonly surnames: Surnames
  readonly cues: PersonCues
  readonly roster: Roster
  readonly gazetteer: Gazetteer
  readonly seg: SegmentFns
  /** Reporters (never people) and where their bylines are. */
  readonly reporterNames: ReadonlySet<string>
  readonly reporterSpans: ReadonlyArray<readonly [number, number]>
  /**
   * Where the finders may start, from the mention's one walk over its text (StartIndex over
   * `siteBreakWords`, the honorifics, the roster's names and the title ends); each list ascends.
   */
  readonly starts: {
    readonly breaks: ReadonlyArray<number>
    readonly honorifics: ReadonlyArray<number>
    readonly roster: ReadonlyArray<number>
    readonly titles: ReadonlyArray<number>
  }
}

export interface PeopleResult {
  /** Who took part (lead, participant, met) and who acts in the text without a clearer role (mentioned). */
  readonly people: ReadonlyArray<Person>
  /** People named only as a source (习近平 in 学习贯彻习近平总书记重要讲话精神): not people of the event. */
  readonly references: ReadonlyArray<Person>
  /** Titles with no name where a name should be (spam removed it): 总书记, 省委书记主持…. */
  readonly unnamedTitles: ReadonlyArray<string>
}

// Characters that never stand in a given name (function words, organ words).
const notInGivenName = new Set([...cueCharacters("not-in-given-name"), ...cueCharacters("rare-in-given-name")])
// organ and level characters (科, 镇): in a given name only where a title stands right before it
const rareInGivenName = new Set([...cueCharacters("rare-in-given-name")])

const nameJoiner = cueRegExp`[${cueClass("name-joiner")}]`
// the prepositions that put a place or another name after a name (某某在喀什…, 某某与某某…)
const joinsPlace = new Set([...cueCharacters("place-preposition"), ...cueCharacters("name-joiner")])

export type Via = "title" | "list" | "honorific" | "roster" | "clause" | "sentence"

export interface Found {
  readonly name: string
  readonly start: number
  readonly end: number
  readonly titles: ReadonlyArray<string>
  /** Where the title before the name starts (for 会见 + title + name), or null. */
  readonly titleStart: number | null
  readonly national: boolean
  readonly via: Via
  readonly inList: boolean
}

// Answers of jieba's dictionary (fixed for the process), shared by all mentions: names recur. Asked one
// word at a time, when a rule needs the answer: a batched call measured no faster per word.
type WordClass = "name" | "place" | "common"
const wordClassCache = new Map<string, WordClass>()

/** jieba as a dictionary: is a candidate a common word (干部, 先后) rather than a name? */
class WordOracle {
  constructor(private readonly seg: SegmentFns) {}
  /** A dictionary word that is not a name (jieba's place names included). */
  common(word: string): boolean {
    return this.classOf(word) !== "name"
  }
  /** A word jieba knows as a place name (乌兰, 吉林): a name after a title may be one. */
  place(word: string): boolean {
    return this.classOf(word) === "place"
  }
  private classOf(word: string): WordClass {
    if (word.length < 2) return "name"
    let c = wordClassCache.get(word)
    if (c === undefined) {
      const tokens = this.seg.tag(word)
      const one = tokens.length === 1 && tokens[0]!.word === word ? tokens[0]!.tag : null
      c = one === null || !isCommonTag(one) ? "name" : one.startsWith("ns") ? "place" : "common"
      if (wordClassCache.size > 100_000) wordClassCache.clear()
      wordClassCache.set(word, c)
    }
    return c
  }
}

// jieba tags a name it knows nr*, and one it only guesses by HMM x; any other dictionary tag is a word.
const isCommonTag = (tag: string): boolean => !tag.startsWith("nr") && tag !== "x" && tag !== "eng"

/** What ends a run of text before a bare name (punctuation, spaces, 、), as words of one character. */
export const siteBreakWords = new WordSet([...",，。；;：:！!？?\n\r \t\u3000\u00a0、"])

// Verbs that close a sentence of attendees (周建华,国务院指导组成员刘志勇参加活动).
const participationVerbs = cueWords("participation-verb")
/** A sentence that ends in one of them, with at most a few words after it (参加座谈). */
export const endsInParticipation = new RegExp(`(?:${participationVerbs.join("|")})\\p{Script=Han}{0,8}$`, "u")
/** Every occurrence of them (they overlap nowhere, so one search finds all). */
export const participationVerbSearch = new RegExp(participationVerbs.join("|"), "g")

export interface PersonWords {
  readonly partVerbs: WordSet
  /** Lead words that may directly follow a bare name opening a clause (到, 赴 and the longer ones). */
  readonly leadAfterName: WordSet
  /** What may close a bare list of names (等, 同志, 参加 …). */
  readonly closerSet: WordSet
  /** Lead and participant verbs (what a person does after 在 + place). */
  readonly actionWords: WordSet
  readonly leadSet: WordSet
  readonly participantSet: WordSet
  readonly refAfterSet: WordSet
  readonly leadOrPartSet: WordSet
}
// the one-character lead words that may follow a bare name (王明到…, 王明赴…); the others are too common
const shortLeadAfterName = cueWords("short-lead-after-name")
export const personWords = derivedFrom(
  (cues: PersonCues): PersonWords => ({
    partVerbs: new WordSet(participationVerbs),
    leadAfterName: new WordSet(cues.lead.filter((w) => w.length > 1 || shortLeadAfterName.includes(w))),
    closerSet: new WordSet([...cueWords("name-list-closer"), ...cues.participant, ...cues.lead]),
    actionWords: new WordSet([...cues.lead, ...cues.participant].filter((w) => w.length > 1)),
    leadSet: new WordSet(cues.lead),
    participantSet: new WordSet(cues.participant),
    refAfterSet: new WordSet(cues.refAfter),
    leadOrPartSet: new WordSet([...cues.lead, ...cues.participant])
  })
)

interface Shape {
  readonly ok: boolean
  readonly ambiguous: boolean
}

const bad: Shape = { ok: false, ambiguous: false }

/**
 * Shapes of candidate strings, shared by all mentions (the same strings recur): they depend only on the
 * knowledge, so the cache is renewed when another knowledge comes in (tests, --roster).
 */
interface ShapeCache {
  readonly lex: TitleLexicon
  readonly surnames: Surnames
  readonly cues: PersonCues
  readonly gazetteer: Gazetteer
  readonly shapes: Map<string, Shape>
  /** 1 for every character a single surname is. */
  readonly single: Uint8Array
  /** 1 for every character a compound surname starts with. */
  readonly compoundFirst: Uint8Array
}
let shapeCache: ShapeCache | null = null
const shapeCacheFor = (ctx: PeopleContext): ShapeCache => {
  const c = shapeCache
  if (c !== null && c.lex === ctx.titles && c.surnames === ctx.surnames && c.cues === ctx.cues && c.gazetteer === ctx.gazetteer && c.shapes.size < 200_000)
    return c
  shapeCache = {
    lex: ctx.titles,
    surnames: ctx.surnames,
    cues: ctx.cues,
    gazetteer: ctx.gazetteer,
    shapes: new Map(),
    single: charTable([...ctx.surnames.single].join("")),
    compoundFirst: charTable([...ctx.surnames.compound].map((s) => s[0] ?? "").join(""))
  }
  return shapeCache
}


export interface Pick {
  readonly name: string
  readonly end: number
}

export interface PickOptions {
  readonly allowAmbiguous: boolean
  readonly only?: WordSet
  readonly fallback?: boolean
  readonly afterTitle?: boolean
}

const noneFound: ReadonlyArray<Found> = []

/**
 * One mention's text while its people are being found: the titles in it, the names found so far, and
 * what tells a name where it starts and ends. The finders (people.ts) and the roles (people-roles.ts)
 * work on it; its methods are separate functions, not closures made per mention, so that each is
 * optimised on its own.
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
    // what does not start with a surname is no name: two table reads spare most lookups of the cache
    const first = c.charCodeAt(0)
    if (c.length < 2 || c.length > 4 || (this.cache.single[first] !== 1 && this.cache.compoundFirst[first] !== 1)) return bad
    const shapes = this.cache.shapes
    let r = shapes.get(c)
    if (r === undefined) {
      r = this.shapeOf(c)
      shapes.set(c, r)
    }
    // reporters differ from mention to mention, so they are not part of the cached shape
    return r.ok && this.ctx.reporterNames.has(c) ? bad : r
  }

  /**
   * The shape of a name right after a title with a strong follower (县长魏明科出席): organ and level
   * characters may stand in it there; elsewhere 科 or 镇 ends a word, not a name.
   */
  private shapeAfterTitle(c: string): Shape {
    if (![...c].some((ch) => rareInGivenName.has(ch))) return bad
    // 王明和副市长…: a joiner at a name's end is the conjunction
    if (nameJoiner.test(c[c.length - 1]!)) return bad
    const key = `~${c}`
    let r = this.cache.shapes.get(key)
    if (r === undefined) {
      r = this.shapeOf(c, true)
      this.cache.shapes.set(key, r)
    }
    return r.ok && this.ctx.reporterNames.has(c) ? bad : r
  }

  private shapeOf(c: string, rareAllowed = false): Shape {
    const { surnames, lex, cues } = this
    if (c.length < 2 || c.length > 4) return bad
    if (!surnames.single.has(c[0]!) && !surnames.compound.has(c.slice(0, 2))) return bad
    for (const ch of c) if (!isHan(ch)) return bad
    const compound = c.length >= 3 && surnames.compound.has(c.slice(0, 2))
    if (!compound && (!surnames.single.has(c[0]!) || c.length > 3)) return bad
    const given = c.slice(compound ? 2 : 1)
    for (const ch of given) if (notInGivenName.has(ch) && !(rareAllowed && rareInGivenName.has(ch))) return bad
    if (cues.notNames.has(c) || lex.titleEnds.has(c) || lex.titleEnds.has(given) || lex.honorifics.has(given) || lex.organs.has(c)) return bad
    const places = this.ctx.gazetteer.byName.get(c)
    if (places !== undefined && places.some((p) => !p.weak)) return bad
    return { ok: true, ambiguous: !compound && surnames.ambiguous.has(c[0]!) }
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

  private lengthsAt(at: number): ReadonlyArray<number> {
    return this.surnames.compound.has(this.text.slice(at, at + 2)) ? compoundLengths : singleLengths
  }

  /** The name that starts at `at`, if one does: the length after which something may follow a name. */
  pickName(at: number, opts: PickOptions): Pick | null {
    const text = this.text
    const options: Array<{ name: string; end: number; f: "strong" | "weak" | null; ev: number }> = []
    for (const l of this.lengthsAt(at)) {
      const c = text.slice(at, at + l)
      if (c.length < l) continue
      let s = this.shape(c)
      if (!s.ok && opts.afterTitle === true && this.followerAt(at + l, opts.only) === "strong") s = this.shapeAfterTitle(c)
      if (!s.ok) continue
      const ev = this.evidence(c)
      if (s.ambiguous && !opts.allowAmbiguous && ev === 0) continue
      // 院士和中国科学院…: a connective after a title starts no name
      if (s.ambiguous && ev === 0 && nameJoiner.test(c[0]!)) continue
      // right after a title a name may be a word jieba files as a place (省委副书记乌兰); the gazetteer
      // has already ruled out real place names (shape)
      if (ev === 0 && this.oracle.common(c) && !(opts.afterTitle === true && this.oracle.place(c))) continue
      options.push({ name: c, end: at + l, f: this.followerAt(at + l, opts.only), ev })
    }
    const followed = options.filter((o) => o.f !== null)
    const rank = (o: (typeof options)[number]) => o.ev * 10 + (o.f === "strong" ? 4 : o.f === "weak" ? 2 : 0) + o.name.length / 10
    if (followed.length > 0) {
      const best = followed.sort((a, b) => rank(b) - rank(a))[0]!
      return { name: best.name, end: best.end }
    }
    const withEvidence = options.filter((o) => o.ev > 0).sort((a, b) => rank(b) - rank(a))[0]
    if (withEvidence !== undefined) return { name: withEvidence.name, end: withEvidence.end }
    // 盟委书记哈斯巴根主持…: a four-character name after a title, when only the whole of it is followed
    // by what follows a name
    if (opts.afterTitle === true) {
      const long = this.longNameAt(at)
      if (long !== null) return long
    }
    const plain = options.filter((o) => o.ev > 0 || !this.shape(o.name).ambiguous)
    if (opts.fallback === true && plain.length > 0) {
      // nothing we know follows: the name ends where a word begins (林晓峰|安排部署, not 林晓|峰安排)
      const scored = plain.map((o) => {
        const next = this.ctx.seg.cut(text.slice(o.end, o.end + 4))[0] ?? ""
        return { o, score: (next.length >= 2 ? 2 : 0) + o.name.length / 10 }
      })
      const top = scored.sort((a, b) => b.score - a.score)[0]!
      if (top.score >= 2) return { name: top.o.name, end: top.o.end }
    }
    return null
  }

  /** 艾尔肯·吐尼亚孜: a transliterated name with a middle dot, after a title. */
  dottedName(at: number): Pick | null {
    const text = this.text
    // most titles have no dot within reach: a cheap look before the regex
    let dot = false
    for (let i = at; i < at + 8 && i < text.length; i++) if (dots[text.charCodeAt(i)] === 1) dot = true
    if (!dot) return null
    const m = /^[\p{Script=Han}]{1,6}[·•．]/u.exec(text.slice(at, at + 8))
    if (m === null) return null
    // the shortest tail that something after a name follows (…·买买提在喀什调研: 在 ends it): first what
    // strongly follows a name, since a one-character word may stand inside one (努尔兰·阿不都满金: 都)
    // strongly follows a name, or a preposition (在, 到) does, since a one-character adverb may stand inside
    // one (努尔兰·阿不都满金: 都); else the first weak follower
    let weak: Pick | null = null
    for (let l = 1; l <= 8; l++) {
      const end = at + m[0].length + l
      if (!isHan(text[end - 1])) break
      const f = this.followerAt(end)
      const pick = { name: text.slice(at, end).replace(/[•．]/g, "·"), end }
      if (f === "strong" || (f === "weak" && joinsPlace.has(text[end]!))) return pick
      if (f === "weak" && weak === null) weak = pick
    }
    return weak
  }

  private longNameAt(at: number): Pick | null {
    const { text, lex, oracle } = this
    const c = text.slice(at, at + 4)
    if (c.length < 4 || !this.cache.single[c.charCodeAt(0)] || this.surnames.compound.has(c.slice(0, 2))) return null
    for (const ch of c) if (!isHan(ch) || notInGivenName.has(ch)) return null
    if (this.followerAt(at + 4) !== "strong" || oracle.common(c) || lex.titleEnds.has(c) || lex.organs.has(c) || this.ctx.gazetteer.byName.has(c)) return null
    // 开展入户 is two words, 哈斯巴根 none: a name holds no common word in either half
    if (oracle.common(c.slice(0, 2)) || oracle.common(c.slice(2))) return null
    return { name: c, end: at + 4 }
  }

  /**
   * 自治区主席布小林出席…: right after a title, a name whose first character is no Chinese surname (many
   * Mongolian, Tibetan and Uyghur names written without a dot), when what follows a name follows it.
   */
  nameAfterTitle(at: number): Pick | null {
    const { text, lex, oracle } = this
    // three characters, the common length of such names; two or four read common words as names
    const c = text.slice(at, at + 3)
    if (c.length < 3) return null
    for (const ch of c) if (!isHan(ch) || notInGivenName.has(ch)) return null
    if (this.followerAt(at + 3) !== "strong") return null
    if (oracle.common(c) || oracle.common(c.slice(0, 2)) || lex.titleEnds.longestAt(c, 0, 1) !== null || lex.organs.has(c) || this.ctx.gazetteer.byName.has(c)) return null
    return { name: c, end: at + 3 }
  }

  /** 大使布兰斯塔德一行: a transliterated name without a Chinese surname, right before 一行. */
  delegationHead(at: number): Pick | null {
    const m = /^[\p{Script=Han}·]{2,8}?(?=一行)/u.exec(this.text.slice(at, at + 12))
    if (m === null || this.lex.titleEnds.longestAt(m[0], 0, 2) !== null) return null
    return { name: m[0], end: at + m[0].length }
  }
}

const singleLengths: ReadonlyArray<number> = [3, 2]
const compoundLengths: ReadonlyArray<number> = [4, 3]
const dots = charTable("·•．")
