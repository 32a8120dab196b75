import type { KnowledgeData } from "../knowledge/Knowledge.ts"
import type { Kind, Person, Place } from "../schema/event.ts"
import type { SegmentFns } from "../segmenter.ts"
import { classifyKind } from "./kind.ts"
import { extractOrganizations } from "./organizations.ts"
import { extractPeople } from "./people.ts"
import { extractPlaces } from "./places.ts"
import { extractReporters } from "./reporters.ts"

export interface Entities {
  readonly people: ReadonlyArray<Person>
  readonly places: ReadonlyArray<Place>
  readonly organizations: ReadonlyArray<string>
  readonly reporters: ReadonlyArray<string>
  readonly kind: Kind
  readonly warnings: ReadonlyArray<string>
  /** People named only as a source (习近平 in 学习贯彻…讲话精神); not in `people`. */
  readonly references?: ReadonlyArray<Person>
  /**
   * Titles that stand where a name should be (spam removed it): 总书记, or 省委书记 before 主持. With the
   * event's date, `restoreNameForTitle` (knowledge/roster.ts) can tell who held the title.
   */
  readonly unnamedTitles?: ReadonlyArray<string>
  /** The province the mention names most (河南), a jurisdiction for titles like 省委书记; null if none. */
  readonly jurisdiction?: string | null
}

/** The province named most often in the text, by its short name. */
const mainProvince = (text: string, k: KnowledgeData): string | null => {
  const g = k.gazetteer()
  let best: string | null = null
  let bestCount = 0
  for (const full of g.provinces.values()) {
    const short = full.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "")
    let n = 0
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) n++
    if (n > bestCount) {
      best = short
      bestCount = n
    }
  }
  return best
}

/**
 * People (with titles and roles), places, organisations, reporters and kind of one mention.
 * `text` is the mention's cleaned text (title line, body and byline).
 */
export const extractEntities = (text: string, seg: SegmentFns, k: KnowledgeData): Entities => {
  const gazetteer = k.gazetteer()
  const bylines = extractReporters(text, k.personCues, k.surnames)
  const people = extractPeople(text, {
    titles: k.titles,
    surnames: k.surnames,
    cues: k.personCues,
    roster: k.roster,
    gazetteer,
    seg,
    reporterNames: new Set(bylines.names),
    reporterSpans: bylines.spans
  })
  const places = extractPlaces(text, {
    cues: k.placeCues,
    gazetteer,
    nationalTitles: k.titles.national,
    personNames: new Set(people.people.map((p) => p.name)),
    titleEnds: k.titles.titleEnds,
    personVerbs: [...k.personCues.followers].filter((w) => w.length > 1)
  })
  return {
    people: people.people,
    places,
    organizations: extractOrganizations(text, k.titles, gazetteer),
    reporters: bylines.names,
    kind: classifyKind(text, k.kindKeywords),
    warnings: [],
    references: people.references,
    unnamedTitles: people.unnamedTitles,
    jurisdiction: mainProvince(text, k)
  }
}
