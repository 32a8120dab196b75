import type { Gazetteer } from "../../knowledge/gazetteer.ts"
import type { PersonCues, Surnames, TitleLexicon } from "../../knowledge/lexicon.ts"
import type { Roster } from "../../knowledge/roster.ts"
import type { WordSet } from "../../knowledge/wordset.ts"
import type { Person } from "../../schema/event.ts"
import type { SegmentFns } from "../../segmenter.ts"

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
  /** Names the document gives with a title in another of its mentions (a later paragraph names them bare). */
  readonly documentNames?: ReadonlySet<string>
  /**
   * Where the finders may start, from the mention's one walk over its text (StartIndex over
   * `siteBreakWords`, the honorifics, the roster's names and the title ends); each list ascends.
   */
  readonly starts: {
    readonly breaks: ReadonlyArray<number>
    readonly honorifics: ReadonlyArray<number>
    readonly roster: ReadonlyArray<number>
    readonly titles: ReadonlyArray<number>
  }
}

export interface PeopleResult {
  /** Who took part (lead, participant, met) and who acts in the text without a clearer role (mentioned). */
  readonly people: ReadonlyArray<Person>
  /** People named only as a source (习近平 in 学习贯彻习近平总书记重要讲话精神): not people of the event. */
  readonly references: ReadonlyArray<Person>
  /** Titles with no name where a name should be (spam removed it): 总书记, 省委书记主持…. */
  readonly unnamedTitles: ReadonlyArray<string>
}

export type Via = "title" | "list" | "honorific" | "roster" | "clause" | "sentence" | "document"

/** A name found in the text, with what found it. */
export interface Found {
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

/** A name read at a position, and where it ends. */
export interface Pick {
  readonly name: string
  readonly end: number
}

export interface PickOptions {
  readonly allowAmbiguous: boolean
  readonly only?: WordSet
  readonly fallback?: boolean
  readonly afterTitle?: boolean
}
