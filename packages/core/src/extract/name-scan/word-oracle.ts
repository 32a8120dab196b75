import { derivedFrom } from "../../knowledge/derived.ts"
import type { SegmentFns } from "../../segmenter.ts"

// Answers of jieba's dictionary, kept with the segmenter that gave them and shared by all mentions: names
// recur. Asked one word at a time, when a rule needs the answer: a batched call measured no faster per word.
type WordClass = "name" | "place" | "common"
const wordClasses = derivedFrom((_seg: SegmentFns) => new Map<string, WordClass>())

// jieba tags a name it knows nr*, and one it only guesses by HMM x; some leaders' names it files as other
// proper nouns (nz), beside sites and brands, which a name's other tests (its surname, what follows it) keep
// out; any other dictionary tag is a word.
const isCommonTag = (tag: string): boolean => !tag.startsWith("nr") && tag !== "x" && tag !== "eng" && tag !== "nz"

// verbs (v), conjunctions (c), prepositions (p)
const functionTags = new Set(["v", "c", "p"])
// and the words that say what something does or is like: verbs, verbal nouns, adjectives, adverbs
const predicateTags = new Set([...functionTags, "vn", "vd", "a", "ad", "d"])

/** jieba as a dictionary: is a candidate a common word (干部, 先后) rather than a name? */
export class WordOracle {
  private readonly classes: Map<string, WordClass>
  constructor(private readonly seg: SegmentFns) {
    this.classes = wordClasses(seg)
  }
  /** A dictionary word that is not a name (jieba's place names included). */
  common(word: string): boolean {
    return this.classOf(word) !== "name"
  }
  /** A word jieba tags as a verb, conjunction or preposition (包括, 以及, 对于): no name starts with one. */
  functionWord(word: string): boolean {
    const tokens = this.seg.tag(word)
    return tokens.length === 1 && tokens[0]!.word === word && functionTags.has(tokens[0]!.tag)
  }
  /**
   * A word jieba tags as a verb, an adjective, an adverb, a conjunction or a preposition (认为, 介绍, 认真):
   * the end of a clause, not the given part of a name written without a Chinese surname.
   */
  predicate(word: string): boolean {
    const tokens = this.seg.tag(word)
    return tokens.length === 1 && tokens[0]!.word === word && predicateTags.has(tokens[0]!.tag)
  }
  /** A word jieba knows as a place name (乌兰, 吉林): a name after a title may be one. */
  place(word: string): boolean {
    return this.classOf(word) === "place"
  }
  private classOf(word: string): WordClass {
    if (word.length < 2) return "name"
    const classes = this.classes
    let c = classes.get(word)
    if (c === undefined) {
      const tokens = this.seg.tag(word)
      const one = tokens.length === 1 && tokens[0]!.word === word ? tokens[0]!.tag : null
      c = one === null || !isCommonTag(one) ? "name" : one.startsWith("ns") ? "place" : "common"
      if (classes.size > 100_000) classes.clear()
      classes.set(word, c)
    }
    return c
  }
}
