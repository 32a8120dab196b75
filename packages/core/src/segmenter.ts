import { Effect } from "effect"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

export interface TaggedWord {
  readonly word: string
  readonly tag: string
}

/** nodejieba behind a service: the only place the native segmenter is loaded. */
export class Segmenter extends Effect.Service<Segmenter>()("dashiji/Segmenter", {
  sync: () => {
    const jieba = require("nodejieba") as {
      cut: (s: string, hmm?: boolean) => string[]
      tag: (s: string) => TaggedWord[]
      cutForSearch: (s: string, hmm?: boolean) => string[]
    }
    return {
      cut: (text: string): ReadonlyArray<string> => jieba.cut(text, true),
      cutForSearch: (text: string): ReadonlyArray<string> => jieba.cutForSearch(text, true),
      tag: (text: string): ReadonlyArray<TaggedWord> => jieba.tag(text)
    }
  }
}) {}

/** The plain functions of the segmenter, handed to pure extractors. */
export interface SegmentFns {
  readonly cut: (text: string) => ReadonlyArray<string>
  readonly cutForSearch: (text: string) => ReadonlyArray<string>
  readonly tag: (text: string) => ReadonlyArray<TaggedWord>
}
