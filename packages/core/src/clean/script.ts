import { readFileSync } from "node:fs"
import { ConverterFactory, type DictGroup, type DictLike } from "opencc-js/core"
import { configs, from, to } from "opencc-js/preset/t2cn"
import { dataPath } from "../knowledge/load.ts"
import type { MappedText } from "./builder.ts"
import { once } from "../knowledge/once.ts"
import { pinyin } from "pinyin-pro"

/*
 * Traditional → simplified for extraction, and inline pinyin glosses dropped.
 *
 * Converter: OpenCC's Taiwan-variants → simplified chain ('tw' → 'cn'). Traditional government news
 * is mainland text put through a simplified → traditional converter, and those write the particle
 * 着 as 著 (肩負著), 裏 as 裡, 爲 as 為: the Taiwan variant step turns 著 into 着 while its phrase table
 * keeps 著名, 顯著, 著作. OpenCC's own standard ('t') leaves 著 as it is, and 'hk' differs from 't' only
 * in Hong Kong glyphs these pages do not use; the phrase-level 'twp' rewrites vocabulary (啟用 → 激活)
 * and changes lengths, which would break the offset map.
 *
 * Every dictionary entry in that chain maps a string to one of the same length, so conversion is
 * character by character through a table built once from the dictionaries; only the phrases whose
 * conversion differs from their characters' (乾隆, 著名) are looked up as phrases.
 */

interface Table {
  /** code unit → simplified code unit (identity where nothing changes) */
  readonly chars: Uint16Array
  /** phrases whose conversion differs from their characters', by first code unit, longest first */
  readonly phrases: Map<number, ReadonlyArray<readonly [string, string]>>
  /** 1 where a code unit starts such a phrase (a typed array, not the map, on the hot path) */
  readonly startsPhrase: Uint8Array
}

const dictEntries = (d: DictLike): ReadonlyArray<readonly [string, string]> =>
  typeof d === "string" ? d.split("|").map((e) => [e.slice(0, e.indexOf(" ")), e.slice(e.indexOf(" ") + 1)] as const) : d.map((e) => [e[0], e[1]] as const)

const isIdeograph = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

const buildTable = (): Table => {
  // CJK compatibility ideographs first, as OpenCC's own tw2s configuration does
  const normalization = (configs["tw2s"] as { normalizationChain?: ReadonlyArray<DictGroup> } | undefined)?.normalizationChain ?? []
  const chain: Array<DictGroup> = [...normalization, ...(from["tw"] ?? []), ...(to["cn"] ?? [])]
  const entries = chain.map((group) => group.map(dictEntries))
  // one character alone only meets the single-character entries, so chaining those is exactly what
  // the converter does with it; in a group the first dictionary wins, as in OpenCC
  const steps = entries.map((group) => {
    const step = new Map<number, number>()
    for (const dict of [...group].reverse())
      for (const [k, v] of dict) if (k.length === 1 && v.length === 1) step.set(k.charCodeAt(0), v.charCodeAt(0))
    return step
  })
  const chars = new Uint16Array(0x10000)
  for (let c = 0; c < chars.length; c++) chars[c] = c
  for (const step of steps)
    for (const k of step.keys()) {
      let v = k
      for (const s of steps) v = s.get(v) ?? v
      chars[k] = v
    }
  // the phrases go through OpenCC's own converter, as they would in running text
  const convert = ConverterFactory(...chain)
  const keys = entries.flatMap((group) => group.flatMap((dict) => dict.map(([k]) => k)))
  const byFirst = new Map<number, Array<readonly [string, string]>>()
  for (const k of keys) {
    if (k.length < 2) continue
    const exact = convert(k)
    if (exact.length !== k.length) continue
    let perChar = ""
    for (let i = 0; i < k.length; i++) perChar += String.fromCharCode(chars[k.charCodeAt(i)]!)
    if (perChar === exact) continue
    const first = k.charCodeAt(0)
    const list = byFirst.get(first) ?? []
    if (!list.some(([p]) => p === k)) list.push([k, exact])
    byFirst.set(first, list)
  }
  const startsPhrase = new Uint8Array(0x10000)
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b[0].length - a[0].length)
    startsPhrase[first] = 1
  }
  return { chars, phrases: byFirst, startsPhrase }
}

const getTable = once(buildTable)

