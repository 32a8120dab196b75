import type { Gazetteer } from "../knowledge/gazetteer.ts"
import type { PersonCues, Surnames, TitleLexicon } from "../knowledge/lexicon.ts"
import type { Roster } from "../knowledge/roster.ts"
import { WordSet } from "../knowledge/wordset.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import type { Person, Role } from "../schema/event.ts"
import type { SegmentFns } from "../segmenter.ts"
import { charTable, clauseStart, isClauseBreak, isHan, isSentenceBreak } from "./chars.ts"
import { findTitles, type TitleSpan } from "./titles.ts"

/**
 * People of an event, from the structures Chinese government news names them in: a title before the name
 * (省委书记王明), lists closed by 等/同志 and a verb (孔立、穆华参加座谈), a title or 同志 after the
 * name (王明书记), and the roster of officeholders. The surname table says what can start a name; a
 * name is 2–4 characters and never a title, place or common word (jieba's dictionary tells those).
 */

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
const notInGivenName = new Set([..."的了是就在和与及等也都而或被把着过这那其之所并但还又已不没很最更该各每们吗呢吧啊个省市县区镇乡委厅局办部院处科组会讲说要将对从于以到赴率称"])

type Via = "title" | "list" | "honorific" | "roster" | "clause" | "sentence"

