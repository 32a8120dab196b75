import type { KnowledgeData } from "../knowledge/Knowledge.ts"
import { cueRegExp } from "../knowledge/cues.ts"
import { leadEnd } from "./chars.ts"
import type { PersonCues } from "../knowledge/lexicon.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import type { Kind, Person, Place, Warning } from "../schema/event.ts"
import type { SegmentFns } from "../segmenter.ts"
import { StartIndex } from "../knowledge/start-index.ts"
import { anywhereKeywordSet, HAPPENING_BELOW, kindSaid } from "./kind.ts"
import { extractOrganizations } from "./organizations.ts"
import { siteBreakWords } from "./name-scan/index.ts"
import { extractPeople } from "./people/index.ts"
import { sanePeople } from "./people/sanity.ts"
import { extractPlaces, triggerWordSet } from "./places/index.ts"
import { bylineWordSet, extractReporters } from "./reporters.ts"

export interface Entities {
  readonly people: ReadonlyArray<Person>
  readonly places: ReadonlyArray<Place>
  readonly organizations: ReadonlyArray<string>
  readonly reporters: ReadonlyArray<string>
  readonly kind: Kind
  readonly warnings: ReadonlyArray<Warning>
  /** People named only as a source (习近平 in 学习贯彻…讲话精神); not in `people`. */
  readonly references?: ReadonlyArray<Person>
  /**
   * Titles that stand where a name should be (spam removed it): 总书记, or 省委书记 before 主持. With the
   * event's date, `restoreNameForTitle` (knowledge/roster.ts) can tell who held the title.
   */
  readonly unnamedTitles?: ReadonlyArray<string>
}

const visitTrigger = cueRegExp`(?:${"visit-trigger"})`
/**
 * 某某率采访组到某市 / 某某到某县某乡开展定点帮扶工作: a leader going to a place, no word saying what for —
 * the genre's visit (an inspection).
 */
const goesSomewhere = (text: string, people: ReadonlyArray<Person>, places: ReadonlyArray<Place>): boolean => {
  if (places.length === 0 || !people.some((p) => p.role === "lead")) return false
  const lead = text.slice(0, leadEnd(text))
  return visitTrigger.test(lead) && places.some((p) => lead.includes(p.name))
}




const personVerbsOf = derivedFrom((cues: PersonCues): ReadonlyArray<string> => [...cues.followers].filter((w) => w.length > 1))

/** The word sets whose starts one walk over a mention finds for the extractors below. */
const startIndex = derivedFrom(
  (k: KnowledgeData) =>
    new StartIndex({
      bylines: bylineWordSet(k.personCues),
      placeTriggers: triggerWordSet(k.placeCues),
      organs: k.titles.organs,
      kindKeywords: anywhereKeywordSet(k.kindKeywords),
      breaks: siteBreakWords,
      honorifics: k.titles.honorifics,
      roster: k.roster.names,
      titleEnds: k.titles.titleEnds
    })
)

/**
 * People (with titles and roles), places, organisations, reporters and kind of one mention.
 * `text` is the mention's cleaned text (title line, body and byline).
 */
// how far either side of a keyword the segmenter reads to see the words it sits in
const wordWindow = 4
// a place name (ns): the names the segmenter knows from its dictionary; its person tags (nr) are often
// guesses for unknown words (督促检查 tagged nr)
const properName = /^ns/

/**
 * Does a keyword at [at, end) cut through a proper name (创造出台湾 holds 出台, 台湾 being the place)? Only names
 * count: the segmenter splits compound event words its own way (工作会商会 as 工作|会商|会), and those splits
 * say nothing against the keyword.
 */
const cutsThroughName = (text: string, at: number, end: number, seg: SegmentFns): boolean => {
  const from = Math.max(0, at - wordWindow)
  let pos = from
  for (const w of seg.tag(text.slice(from, Math.min(text.length, end + wordWindow)))) {
    const s = pos
    pos += w.word.length
    const straddles = (s < at && pos > at) || (s < end && pos > end)
    if (straddles && properName.test(w.tag)) return true
    if (pos >= end) return false
  }
  return false
}

export const extractEntities = (
  text: string,
  seg: SegmentFns,
  k: KnowledgeData,
  /** Names the document gives with a title in its other mentions. */
  documentNames?: ReadonlySet<string>,
  /** Where the sentence that states the event starts in `text`, when a sentence stands before it. */
  leadFrom = 0
): Entities => {
  const gazetteer = k.gazetteer()
  const starts = startIndex(k).positions(text)
  const bylines = extractReporters(text, k.personCues, k.surnames, starts.bylines)
  const people = extractPeople(text, {
    titles: k.titles,
    surnames: k.surnames,
    cues: k.personCues,
    roster: k.roster,
    gazetteer,
    seg,
    reporterNames: new Set(bylines.names),
    reporterSpans: bylines.spans,
    starts: { breaks: starts.breaks, honorifics: starts.honorifics, roster: starts.roster, titles: starts.titleEnds },
    ...(documentNames !== undefined ? { documentNames } : {})
  })
  const said = kindSaid(text, k.kindKeywords, starts.kindKeywords, (t, at, end) => !cutsThroughName(t, at, end, seg), leadFrom)
  const places = extractPlaces(text, {
    cues: k.placeCues,
    gazetteer,
    nationalTitles: k.titles.national,
    personNames: new Set(people.people.map((p) => p.name)),
    titleEnds: k.titles.titleEnds,
    personVerbs: personVerbsOf(k.personCues),
    triggerStarts: starts.placeTriggers,
    seg,
    // a tour names its stops sentence after sentence (次日,一行来到某县), a meeting its branch venues (某市分会场):
    // their places are read in all of them; a reception's later sentences tell its background
    everySentence: said?.kind === "inspection" || said?.kind === "meeting" || said?.kind === "conference_call"
  })
  const taking = sanePeople(people.people, k.personCues, (name) => k.roster.byName.has(name), text)
  return {
    people: taking,
    places,
    organizations: extractOrganizations(text, k.titles, gazetteer, starts.organs),
    reporters: bylines.names,
    // no word of the lead says what it was, but officials took part: an official activity (a chronicle's
    // other entries — weather, statistics, rankings — name no one taking part); a word of what befell a
    // place (火灾, 地震: kind.ts HAPPENING_BELOW) holds whoever is named
    kind:
      (said === null || (said.kind === "other" && said.priority >= HAPPENING_BELOW)) && taking.some((p) => p.role !== "mentioned")
        ? goesSomewhere(text, taking, places)
          ? "inspection"
          : "activity"
        : (said?.kind ?? "other"),
    warnings: [],
    references: people.references,
    unnamedTitles: people.unnamedTitles
  }
}