/** The simplified form of one character, as the converter writes it outside any phrase. */
export const simplifiedChar = (ch: string): string =>
  ch.length === 1 ? String.fromCharCode(getTable().chars[ch.charCodeAt(0)]!) : ch

// ---------------------------------------------------------------------------------------------
// Pinyin glosses: 發(fā), 會(huì )議, 團（tuán）

export const parseSyllables = (text: string): ReadonlySet<string> =>
  new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")))
const getSyllables = once((): ReadonlySet<string> => parseSyllables(readFileSync(dataPath("pinyin-syllables.txt"), "utf8")))

const TONED: Record<string, string> = {
  ā: "a", á: "a", ǎ: "a", à: "a",
  ē: "e", é: "e", ě: "e", è: "e",
  ī: "i", í: "i", ǐ: "i", ì: "i",
  ō: "o", ó: "o", ǒ: "o", ò: "o",
  ū: "u", ú: "u", ǔ: "u", ù: "u",
  ǖ: "ü", ǘ: "ü", ǚ: "ü", ǜ: "ü"
}

/** Syllable count and whether a tone was written, or null when the text is not 1–2 pinyin syllables. */
export const readGloss = (inner: string, inventory: ReadonlySet<string> = getSyllables()): { syllables: number; toned: boolean } | null => {
  let toned = false
  let count = 0
  for (const token of inner.split(/[ '’]+/)) {
    if (token === "") continue
    // a token is one syllable, or two written together (zhōngguó); each may end in a tone number
    const parts: Array<string> = []
    let base = ""
    for (const ch of token) {
      if (ch >= "a" && ch <= "z") base += ch === "v" ? "ü" : ch
      else if (ch === "ü" || ch === "ɑ") base += ch === "ɑ" ? "a" : ch
      else if (ch in TONED) {
        base += TONED[ch]
        toned = true
      } else if (ch >= "\u0300" && ch <= "\u030c") toned = true
      else if (ch >= "1" && ch <= "5" && base !== "") {
        parts.push(base)
        base = ""
        toned = true
      } else return null
    }
    if (base !== "") parts.push(base)
    for (const p of parts) {
      if (inventory.has(p)) count++
      else {
        const split = [...Array(p.length - 1).keys()].map((i) => i + 1).find((i) => inventory.has(p.slice(0, i)) && inventory.has(p.slice(i)))
        if (split === undefined) return null
        count += 2
      }
    }
  }
  return count >= 1 && count <= 2 ? { syllables: count, toned } : null
}

// a bracket of lower-case Latin letters (tone marks, tone numbers, spaces); the bracket opens the
// pattern so the regex engine jumps from bracket to bracket. The padding is at most 4 spaces a side:
// unbounded, it traded spaces with the gloss, and a bracket before a long run of spaces was quadratic
const glossPattern = /[(（][ \u00a0\u3000]{0,4}([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑ\u0300-\u030c1-5' ’]{1,14}?)[ \u00a0\u3000]{0,4}[)）]/g

/** Is `syllable` (toneless) a reading of the ideograph `ch` (日 → ri; 长 → chang or zhang)? */
const readsAs = (ch: string, syllable: string): boolean =>
  pinyin(ch, { toneType: "none", multiple: true, type: "array" }).some((r) => r.replace("ü", "v") === syllable.replace("ü", "v"))

/**
 * A page that glosses without tones glosses many characters, each with its own reading (文(wen)章(zhang)), and
 * a mirror's script may write a gloss twice (日(ri)(ri)): this many readings that match make the page's
 * toneless glosses glosses.
 */
const TONELESS_PAGE = 3

/**
 * Clean [start, end) of every pinyin gloss right after an ideograph: toned ones always, toneless ones beside
 * toned ones, or on a page where several toneless ones read the character before them (then a repeat of
 * a gloss right after it too).
 */
export const findGlosses = (text: string): Array<readonly [number, number]> => {
  const toned: Array<readonly [number, number]> = []
  const toneless: Array<readonly [number, number]> = []
  const reading: Array<readonly [number, number]> = []
  for (const m of text.matchAll(glossPattern)) {
    const end = m.index + m[0].length
    const repeat = reading.length > 0 && reading[reading.length - 1]![1] === m.index && text.slice(...reading[reading.length - 1]!) === m[0]
    if (!repeat && (m.index === 0 || !isIdeograph(text.charCodeAt(m.index - 1)))) continue
    const g = readGloss(m[1]!)
    if (g === null) continue
    if (g.toned) toned.push([m.index, end])
    else if (repeat || (g.syllables === 1 && readsAs(text[m.index - 1]!, m[1]!.trim()))) reading.push([m.index, end])
    else toneless.push([m.index, end])
  }
  const own = reading.length >= TONELESS_PAGE ? reading : []
  // a lone toneless (an), (ban) may be an abbreviation; a page that glosses with tones glosses throughout
  if (toned.length < 2) return own
  return [...toned, ...toneless, ...reading].sort((a, b) => a[0] - b[0])
}

// ---------------------------------------------------------------------------------------------

/**
 * Share of ideographs that change under conversion from which a text reads as traditional. Measured on
 * the project's documents: traditional pages 0.29–0.42, simplified ones at most 0.002 (乾, 著 and a few
 * more stand in simplified text too), so a short simplified text full of them stays well below.
 */
const TRADITIONAL_SHARE = 0.15
/** A stretch (line) this long is judged by itself when the whole document does not read as traditional. */
const LONG_STRETCH = 40

const countChanged = (text: string, start: number, end: number, chars: Uint16Array): [number, number] => {
  let ideographs = 0
  let changed = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (!isIdeograph(c)) continue
    ideographs++
    if (chars[c] !== c) changed++
  }
  return [ideographs, changed]
}

const readsTraditional = ([ideographs, changed]: [number, number]): boolean =>
  changed >= 2 && changed >= ideographs * TRADITIONAL_SHARE

/** Clean ranges to convert: the whole text when it reads as traditional, else its long traditional lines. */
export const traditionalStretches = (text: string): Array<readonly [number, number]> => {
  const { chars } = getTable()
  if (readsTraditional(countChanged(text, 0, text.length, chars))) return [[0, text.length]]
  const out: Array<readonly [number, number]> = []
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf("\n", a)
    if (b < 0) b = text.length
    const counts = countChanged(text, a, b, chars)
    if (counts[0] >= LONG_STRETCH && readsTraditional(counts)) out.push([a, b])
    a = b + 1
  }
  return out
}

const fromCodes = (codes: Uint16Array, n: number): string => {
  let s = ""
  // apply, not spread: spreading a typed array walks its iterator and is several times slower
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as Array<number>)
  return s
}

/** The text without the given ranges, each kept character with its raw offset. */
const withoutRanges = (input: MappedText, ranges: ReadonlyArray<readonly [number, number]>): MappedText => {
  const text = input.text
  const map = new Int32Array(text.length + 1)
  let out = ""
  let n = 0
  let from = 0
  for (const [a, b] of [...ranges, [text.length, text.length] as const]) {
    out += text.slice(from, a)
    map.set(input.map.subarray(from, a), n)
    n += a - from
    from = b
  }
  map[n] = input.map[text.length]!
  return { text: out, map: map.slice(0, n + 1) }
}

/**
 * Drops pinyin glosses, then converts traditional stretches to simplified one character for one
 * (phrases such as 反覆 → 反复 match across a dropped gloss), keeping the map to raw offsets. Returns the
 * input itself when there is nothing to do, so simplified documents pass through untouched.
 */
export const normalizeScript = (input: MappedText): MappedText => {
  const glosses = findGlosses(input.text)
  const bare = glosses.length === 0 ? input : withoutRanges(input, glosses)
  const text = bare.text
  const stretches = traditionalStretches(text)
  if (stretches.length === 0) return bare
  const { chars, phrases, startsPhrase } = getTable()
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
  for (const [a, b] of stretches) {
    for (let i = a; i < b; ) {
      const c = codes[i]!
      const phrase = startsPhrase[c] === 0 ? undefined : phrases.get(c)!.find(([k]) => i + k.length <= b && text.startsWith(k, i))
      if (phrase === undefined) {
        codes[i++] = chars[c]!
        continue
      }
      for (let j = 0; j < phrase[1].length; j++) codes[i + j] = phrase[1].charCodeAt(j)
      i += phrase[0].length
    }
  }
  // one character for one: the map is the same
  return { text: fromCodes(codes, text.length), map: bare.map }
}
