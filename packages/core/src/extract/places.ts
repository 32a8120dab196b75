import { matchPlaceAt, type Gazetteer, type GazetteerEntry } from "../knowledge/gazetteer.ts"
import type { PlaceCues, VenueClass, VenueSuffix } from "../knowledge/lexicon.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { WordSet } from "../knowledge/wordset.ts"
import type { Place, PlaceLevel } from "../schema/event.ts"
import { charTable, clauseEnd, clauseStart, inTable, isHan, isHanCode, leadEnd } from "./chars.ts"
import { cueCharacters, cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"

/**
 * Where an event happened and what was visited: the places in the slots after 到/赴/深入/在 … and before
 * what happens there (调研, 检查, 召开, 举行) or a comma (在某小区,王明强调…). A place named
 * anywhere else (the organising 河南省委, 听取周口市汇报, 召开南阳、洛阳两市调度会) is not a place of
 * the event. Chains are split (驻马店市新蔡县 → 驻马店市, 新蔡县); venues get level venue (or community
 * for 社区/村/小区, town for 街道/镇/乡).
 */

export interface PlaceContext {
  readonly cues: PlaceCues
  readonly gazetteer: Gazetteer
  /** Titles of national leaders: a slot in their clause belongs to a reference (总书记在北京市调研…时). */
  readonly nationalTitles: WordSet
  /** Names of people acting in the text: 在中信重工和中国一拖,王明指出 sets a scene without a venue suffix. */
  readonly personNames: ReadonlySet<string>
  /** Words that end titles (书记, 常委): a venue name never holds one (省委常委 is no venue). */
  readonly titleEnds: WordSet
  /** Verbs of speech and action around people (指出, 主持): no venue name holds one either. */
  readonly personVerbs: ReadonlyArray<string>
  /** Where trigger words may start, when a walk for several word sets found them already. */
  readonly triggerStarts?: ReadonlyArray<number>
}

interface Item {
  readonly name: string
  readonly level: PlaceLevel
  readonly venueClass: VenueClass | null
  /** A venue with no place name before it: a candidate for a fuller name used elsewhere. */
  readonly bare: boolean
}

interface Scan {
  readonly text: string
  readonly ctx: PlaceContext
  /** Extra words that may end this slot (的 after 位于 X). */
  readonly extraEnds: ReadonlyArray<string>
}

// what ends a slot whatever the words (punctuation and line breaks)
const slotBreaks = charTable("，,。；;：:！!？?\n\r")
const softSeparators = cueWords("place-separator")
const extraNameChars = charTable("0123456789０１２３４５６７８９()（）“”\"·")
const nameChar = (c: string | undefined): boolean => c !== undefined && (isHan(c) || inTable(extraNameChars, c))
const notInVenue = charTable(cueCharacters("not-in-venue"))
const quoteChars = charTable("“”\"")
const officialStart = charTable(cueCharacters("division-level"))
const notVenueStart = charTable(`${cueCharacters("not-in-venue")}的`)
const de = "的".charCodeAt(0)

// the last characters of venue suffixes: a venue can only end after one of them
const suffixEndTable = derivedFrom((cues: PlaceCues): Uint8Array => charTable([...cues.suffixes.keys()].map((k) => k.slice(-1)).join("")))
const organSuffix = cueRegExp`(${"organ-suffix"})$`

const startsWithAny = (text: string, at: number, words: Iterable<string>): string | null => {
  let best: string | null = null
  for (const w of words) if (text.startsWith(w, at) && (best === null || w.length > best.length)) best = w
  return best
}

/** Length of the tails (施工现场, 的车间内, 上) at `at`; 0 when none. */
const tailLength = (s: Scan, at: number): number => {
  let p = at
  for (let n = 0; n < 3; n++) {
    const t = s.ctx.cues.tails.longestAt(s.text, p)
    if (t === null) break
    p += t.length
  }
  return p - at
}

/** Can a slot end at `at` (after optional tails): punctuation, an end word, 等(地/企业…) before one, the end? */
const endsAt = (s: Scan, at: number, depth = 0): boolean => {
  const { text } = s
  const p = at + tailLength(s, at)
  const c = text[p]
  if (c === undefined || slotBreaks[text.charCodeAt(p)] === 1 || /\s/.test(c)) return true
  if (s.ctx.cues.ends.startsAt(text, p) && s.ctx.cues.ends.longestAt(text, p) !== null) return true
  for (const w of s.extraEnds) if (text.startsWith(w, p)) return true
  // 等企业检查, 等地检查: 等 closes a list only when what follows ends the slot
  if (c === "等" && depth === 0) {
    let q = p + 1
    if (text[q] === "地") q++
    q += genericLength(s, q, 1)
    return endsAt(s, q, depth + 1)
  }
  return false
}

const separatorAt = (text: string, at: number): string | null => startsWithAny(text, at, softSeparators)

const boundaryAt = (s: Scan, at: number): boolean => endsAt(s, at) || separatorAt(s.text, at) !== null

/** Generic words (企业, 农村, 防疫机构) at `at` followed by a boundary: their length, 0 when none. */
const genericLength = (s: Scan, at: number, depth = 0): number => {
  if (!s.ctx.cues.generic.longStartsAt(s.text, at)) return 0
  let best = 0
  for (const w of s.ctx.cues.generic.allAt(s.text, at)) if (w.length >= 2 && (depth > 0 || boundaryAt(s, at + w.length))) best = w.length
  return best
}

const loneLevelBeforeQuote = cueRegExp`^[${cueClass("division-level")}${cueClass("town-end")}][“"]`

const stripQuotes = (name: string): string => {
  const unquoted = name.replace(/[“”"]/g, "")
  // 区“人才之家” → 人才之家: a lone level word before a quoted name is the organiser's, not the venue's
  return loneLevelBeforeQuote.test(name) ? unquoted.slice(1) : unquoted
}

/** The venue suffixes as a trie of their characters read backwards: a name's suffix without slicing it. */
interface SuffixTrie {
  readonly children: Array<Map<number, number>>
  readonly values: Array<VenueSuffix | undefined>
}
const suffixTrie = derivedFrom((cues: PlaceCues): SuffixTrie => {
  const t: SuffixTrie = { children: [new Map()], values: [undefined] }
  for (const [suffix, v] of cues.suffixes) {
    let node = 0
    for (let i = suffix.length - 1; i >= 0; i--) {
      const code = suffix.charCodeAt(i)
      let next = t.children[node]!.get(code)
      if (next === undefined) {
        next = t.children.length
        t.children.push(new Map())
        t.values.push(undefined)
        t.children[node]!.set(code, next)
      }
      node = next
    }
    t.values[node] = v
  }
  return t
})

/** Longest venue suffix ending `name`. */
const suffixOf = (name: string, cues: PlaceCues): VenueSuffix | undefined => {
  const t = suffixTrie(cues)
  let best: VenueSuffix | undefined
  let node = 0
  for (let i = name.length - 1; i >= 0; i--) {
    const next = t.children[node]!.get(name.charCodeAt(i))
    if (next === undefined) break
    node = next
    best = t.values[node] ?? best
  }
  return best
}

const triggerAt = (ctx: PlaceContext, text: string, at: number): boolean =>
  ctx.cues.anyTrigger.startsAt(text, at) && ctx.cues.anyTrigger.longestAt(text, at) !== null

// 两所小学, 各医院: a counted or pointed-at kind of place, not a named one
const counted = cueRegExp`^(?:[一二两三四五六七八九十${cueClass("approximate-number")}][${cueClass("place-measure-word")}]|[${cueClass("determiner")}])`

/** A venue name holds no title (省委常委), verb (指出) or person, and does not end an ordinary word (阶段). */
const acceptableVenue = (name: string, ctx: PlaceContext): boolean => {
  if (ctx.cues.notSuffixes.some((x) => name.endsWith(x))) return false
  if (counted.test(name)) return false
  for (let i = 0; i < name.length; i++) {
    if (!ctx.titleEnds.startsAt(name, i)) continue
    // 委员 in 卫生健康委员会 is part of an organ's name, not a title
    for (const w of ctx.titleEnds.allAt(name, i)) if (w.length >= 2 && w.length <= 5 && name[i + w.length] !== "会") return false
  }
  if (ctx.personVerbs.some((v) => name.includes(v))) return false
  for (const p of ctx.personNames) if (name.includes(p)) return false
  return true
}

interface VenueMatch {
  readonly end: number
  readonly parts: ReadonlyArray<{ readonly text: string; readonly level: PlaceLevel; readonly venueClass: VenueClass | null }>
}

/** 三棉东社区棉西小院 → 三棉东社区, 棉西小院: a community or town inside a venue name is a place of its own. */
const splitInner = (name: string, cues: PlaceCues): Array<string> => {
  for (let i = 3; i <= name.length - 2; i++) {
    const head = name.slice(0, i)
    const s = suffixOf(head, cues)
    if (s !== undefined && (s.level === "community" || s.level === "town") && suffixOf(name.slice(i), cues) !== undefined)
      return [head, ...splitInner(name.slice(i), cues)]
  }
  return [name]
}

/**
 * The venue starting at `from`: the shortest name ending in a venue suffix after which the slot can go
 * on (a separator, a tail, an end word). `prefixed` says an admin place stands right before it.
 */
const venueAt = (s: Scan, from: number, prefixed: boolean): VenueMatch | null => {
  const { text, ctx } = s
  const first = text.charCodeAt(from)
  const official = officialStart[first] === 1
  if (notVenueStart[first] === 1 || triggerAt(ctx, text, from)) return null
  let q = from
  const limit = Math.min(text.length, from + 32)
  const ends = suffixEndTable(ctx.cues)
  let quoted = false
  for (let code = first; q < limit && (isHanCode(code) || extraNameChars[code] === 1); code = text.charCodeAt(q)) {
    // names of venues do not run across 的 (发现当地首例病例的华强城社区), except official bodies
    if (code === de && !official && !prefixed) return null
    // nor across what happens (…医疗队出征仪式在省卫健委…, 王明来到传染病医院)
    if (q > from && (notInVenue[code] === 1 || (ctx.cues.verbs.longStartsAt(text, q) && ctx.cues.verbs.longestAt(text, q, 2) !== null) || triggerAt(ctx, text, q)))
      return null
    q++
    if (quoteChars[code] === 1) quoted = true
    const last = quoteChars[code] === 1 ? text.charCodeAt(q - 2) : code
    if (ends[last] !== 1) continue
    const raw = text.slice(from, q)
    const name = quoted ? stripQuotes(raw) : raw
    const suffix = suffixOf(name, ctx.cues)
    if (suffix === undefined || code === 0x201c || code === 0x22) continue
    if (!boundaryAt(s, q)) continue
    if (name.length === 0) return null
    // a suffix alone (大学 after 郑州) is a venue only together with the place before it
    if (name === suffix.suffix && !prefixed) return null
    if (ctx.cues.generic.has(name)) return null
    if (!acceptableVenue(name, ctx)) return null
    const parts = splitInner(name, ctx.cues).map((p) => {
      const v = suffixOf(p, ctx.cues)!
      return { text: p, level: v.level, venueClass: v.venueClass }
    })
    return { end: q, parts }
  }
  return null
}

interface ChainLink {
  readonly entry: GazetteerEntry
  readonly start: number
  readonly end: number
}

/** Admin places one after another from `at` (驻马店市新蔡县). Weak short forms only before a boundary. */
const chainAt = (s: Scan, at: number): Array<ChainLink> => {
  const out: Array<ChainLink> = []
  let p = at
  while (p < s.text.length) {
    const e = matchPlaceAt(s.ctx.gazetteer, s.text, p, true)
    if (e === null) break
    const end = p + e.name.length
    if (e.weak) {
      // 桐柏 is a place in 到桐柏调研 but not in 桐柏路: a weak short form needs a boundary after it
      const next = matchPlaceAt(s.ctx.gazetteer, s.text, end, false)
      if (next === null && !boundaryAt(s, end)) break
    }
    out.push({ entry: e, start: p, end })
    p = end
  }
  return out
}

interface SlotParse {
  readonly items: ReadonlyArray<Item>
  readonly end: number
  readonly anyVenue: boolean
}

const adminItem = (c: ChainLink): Item => ({ name: c.entry.name, level: c.entry.level, venueClass: null, bare: false })

/**
 * Places from `from` up to what happens there. Null when the words after the trigger are not places
 * (在疫情防控中, 得到了, 在党中央坚强领导下).
 */
const parseSlot = (s: Scan, from: number): SlotParse | null => {
  const { text } = s
  const items: Array<Item> = []
  let p = from
  if (text[p] === "了") p++
  let anyVenue = false
  for (let guard = 0; guard < 16; guard++) {
    const chain = chainAt(s, p)
    let q = chain.length > 0 ? chain[chain.length - 1]!.end : p
    const last = chain[chain.length - 1]
    const venue = venueAt(s, q, chain.length > 0)
    if (venue !== null) {
      anyVenue = true
      const first = venue.parts[0]!
      // the place before a venue is part of its name when the venue belongs to it (安阳市疾控中心) or a
      // short place name brands it (郑州煤矿机械集团); a county or town is only where the venue is
      // a bare kind of venue (科技园 after 深圳市南山区) is named by the place before it at any level
      const bare = first.text === suffixOf(first.text, s.ctx.cues)?.suffix
      const merge =
        last !== undefined &&
        first.level === "venue" &&
        (bare || ((last.entry.level === "province" || last.entry.level === "city") && (last.entry.short || first.venueClass !== "company")))
      for (const c of merge ? chain.slice(0, -1) : chain) items.push(adminItem(c))
      venue.parts.forEach((v, i) => {
        const name = i === 0 && merge ? stripQuotes(text.slice(last!.start, last!.end)) + v.text : v.text
        items.push({ name, level: v.level, venueClass: v.venueClass, bare: i === 0 && chain.length === 0 })
      })
      q = venue.end
    } else if (chain.length > 0) {
      for (const c of chain) items.push(adminItem(c))
    } else {
      const g = genericLength(s, q)
      if (g === 0) return items.length === 0 ? null : endsAt(s, q) ? { items, end: q, anyVenue } : null
      q += g
    }
    // after a place: generic words (企业、社区等基层单位), a separator, or the end of the slot
    for (let g = genericLength(s, q); g > 0; g = genericLength(s, q)) {
      q += g
      if (s.text[q] === "、") q += 1
    }
    const sep = separatorAt(text, q)
    if (sep !== null) {
      const next = q + sep.length
      // 和 only joins two places, not a place and the rest of the sentence (在郑州市和干部群众…)
      if (chainAt(s, next).length > 0 || venueAt(s, next, false) !== null || genericLength(s, next) > 0) {
        p = next
        continue
      }
      // an item we cannot read does not undo the places before it when the list still ends, within
      // the clause, in what happens there
      if (sep === "、" && items.length > 0) {
        for (let e = next; e < Math.min(text.length, next + 20) && slotBreaks[text.charCodeAt(e)] !== 1; e++)
          if (s.ctx.cues.verbs.longestAt(text, e, 2) !== null) return { items, end: e, anyVenue }
      }
    }
    if (!endsAt(s, q)) return null
    return items.length > 0 ? { items, end: q, anyVenue } : null
  }
  return null
}

/** The last 的 in (from, end], or -1. */
const lastDeAfter = (text: string, from: number, end: number): number => {
  for (let i = Math.min(end, text.length - 1); i > from; i--) if (text.charCodeAt(i) === de) return i
  return -1
}

const referenceAfter = cueRegExp`${"place-reference-after"}`
const referenceVerb = cueRegExp`${"place-reference-verb"}`

/**
 * A slot inside a reference to another event (学习贯彻习近平总书记在北京市调研…时的重要讲话精神) is not
 * this event's; a national leader's own visit (习近平总书记在湖南考察) is.
 */
export const isReference = (text: string, triggerAt: number, slotEnd: number, ctx: Pick<PlaceContext, "nationalTitles">): boolean => {
  const before = text.slice(clauseStart(text, triggerAt), triggerAt)
  const after = text.slice(slotEnd, clauseEnd(text, slotEnd) + 1)
  if (referenceAfter.test(after)) return true
  const national = ctx.nationalTitles.occurrencesIn(before).length > 0
  return national && (referenceVerb.test(before) || /^[^，,。]*时/.test(after))
}

const findAll = (text: string, word: string): Array<number> => {
  const out: Array<number> = []
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i)
  return out
}

interface TriggerIndex {
  readonly all: WordSet
  /** The rank of each word in each list (the lists are tried in their own order). */
  readonly ranks: ReadonlyArray<ReadonlyMap<string, number>>
}
const triggerIndex = derivedFrom((cues: PlaceCues): TriggerIndex => {
  const lists = [cues.triggers, cues.weakTriggers, cues.viewTriggers, cues.leadTriggers]
  return { all: new WordSet(lists.flat()), ranks: lists.map((l) => new Map(l.map((w, i) => [w, i] as const))) }
})

/** Every trigger word of every kind, for a walk that finds several sets' words at once. */
export const triggerWordSet = (cues: PlaceCues): WordSet => triggerIndex(cues).all

interface Hit {
  readonly at: number
  readonly word: string
  readonly rank: number
}

/**
 * Every occurrence of every trigger word, by list, in the order the lists give the words (then by
 * position): one walk over the text instead of one search per word.
 */
const triggerHits = (
  text: string,
  cues: PlaceCues,
  starts?: ReadonlyArray<number>
): { triggers: Array<Hit>; weak: Array<Hit>; view: Array<Hit>; lead: Array<Hit> } => {
  const ix = triggerIndex(cues)
  const out: Array<Array<Hit>> = [[], [], [], []]
  for (const { at, word } of ix.all.occurrencesIn(text, starts))
    for (let l = 0; l < 4; l++) {
      const rank = ix.ranks[l]!.get(word)
      if (rank !== undefined) out[l]!.push({ at, word, rank })
    }
  for (const list of out) list.sort((a, b) => a.rank - b.rank || a.at - b.at)
  return { triggers: out[0]!, weak: out[1]!, view: out[2]!, lead: out[3]! }
}

/**
 * For each trigger, the longer words that end in it and make it no trigger here: words that only hold it
 * (服从 for 从) and triggers of a weaker kind (奔赴 for 赴).
 */
const triggerBlockers = derivedFrom((cues: PlaceCues): ReadonlyMap<string, ReadonlyArray<string>> => {
  const all = [...cues.triggers, ...cues.weakTriggers, ...cues.viewTriggers, ...cues.leadTriggers]
  const strong = new Set(cues.triggers)
  const out = new Map<string, Array<string>>()
  for (const t of new Set(all)) {
    const longer = (w: string) => w.length > t.length && w.endsWith(t)
    const list = [...cues.notTriggers.filter(longer), ...all.filter((w) => longer(w) && !strong.has(w))]
    if (list.length > 0) out.set(t, list)
  }
  return out
})

const inspectionEnds = cueWords("inspection-end")

const functionChar = cueRegExp`[${cueClass("function-char")}]`

/** What a bare venue is called in full elsewhere in the text (传染病医院 → 郑州市第一人民医院传染病医院). */
const fullerAlias = (s: Scan, item: Item): string => {
  let best = item.name
  for (const at of findAll(s.text, item.name)) {
    let from = at
    while (from > 0 && at - from < 16 && nameChar(s.text[from - 1]) && !functionChar.test(s.text[from - 1]!)) from--
    if (from === at) continue
    // the text up to the name, from just before the slot (a slot reads forward, a quote one back): a
    // copy of the whole text before each occurrence was quadratic
    const base = Math.max(0, from - 2)
    const scan: Scan = { text: `${s.text.slice(base, at + item.name.length)}，`, ctx: s.ctx, extraEnds: [] }
    const parsed = parseSlot(scan, from - base)
    const last = parsed?.items[parsed.items.length - 1]
    if (last !== undefined && last.name.endsWith(item.name) && last.name.length > best.length) best = last.name
  }
  return best
}

const sceneSeparator = cueRegExp`${"scene-separator"}`
const localiserEnd = cueRegExp`[${cueClass("localiser")}]$`

/** 在中信重工和中国一拖,王明指出: names set as the scene of what a person of the text does next. */
const sceneBeforePerson = (s: Scan, from: number): SlotParse | null => {
  const { text } = s
  const comma = clauseEnd(text, from)
  const c = text.charCodeAt(comma)
  if ((c !== 0x2c && c !== 0xff0c) || comma - from > 24 || comma - from < 2) return null
  let person = false
  for (const n of s.ctx.personNames) if (n.length <= 4 && text.startsWith(n, comma + 1)) person = true
  if (!person) return null
  const names = text.slice(from, comma).split(sceneSeparator)
  const verbs = [...s.ctx.cues.verbs, ...s.ctx.personVerbs]
  if (
    names.some(
      (n) =>
        n.length < 2 ||
        n.length > 6 ||
        !/^[\p{Script=Han}0-9]+$/u.test(n) ||
        localiserEnd.test(n) ||
        n.includes("的") ||
        verbs.some((v) => n.includes(v)) ||
        !acceptableVenue(n, s.ctx)
    )
  )
    return null
  return { items: names.map((n) => ({ name: n, level: "venue" as const, venueClass: null, bare: false })), end: comma, anyVenue: true }
}

const placeSuffixes = cueWords("place-suffix")
export const normalized = (name: string): string => {
  for (const x of placeSuffixes)
    if (name.endsWith(x) && name.length - x.length >= 2) return name.slice(0, -x.length)
  return name
}

// a time of day or a day before a comma (2月6日, 上午, 9:30, 10时): the last character, then the whole (the
// characters of a day and a clock are grammar, not a word list)
const timeEnds = charTable("日午时点分0123456789")
const timeBefore = cueRegExp`(?:\d{1,2}日|${"half-day"}|\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)$`

/** The places of the event described by `text`. */
export const extractPlaces = (text: string, ctx: PlaceContext): Array<Place> => {
  const plain: Scan = { text, ctx, extraEnds: [] }
  const found: Array<{ at: number; item: Item }> = []
  const take = (at: number, parse: SlotParse) => parse.items.forEach((item, i) => found.push({ at: at + i / 100, item }))
  const tried = new Set<number>()

  const blockers = triggerBlockers(ctx.cues)
  const trySlot = (trigger: string, triggerAt: number, from: number, mode: "strong" | "weak" | "view" | "locative") => {
    if (tried.has(from)) return
    // 赴 inside 奔赴 is the weak 奔赴, not the strong 赴; 从 in 服从 is no trigger at all
    if (blockers.get(trigger)?.some((w) => text.startsWith(w, from - w.length)) === true) return
    const scan: Scan = mode === "locative" ? { text, ctx, extraEnds: ["的"] } : plain
    let parse = parseSlot(scan, from)
    if (parse === null && mode !== "weak") {
      // 在发现当地首例病例的华强城社区, / 从位于郑州经开区的中铁联集郑州中心站鸣笛启程: the place after 的
      // searched back no further than the trigger: lastIndexOf alone ran to the start of the text
      const de = lastDeAfter(text, from, clauseEnd(text, from))
      if (de > from && de - from < 30) parse = parseSlot(plain, de + 1)
    }
    if (parse === null && mode === "strong" && text.startsWith("在", triggerAt)) parse = sceneBeforePerson(plain, from)
    if (parse === null) return
    const end = parse.end + tailLength(plain, parse.end)
    if (mode === "weak" && !inspectionEnds.some((w) => text.startsWith(w, end))) return
    if (mode === "view" && !parse.anyVenue) return
    if (isReference(text, triggerAt, parse.end, ctx)) return
    tried.add(from)
    take(from, parse)
  }

  const hits = triggerHits(text, ctx.cues, ctx.triggerStarts)
  for (const h of hits.triggers) trySlot(h.word, h.at, h.at + h.word.length, h.word === "位于" ? "locative" : "strong")
  for (const h of hits.weak) trySlot(h.word, h.at, h.at + h.word.length, "weak")
  for (const h of hits.view) trySlot(h.word, h.at, h.at + h.word.length, "view")
  const lead = leadEnd(text)
  for (const h of hits.lead) if (h.at < lead) trySlot(h.word, h.at, h.at + h.word.length, "strong")

  // 2月16日上午9:30,中铁联集郑州中心站,满载… / 2月6日,郑州市第一人民医院传染病医院项目正式完成验收:
  // a venue that opens the sentence right after the time of the event (an organ there is the organiser)
  for (let comma = 1; comma < text.length; comma++) {
    const code = text.charCodeAt(comma)
    if ((code !== 0x2c && code !== 0xff0c) || timeEnds[text.charCodeAt(comma - 1)] !== 1) continue
    if (!timeBefore.test(text.slice(Math.max(0, comma - 6), comma))) continue
    const from = comma + 1
    const parse = parseSlot(plain, from)
    if (parse === null || !parse.anyVenue) continue
    const last = parse.items[parse.items.length - 1]!
    if (/[,，]/.test(text[parse.end] ?? "") || !organSuffix.test(last.name)) take(from, parse)
  }

  found.sort((a, b) => a.at - b.at)
  const out: Array<Place> = []
  const seen = new Map<string, number>()
  // a bare venue (传染病医院) takes the fuller name the text gives it elsewhere: looked up once per name
  // (once per occurrence was quadratic on a long line)
  const names = [...new Set(found.map((f) => f.item.name))]
  const fuller = new Map<string, string>()
  const fullerName = (item: Item): string => {
    let name = fuller.get(item.name)
    if (name === undefined) {
      const longer = names.filter((n) => n.length > item.name.length && n.endsWith(item.name)).sort((a, b) => b.length - a.length)[0]
      name = longer ?? fullerAlias(plain, item)
      fuller.set(item.name, name)
    }
    return name
  }
  for (const { item } of found) {
    const name = !item.bare || item.level !== "venue" ? item.name : fullerName(item)
    const key = normalized(name)
    const prev = seen.get(key)
    if (prev !== undefined) {
      // keep the full form (安阳市 over 安阳)
      if (name.length > out[prev]!.name.length) out[prev] = { name, level: out[prev]!.level }
      continue
    }
    seen.set(key, out.length)
    out.push({ name, level: item.level })
  }
  return out
}
