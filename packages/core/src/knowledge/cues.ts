import { readFileSync } from "node:fs"
import { dataPath } from "./load.ts"
import { once } from "./once.ts"

/**
 * The closed word classes of data/cues.tsv (chrome labels, mastheads, times of day, reference and visit
 * words …), read once, each category in the order of the file: the code keeps the shape of an expression
 * and takes its words from here, so no extractor restates a word list of its own.
 *
 * Order matters where an expression is matched with `exec` or `replace` (the first alternative that fits
 * wins: 本报讯 before 本报), so a category keeps its words in the order the file gives them.
 *
 * What stays in code is grammar, not word lists: numerals, the date's and the clock's units (年月日号,
 * 星期/周, 时点分), the range connectors of dates (至, 到) and single characters a walk compares with (的);
 * test/no-word-lists.test.ts lists them and fails on any other list of Chinese words in packages/core/src.
 */
export type CueCategories = ReadonlyMap<string, ReadonlyArray<string>>

/** `category<TAB>word` rows; blank lines and `#` comments skipped. */
export const parseCues = (tsv: string): CueCategories => {
  const by = new Map<string, Array<string>>()
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue
    const [category, word] = line.split("\t").map((c) => c.trim())
    if (category === undefined || category === "" || word === undefined || word === "") continue
    const list = by.get(category) ?? []
    if (!list.includes(word)) list.push(word)
    by.set(category, list)
  }
  return by
}

/** The files of the one cue vocabulary: the extractors' word classes and how chronicle entries open. */
export const CUE_FILES = ["cues.tsv", "entry-cues.tsv"] as const

/** The bundled cues (data/cues.tsv and data/entry-cues.tsv, whose categories are distinct), read on first use. */
export const bundledCues = once((): CueCategories => parseCues(CUE_FILES.map((f) => readFileSync(dataPath(f), "utf8")).join("\n")))

/**
 * The words of one category. A category the file does not have is a mistake in the code (a misspelt
 * name), not an empty class: it throws when the module that asks is loaded.
 */
export const cueWords = (category: string, cues: CueCategories = bundledCues()): ReadonlyArray<string> => {
  const words = cues.get(category)
  if (words === undefined || words.length === 0) throw new Error(`the cue files (${CUE_FILES.join(", ")}) have no words in category "${category}"`)
  return words
}

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
const escapeInClass = (char: string): string => char.replace(/[\]\\^-]/g, "\\$&")

/** The category's words as the alternatives of an expression (escaped, in file order): 上午|下午|晚上. */
export const cueAlternation = (category: string, cues: CueCategories = bundledCues()): string =>
  cueWords(category, cues).map(escapeRegExp).join("|")

/** The category's words, each one character, run together (for a character table or a class). */
export const cueCharacters = (category: string, cues: CueCategories = bundledCues()): string => {
  const words = cueWords(category, cues)
  const long = words.find((w) => [...w].length !== 1)
  if (long !== undefined) throw new Error(`data/cues.tsv category "${category}" is used as a set of characters but holds "${long}"`)
  return words.join("")
}

/** A slot that stands inside a character class of a `cueRegExp`: `[${cueClass("name-joiner")}]`. */
export interface CueClass {
  readonly chars: string
}
export const cueClass = (category: string, cues: CueCategories = bundledCues()): CueClass => ({
  chars: [...cueCharacters(category, cues)].map(escapeInClass).join("")
})

type Slot = string | CueClass

const build = (strings: TemplateStringsArray, slots: ReadonlyArray<Slot>, flags: string): RegExp =>
  new RegExp(String.raw({ raw: strings.raw }, ...slots.map((s) => (typeof s === "string" ? cueAlternation(s) : s.chars))), flags)

/**
 * An expression written as a template whose `${"category"}` slots are that category's words as
 * alternatives (put the slot in a group: `(?:${"time-of-day"})`) and whose `${cueClass("c")}` slots are
 * character classes' contents. The template is raw: `\s`, `\d` are written as in a literal.
 */
export const cueRegExp = (strings: TemplateStringsArray, ...slots: ReadonlyArray<Slot>): RegExp => build(strings, slots, "")

/** `cueRegExp` with flags: cueRegExpWith("u")`…`. */
export const cueRegExpWith =
  (flags: string) =>
  (strings: TemplateStringsArray, ...slots: ReadonlyArray<Slot>): RegExp =>
    build(strings, slots, flags)
