import { derivedFrom } from "../knowledge/derived.ts"
import { pinyin } from "pinyin-pro"
import { readFileSync } from "node:fs"
import { buildSurnames, parseTsv, readTsv, type Surnames } from "../knowledge/lexicon.ts"
import { dataPath } from "../knowledge/load.ts"
import { once } from "../knowledge/once.ts"

/**
 * The pinyin of a person's name as Chinese name romanisation writes it (GB/T 28039-2011): tone marks,
 * surname first, the given name's syllables joined into one word, both capitalised, an apostrophe
 * before a syllable that starts with a, o or e inside a word (王建生 → Wáng Jiànshēng, 李建安 → Lǐ Jiàn'ān).
 * A compound surname is one word (欧阳修 → Ōuyáng Xiū). Surnames are read from surname-readings.tsv,
 * since a polyphonic character is read otherwise as a surname (单 Shàn, 曾 Zēng); given names from
 * pinyin-pro, which reads a character by the words it forms.
 *
 * A name with a middle dot (a transliterated minority or foreign name: 帕巴拉·格列朗杰) has no surname
 * to set apart: each part is one capitalised word, and the parts are joined with a space, as such names
 * are written in romanised text (Pàbālā Gélièlǎngjié). A name that does not start with a known surname
 * (萨拉赫, a transliterated name without the dot) is one word for the same reason.
 */

export interface NameTables {
  /** Surname → its written pinyin (Shàn, Ōuyáng), from surname-readings.tsv. */
  readonly readings: ReadonlyMap<string, string>
  /** Known surnames (surnames.tsv): whether a name's first character(s) are a surname. */
  readonly surnames: Surnames
}

/** surname-readings.tsv: `surname<TAB>pinyin[<TAB>note]`, `#` comments. */
export const parseSurnameReadings = (text: string): Map<string, string> => new Map(parseTsv(text).map((r) => [r[0]!, r[1]!]))

const DOTS = /[·•．・‧･∙⋅]/
const HAN = /\p{Script=Han}/u

/** a, o, e (with or without a tone mark) open a syllable that needs an apostrophe inside a word. */
const opensWithVowel = (syllable: string): boolean => /^[aoeê]/.test(syllable.normalize("NFD"))

const capitalise = (word: string): string => (word.length === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))

/** One word from the syllables of `text` (non-Han characters kept as they are). */
const word = (text: string, surname: boolean): string => {
  let out = ""
  const items = pinyin(text, { toneType: "symbol", type: "all", surname: surname ? "head" : "off" })
  for (const it of items) {
    if (!it.isZh || it.pinyin.length === 0) {
      out += it.origin
      continue
    }
    const s = it.pinyin.toLowerCase()
    if (out.length > 0 && /\p{L}$/u.test(out) && opensWithVowel(s)) out += "'"
    out += s
  }
  return out
}

const splitSurname = (name: string, t: NameTables): [string, string] | null => {
  const two = name.slice(0, 2)
  // a two-character name is a single surname and a one-character given name (钟离 can be 钟 + 离)
  if (name.length >= 3 && (t.surnames.compound.has(two) || t.readings.has(two))) return [two, name.slice(2)]
  const one = name.slice(0, 1)
  if (t.readings.has(one) || t.surnames.single.has(one) || t.surnames.ambiguous.has(one)) return [one, name.slice(1)]
  return null
}

/** The pinyin of one name with the given tables; never empty for a non-empty name. */
export const pinyinOfName = (name: string, t: NameTables): string => {
  const n = name.trim()
  let out: string
  if (DOTS.test(n)) {
    out = n
      .split(DOTS)
      .filter((p) => p.length > 0)
      .map((p) => capitalise(word(p, false)))
      .join(" ")
  } else if (!HAN.test(n.charAt(0))) out = capitalise(word(n, false))
  else {
    const split = splitSurname(n, t)
    if (split === null) out = capitalise(word(n, false))
    else {
      const [surname, given] = split
      const s = t.readings.get(surname) ?? capitalise(word(surname, true))
      out = given.length === 0 ? s : `${s} ${capitalise(word(given, false))}`
    }
  }
  return out.length > 0 ? out : name
}

const bundledTables = once(
  (): NameTables => ({
    readings: parseSurnameReadings(readFileSync(dataPath("surname-readings.tsv"), "utf8")),
    surnames: buildSurnames(readTsv(dataPath("surnames.tsv")))
  })
)

// names repeat across mentions: their readings are kept per tables (cleared rather than grown without bound)
const readingsOf = derivedFrom((_tables: NameTables) => new Map<string, string>())

/** The pinyin of a person's name (王建生 → Wáng Jiànshēng), with the bundled data files. */
export const namePinyin = (name: string): string => {
  const tables = bundledTables()
  const known = readingsOf(tables)
  const hit = known.get(name)
  if (hit !== undefined) return hit
  const p = pinyinOfName(name, tables)
  if (known.size >= 100_000) known.clear()
  known.set(name, p)
  return p
}
