import { Effect } from "effect"
import { dataPath, readWordList } from "./load.ts"

/** Everything the extractors know, loaded once from packages/core/data. */
export interface KnowledgeData {
  /** Gambling / SEO strings and fragments injected into pages (spam-words.txt). */
  readonly spamWords: ReadonlyArray<string>
}

export const loadKnowledge = (): KnowledgeData => ({
  spamWords: readWordList(dataPath("spam-words.txt"))
})

export class Knowledge extends Effect.Service<Knowledge>()("dashiji/Knowledge", {
  sync: () => loadKnowledge()
}) {}