interface Found {
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

const siteBreaks = charTable(",，。；;：:！!？?\n\r \t\u3000\u00a0、")
const isSiteBreak = (code: number): boolean => siteBreaks[code] === 1

interface Derived {
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
const derived = derivedFrom(
  (cues: PersonCues): Derived => ({
    partVerbs: new WordSet(["参加", "出席", "列席", "陪同"]),
    leadAfterName: new WordSet(cues.lead.filter((w) => w.length > 1 || w === "到" || w === "赴")),
    closerSet: new WordSet(["等", "同志", "委员", "代表", ...cues.participant, ...cues.lead]),
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

export const extractPeople = (text: string, ctx: PeopleContext): PeopleResult => {
  const { titles: lex, surnames, cues, roster } = ctx
  const oracle = new WordOracle(ctx.seg)
  const { partVerbs, leadAfterName, closerSet, actionWords, leadSet, participantSet, refAfterSet, leadOrPartSet } = derived(cues)
  const cache = shapeCacheFor(ctx)
  const titleSpans = findTitles(text, lex)
  const titleEndAt = new Map<number, TitleSpan>()
  for (const t of titleSpans) titleEndAt.set(t.end, t)
  const inByline = (at: number) => ctx.reporterSpans.some(([s, e]) => at >= s && at < e)
  const known = new Set<string>()

  const shapes = cache.shapes
  const shape = (c: string): Shape => {
    let r = shapes.get(c)
    if (r === undefined) {
      r = shapeOf(c)
      shapes.set(c, r)
    }
    // reporters differ from mention to mention, so they are not part of the cached shape
    return r.ok && ctx.reporterNames.has(c) ? bad : r
  }
  const shapeOf = (c: string): Shape => {
    if (c.length < 2 || c.length > 4) return bad
    if (!surnames.single.has(c[0]!) && !surnames.compound.has(c.slice(0, 2))) return bad
    for (const ch of c) if (!isHan(ch)) return bad
    const compound = c.length >= 3 && surnames.compound.has(c.slice(0, 2))
    if (!compound && (!surnames.single.has(c[0]!) || c.length > 3)) return bad
    const given = c.slice(compound ? 2 : 1)
    for (const ch of given) if (notInGivenName.has(ch)) return bad
    if (cues.notNames.has(c) || lex.titleEnds.has(c) || lex.titleEnds.has(given) || lex.honorifics.has(given) || lex.organs.has(c)) return bad
    const places = ctx.gazetteer.byName.get(c)
    if (places !== undefined && places.some((p) => !p.weak)) return bad
    return { ok: true, ambiguous: !compound && surnames.ambiguous.has(c[0]!) }
  }

  // an officeholder's name that is also a common word (庄严, 高峰) is no evidence by itself
  const evidence = (c: string): number => (roster.byName.has(c) && !oracle.common(c) ? 3 : 0) + (known.has(c) ? 3 : 0)

  /** strong: punctuation, a two-character verb, a title; weak: a one-character word (在, 和); null: none. */
  const followerAt = (p: number, only?: WordSet): "strong" | "weak" | null => {
    const c = text[p]
    if (only !== undefined) {
      const w = only.longestAt(text, p)
      return w === null ? null : w.length > 1 ? "strong" : "weak"
    }
    if (c === undefined || !isHan(c)) return "strong"
    if (lex.titleEnds.longestAt(text, p, 2) !== null) return "strong"
    if (lex.honorifics.longestAt(text, p, 2) !== null) return "strong"
    const w = cues.followers.longestAt(text, p)
    if (w !== null) return w.length > 1 ? "strong" : "weak"
    for (const k of known) if (text.startsWith(k, p)) return "strong"
    return null
  }

  const lengthsAt = (at: number): Array<number> => (surnames.compound.has(text.slice(at, at + 2)) ? [4, 3] : [3, 2])

  const candidatesAt = (at: number): Array<string> => lengthsAt(at).map((l) => text.slice(at, at + l))

  interface Pick {
    readonly name: string
    readonly end: number
  }

  /** The name that starts at `at`, if one does: the length after which something may follow a name. */
  const pickName = (at: number, opts: { allowAmbiguous: boolean; only?: WordSet; fallback?: boolean; afterTitle?: boolean }): Pick | null => {
    const options: Array<{ name: string; end: number; f: "strong" | "weak" | null; ev: number }> = []
    for (const l of lengthsAt(at)) {
      const c = text.slice(at, at + l)
      if (c.length < l) continue
      const s = shape(c)
      if (!s.ok) continue
      const ev = evidence(c)
      if (s.ambiguous && !opts.allowAmbiguous && ev === 0) continue
      // 院士和中国科学院…: a connective after a title starts no name
      if (s.ambiguous && ev === 0 && /[和及与同]/.test(c[0]!)) continue
      // right after a title a name may be a word jieba files as a place (省委副书记乌兰); the gazetteer
      // has already ruled out real place names (shape)
      if (ev === 0 && oracle.common(c) && !(opts.afterTitle === true && oracle.place(c))) continue
      options.push({ name: c, end: at + l, f: followerAt(at + l, opts.only), ev })
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
      const long = longNameAt(at)
      if (long !== null) return long
    }
    const plain = options.filter((o) => o.ev > 0 || !shape(o.name).ambiguous)
    if (opts.fallback === true && plain.length > 0) {
      // nothing we know follows: the name ends where a word begins (霍金花|安排部署, not 霍金|花安排)
      const scored = plain.map((o) => {
        const next = ctx.seg.cut(text.slice(o.end, o.end + 4))[0] ?? ""
        return { o, score: (next.length >= 2 ? 2 : 0) + o.name.length / 10 }
      })
      const top = scored.sort((a, b) => b.score - a.score)[0]!
      if (top.score >= 2) return { name: top.o.name, end: top.o.end }
    }
    return null
  }

  /** 艾尔肯·吐尼亚孜: a transliterated name with a middle dot, after a title. */
  const dottedName = (at: number): Pick | null => {
    const m = /^[\p{Script=Han}]{1,6}[·•．]/u.exec(text.slice(at, at + 8))
    if (m === null) return null
    // the shortest tail that something after a name follows (…·买买提在喀什调研: 在 ends it)
    for (let l = 1; l <= 8; l++) {
      const end = at + m[0].length + l
      if (!isHan(text[end - 1])) return null
      if (followerAt(end) !== null) return { name: text.slice(at, end).replace(/[•．]/g, "·"), end }
    }
    return null
  }

  const longNameAt = (at: number): Pick | null => {
    const c = text.slice(at, at + 4)
    if (c.length < 4 || !cache.single[c.charCodeAt(0)] || surnames.compound.has(c.slice(0, 2))) return null
    for (const ch of c) if (!isHan(ch) || notInGivenName.has(ch)) return null
    if (followerAt(at + 4) !== "strong" || oracle.common(c) || lex.titleEnds.has(c) || lex.organs.has(c) || ctx.gazetteer.byName.has(c)) return null
    // 开展入户 is two words, 哈斯巴根 none: a name holds no common word in either half
    if (oracle.common(c.slice(0, 2)) || oracle.common(c.slice(2))) return null
    return { name: c, end: at + 4 }
  }

  /** 大使布兰斯塔德一行: a transliterated name without a Chinese surname, right before 一行. */
  const delegationHead = (at: number): Pick | null => {
    const m = /^[\p{Script=Han}·]{2,8}?(?=一行)/u.exec(text.slice(at, at + 12))
    if (m === null || lex.titleEnds.longestAt(m[0], 0, 2) !== null) return null
    return { name: m[0], end: at + m[0].length }
  }

  // positions after a break, merged in order with the ends of titles (both ascend): where a bare name
  // may start (step 5)
  const sites: Array<number> = [0]
  for (let i = 1, t = 0; i <= text.length; i++) {
    while (t < titleSpans.length && titleSpans[t]!.end < i) {
      const e = titleSpans[t++]!.end
      if (e > sites[sites.length - 1]!) sites.push(e)
    }
    if ((i < text.length && isSiteBreak(text.charCodeAt(i - 1))) || (t < titleSpans.length && titleSpans[t]!.end === i)) sites.push(i)
  }
  const surnameAt = (at: number): boolean => {
    const code = text.charCodeAt(at)
    return cache.single[code] === 1 || (cache.compoundFirst[code] === 1 && surnames.compound.has(text.slice(at, at + 2)))
  }
  // titles and 同志 after a name (王明书记)
  const honorifics: Array<{ readonly at: number; readonly word: string }> = []
  for (let h = 2; h < text.length; h++) {
    if (!lex.honorifics.startsAt(text, h)) continue
    const word = lex.honorifics.longestAt(text, h, 2)
    if (word !== null) honorifics.push({ at: h, word })
  }

  const found: Array<Found> = []
  const unnamed = new Set<string>()
  const add = (f: Found) => {
    if (inByline(f.start)) return
    found.push(f)
    known.add(f.name)
  }

  // ---- 1. a title, then the name (and a list of names sharing the title)
  const unnamedNational: Array<{ readonly word: string; readonly at: number }> = []
  for (const t of titleSpans) {
    const first = dottedName(t.end) ?? pickName(t.end, { allowAmbiguous: true, fallback: true, afterTitle: true }) ?? delegationHead(t.end)
    if (first === null) {
      const lastPart = t.parts[t.parts.length - 1]!
      const nat = t.national ? lex.national.longestEndingAt(lastPart, lastPart.length, 2) : null
      // 习近平总书记 names him before the title; a bare 总书记 (spam took the name) is unnamed
      if (nat !== null) unnamedNational.push({ word: nat, at: t.end - nat.length })
      else if (leadOrPartSet.longestAt(text, t.end) !== null) unnamed.add(lastPart)
      continue
    }
    const manyTitles = t.parts.length > 1
    let list = [first]
    let p = first.end
    for (;;) {
      let sep = 0
      if (text[p] === "、") sep = 1
      else if (/[和及]/.test(text[p] ?? "")) sep = 1
      if (sep === 0) break
      if (lex.titleEnds.longestAt(text, p + sep, 2) !== null) break
      if (titleSpans.some((x) => x.start === p + sep)) break
      const next = pickName(p + sep, { allowAmbiguous: true })
      if (next === null) break
      list.push(next)
      p = next.end
    }
    list = list.filter((x, i, a) => a.findIndex((y) => y.name === x.name) === i)
    list.forEach((n, i) =>
      add({
        name: n.name,
        start: n.end - n.name.length,
        end: n.end,
        titles: i === 0 || !manyTitles ? t.parts : t.parts.slice(-1),
        titleStart: i === 0 ? t.start : null,
        national: t.national,
        via: "title",
        inList: list.length > 1 || text[t.start - 1] === "、" || text[n.end] === "、"
      })
    )
  }

  // ---- 2. a title or 同志 after the name: 王明书记, 李军同志, 习近平总书记
  for (const { at: h, word: hon } of honorifics) {
    if (hon === "一行") continue
    for (const l of [4, 3, 2]) {
      const s = h - l
      if (s < 0) continue
      const c = text.slice(s, h)
      const sh = shape(c)
      if (!sh.ok) continue
      const prev = text[s - 1]
      const bounded = prev === undefined || !isHan(prev) || titleEndAt.has(s) || /[、和及与同]/.test(prev)
      if (!bounded && evidence(c) === 0) continue
      if (sh.ambiguous && evidence(c) === 0) continue
      if (evidence(c) === 0 && oracle.common(c)) continue
      const national = lex.national.has(hon)
      add({ name: c, start: s, end: h, titles: lex.titleEnds.has(hon) ? [hon] : [], titleStart: null, national, via: "honorific", inList: false })
      break
    }
  }

  // ---- 3. lists: 孙刚、李平、…、习军等在郑州参加了植树活动 / 孔立、穆华参加座谈

  // only clauses that hold a 、 (found with indexOf, not by walking every character)
  for (let mark = text.indexOf("、"), next = 0; mark >= 0; mark = text.indexOf("、", next)) {
    const cs = clauseStart(text, mark)
    let ce = mark
    while (ce < text.length && !isClauseBreak(text[ce])) ce++
    next = ce + 1
    // every part but the last must be a whole name: most clauses fail on the first
    if (!shape(text.slice(cs, mark)).ok) continue
    const clause = text.slice(cs, ce)
    {
      const parts = clause.split("、")
      const starts: Array<number> = []
      let off = cs
      for (const part of parts) {
        starts.push(off)
        off += part.length + 1
      }
      const names: Array<Pick> = []
      let ok = true
      parts.forEach((part, i) => {
        if (!ok) return
        const at = starts[i]!
        if (i < parts.length - 1) {
          const s = shape(part)
          // 有决心、有信心、有能力: a bare list needs names that start with a plain surname
          if (!s.ok || (evidence(part) === 0 && (oracle.common(part) || s.ambiguous))) {
            ok = false
            return
          }
          names.push({ name: part, end: at + part.length })
          return
        }
        // three names or more make a list by themselves (黄强、舒庆、戴柏华安排部署…)
        const long = names.length >= 2
        const last = pickName(at, { allowAmbiguous: true, fallback: long })
        if (last === null) {
          ok = false
          return
        }
        const rest = text.slice(last.end, ce)
        if (!long && rest.length > 0 && closerSet.longestAt(rest, 0) === null && !/^[和及与]/.test(rest)) {
          ok = false
          return
        }
        names.push(last)
        if (/^[和及与]/.test(rest)) {
          const more = pickName(last.end + 1, { allowAmbiguous: true, only: closerSet })
          if (more !== null) names.push(more)
        }
      })
      if (ok && names.length >= 2)
        for (const n of names)
          if (!found.some((f) => f.start === n.end - n.name.length))
            add({ name: n.name, start: n.end - n.name.length, end: n.end, titles: [], titleStart: null, national: false, via: "list", inList: true })
    }
  }

  // ---- 4. a sentence that ends in 参加/出席/陪同…: its bare names take part (徐立毅,国务院指导组成员庄宁参加活动)
  const sentenceStarts = new Set<number>()
  for (const verb of partVerbs) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      let ss = at
      while (ss > 0 && !isSentenceBreak(text[ss - 1])) ss--
      sentenceStarts.add(ss)
    }
  }
  for (const ss of [...sentenceStarts].sort((a, b) => a - b)) {
    let se = ss
    while (se < text.length && !isSentenceBreak(text[se])) se++
    const sentence = text.slice(ss, se)
    if (/(参加|出席|列席|陪同)[\p{Script=Han}]{0,8}$/u.test(sentence)) {
      let cs = ss
      while (cs < se) {
        let ce = cs
        while (ce < se && !/[,，]/.test(text[ce]!)) ce++
        const seg = text.slice(cs, ce).trim()
        const at = cs + (text.slice(cs, ce).length - text.slice(cs, ce).trimStart().length)
        if (!seg.includes("、") && !found.some((f) => f.start >= cs && f.start < ce)) {
          const whole = shape(seg)
          if (whole.ok && !whole.ambiguous && (evidence(seg) > 0 || !oracle.common(seg)))
            add({ name: seg, start: at, end: at + seg.length, titles: [], titleStart: null, national: false, via: "sentence", inList: true })
          else {
            const n = pickName(at, { allowAmbiguous: false, only: partVerbs })
            if (n !== null) add({ name: n.name, start: at, end: n.end, titles: [], titleStart: null, national: false, via: "sentence", inList: false })
          }
        }
        cs = ce + 1
      }
    }
  }

  // ---- 5. a bare name opening a clause, before what a leader does: 孔立到省农科院调研, 黄强主持召开会议
  const foundStarts = new Set(found.map((f) => f.start))
  for (const s of sites) {
    if (!isHan(text[s]) || foundStarts.has(s) || !surnameAt(s)) continue
    if (!leadAfterName.startsAt(text, s + 2) && !leadAfterName.startsAt(text, s + 3) && !leadAfterName.startsAt(text, s + 4)) continue
    const n = pickName(s, { allowAmbiguous: false, only: leadAfterName })
    if (n !== null) add({ name: n.name, start: s, end: n.end, titles: [], titleStart: null, national: false, via: "clause", inList: false })
  }

  // ---- 6. officeholders the roster knows, wherever they stand as names (王明尹成刘平等…带头捐款)
  const boundedAt = (i: number): boolean => {
    const prev = text[i - 1]
    if (prev === undefined || !isHan(prev) || titleEndAt.has(i) || /[、和及与同]/.test(prev)) return true
    for (const k of known) if (text.startsWith(k, i - k.length)) return true
    return false
  }
  for (let i = 0; i < text.length; i++) {
    if (!roster.names.startsAt(text, i)) continue
    const names = roster.names.allAt(text, i)
    // the same for every name starting here (a name added ends the search at this position)
    let bounded: boolean | undefined
    for (let n = names.length - 1; n >= 0; n--) {
      const c = names[n]!
      const l = c.length
      if (l < 2) continue
      const glued = roster.names.longestAt(text, i + l, 2) !== null
      if (!glued && !(bounded ??= boundedAt(i))) continue
      if ((glued || followerAt(i + l) !== null) && shape(c).ok) {
        if (!found.some((f) => f.start === i && f.name === c))
          add({ name: c, start: i, end: i + l, titles: [], titleStart: null, national: false, via: "roster", inList: glued })
        i += l - 1
        break
      }
    }
  }

  // ---- every occurrence of every name: roles and references come from all of them
  const occurrences: Array<Found> = [...found]
  const anotherNameAt = (name: string, at: number): boolean => {
    for (const k of known) if (k !== name && text.startsWith(k, at)) return true
    return false
  }
  for (const name of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (occurrences.some((o) => o.start <= at && at < o.end)) continue
      if (inByline(at)) continue
      // not inside a longer name (刘平 in 刘平强) or a word
      if (followerAt(at + name.length) === null && !anotherNameAt(name, at + name.length)) continue
      occurrences.push({ name, start: at, end: at + name.length, titles: [], titleStart: null, national: false, via: "roster", inList: false })
    }
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Array<Found> = []
  for (const o of occurrences) if (!kept.some((k) => o.start < k.end && k.start < o.end)) kept.push(o)

  const afterName = (o: Found): { at: number; national: boolean } => {
    let p = o.end
    let national = false
    for (let guard = 0; guard < 3; guard++) {
      const hon = lex.honorifics.longestAt(text, p, 2)
      const nat = lex.national.longestAt(text, p, 2)
      if (nat !== null) {
        national = true
        p += nat.length
        continue
      }
      if (hon !== null) {
        p += hon.length
        continue
      }
      const skip = cues.between.find((w) => text.startsWith(w, p))
      if (skip !== undefined) {
        p += skip.length
        continue
      }
      break
    }
    return { at: p, national }
  }

  const clauseAfter = (p: number): string => {
    let e = p
    while (e < text.length && !isClauseBreak(text[e])) e++
    return text.slice(p, e)
  }
  /** Where the verb after a name starts, past a place (王建国在武汉会见…, 习近平在湖南考察). */
  const verbAfter = (p: number): number => {
    if (!/[在于到赴]/.test(text[p] ?? "")) return p
    const end = Math.min(text.length, p + 16)
    for (let q = p + 1; q < end && !isClauseBreak(text[q]); q++) if (actionWords.longestAt(text, q, 2) !== null) return q
    return p
  }
  const sentenceEndsInParticipation = (p: number): boolean => {
    let e = p
    while (e < text.length && !isSentenceBreak(text[e])) e++
    return /(参加|出席|列席|陪同)[\p{Script=Han}]{0,8}$/u.test(text.slice(p, e))
  }
  const isReference = (o: Found, after: { at: number; national: boolean }): boolean => {
    const before = text.slice(clauseStart(text, o.titleStart ?? o.start), o.titleStart ?? o.start)
    const refBefore = cues.reference.some((w) => before.endsWith(w))
    const rest = clauseAfter(after.at)
    const refAfter = refAfterSet.longestAt(rest, 0) !== null || /时的|讲话精神|指示精神|重要讲话|重要指示|批示|嘱托/.test(rest)
    // 习近平总书记在湖南考察 is his own event; …在中央政治局会议上指出 quotes another
    if (o.national || after.national) {
      const v = text.slice(verbAfter(after.at))
      const acts = leadSet.longestAt(v, 0) !== null || participantSet.longestAt(v, 0) !== null
      return refBefore || refAfter || !acts
    }
    return refBefore && (text.startsWith("同志", o.end) || /^(的|精神|思想|理论|为核心)/.test(text.slice(o.end)))
  }
  const roleOf = (o: Found, after: { at: number }): Role => {
    const before = text.slice(Math.max(0, (o.titleStart ?? o.start) - 4), o.titleStart ?? o.start)
    if (cues.met.some((w) => before.endsWith(w))) return "met"
    // 会见了埃及驻华大使萨拉赫一行: the object of 会见 earlier in the same clause
    const clauseBefore = text.slice(clauseStart(text, o.start), o.start)
    if (/会见|会晤|接见/.test(clauseBefore)) return "met"
    let p = after.at
    // 李华一行先后来到…, 王刚专程赶赴…: adverbs before the verb
    const adverb = /^(先后|分别|专程|亲自|随后|再次|还|又|也|并)/.exec(text.slice(p, p + 2))
    if (adverb !== null) p += adverb[0].length
    p = verbAfter(p)
    if (leadSet.longestAt(text, p) !== null) return "lead"
    if (o.inList || participantSet.longestAt(text, p) !== null) return "participant"
    // 县委副书记、县长邓永红,县人大常委会主任黄建新出席会议: an enumeration of attendees
    if (/[,，、]/.test(text[o.end] ?? "") && sentenceEndsInParticipation(o.end)) return "participant"
    return "mentioned"
  }
  const rank: Record<Role, number> = { met: 3, lead: 2, participant: 1, mentioned: 0 }

  interface Acc {
    titles: Array<string>
    role: Role
    anyActor: boolean
    first: number
  }
  const people = new Map<string, Acc>()
  const afters = kept.map(afterName)
  const refs0 = kept.map((o, i) => isReference(o, afters[i]!))
  // a reference (习近平 in 学习贯彻…讲话精神) has no role of its own and lends none to a neighbour
  const roles = kept.map((o, i): Role => (refs0[i] ? "mentioned" : roleOf(o, afters[i]!)))
  // 村党支部书记李大勇和村委会主任张红霞带领…: a name joined by 和/与/及 to the next one (with that one's
  // title between) does what the next one does
  for (let i = kept.length - 2; i >= 0; i--) {
    // a member of an enumeration (镇党委书记欧阳志远、镇长司马晓东深入…) is still open to its verb
    if (roles[i] !== "mentioned" && !(roles[i] === "participant" && kept[i]!.inList && roles[i + 1] === "lead")) continue
    const next = kept[i + 1]!
    const at = afters[i]!.at
    if (refs0[i + 1] || !/[和与及、]/.test(text[at] ?? "") || next.start - at > 16) continue
    const between = text.slice(at + 1, next.titleStart ?? next.start)
    if (between.length === 0 || (next.titleStart !== null && next.titleStart > at)) roles[i] = roles[i + 1]!
  }
  kept.forEach((o, i) => {
    const acc = people.get(o.name) ?? { titles: [], role: "mentioned" as Role, anyActor: false, first: o.start }
    for (const t of o.titles) {
      const clean = cleanTitle(t, known)
      if (clean.length >= 2 && !acc.titles.includes(clean)) acc.titles.push(clean)
    }
    if (!refs0[i]) {
      acc.anyActor = true
      const r = roles[i]!
      if (rank[r] > rank[acc.role]) acc.role = r
    }
    people.set(o.name, acc)
  })

  for (const u of unnamedNational) if (![...known].some((k) => text.startsWith(k, u.at - k.length))) unnamed.add(u.word)

  const out: Array<Person> = []
  const refs: Array<Person> = []
  for (const [name, acc] of [...people].sort((a, b) => a[1].first - b[1].first)) {
    const person: Person = { name, titles: acc.titles, role: acc.anyActor ? acc.role : "mentioned" }
    if (acc.anyActor) out.push(person)
    else refs.push(person)
  }
  return { people: out, references: refs, unnamedTitles: [...unnamed] }
}

/** A title as found may have reached back over a name before it (…王明书记): keep what follows the name. */
const cleanTitle = (title: string, known: ReadonlySet<string>): string => {
  let t = title
  for (const k of known) {
    const at = t.lastIndexOf(k)
    if (at >= 0) t = t.slice(at + k.length)
  }
  return t.replace(/^[、,，\s]+/, "")
}
