import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import type { PlaceCues, VenueClass } from "../../knowledge/lexicon.ts"
import type { WordSet } from "../../knowledge/wordset.ts"
import type { PlaceLevel } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"

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
  /** The segmenter's dictionary: a town written without its level word may be an ordinary word. */
  readonly seg: SegmentFns
  /** The text tells a meeting or a tour: every sentence's places are its own (a branch venue, the next stop), not only the lead's. */
  readonly everySentence?: boolean
}

/** One place read from a slot. */
export interface Item {
  readonly name: string
  readonly level: PlaceLevel
  readonly venueClass: VenueClass | null
  /** A venue with no place name before it: a candidate for a fuller name used elsewhere. */
  readonly bare: boolean
}

/** The text a slot is read in. */
export interface Scan {
  readonly text: string
  readonly ctx: PlaceContext
  /** Extra words that may end this slot (的 after 位于 X). */
  readonly extraEnds: ReadonlyArray<string>
}

/** The places of one slot and where it ends. */
export interface SlotParse {
  readonly items: ReadonlyArray<Item>
  readonly end: number
  readonly anyVenue: boolean
}
