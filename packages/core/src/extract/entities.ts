// PLACEHOLDER (owned by the entities work): returns nothing until the real extractors land.
import type { Kind, Person, Place } from "../schema/event.ts"
import type { KnowledgeData } from "../knowledge/Knowledge.ts"
import type { SegmentFns } from "../segmenter.ts"

export interface Entities {
  readonly people: ReadonlyArray<Person>
  readonly places: ReadonlyArray<Place>
  readonly organizations: ReadonlyArray<string>
  readonly reporters: ReadonlyArray<string>
  readonly kind: Kind
  readonly warnings: ReadonlyArray<string>
}

/**
 * People (with titles and roles), places, organisations, reporters and kind of one mention.
 * `text` is the mention's cleaned text (title line, body and byline).
 */
export const extractEntities = (_text: string, _seg: SegmentFns, _k: KnowledgeData): Entities => ({
  people: [],
  places: [],
  organizations: [],
  reporters: [],
  kind: "other",
  warnings: []
})
