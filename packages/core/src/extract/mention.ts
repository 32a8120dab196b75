import { rawSpan, type CleanText } from "../clean/index.ts"
import type { KnowledgeData } from "../knowledge/Knowledge.ts"
import { cueRegExp } from "../knowledge/cues.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { inferYearFromRoster, restoreNameForTitle, rosterYearCheck } from "../knowledge/roster.ts"
import { WordSet } from "../knowledge/wordset.ts"
import type { ExtractedMention } from "../mention.ts"
import type { EventDate, Warning } from "../schema/event.ts"
import type { Segmented, Slice } from "../segment/index.ts"
import type { SegmentFns } from "../segmenter.ts"
import { flatString } from "./chars.ts"
import { isoDate } from "../dates/index.ts"
import { datelineLength, inMonthOf } from "../segment/classify.ts"
import { datelinePlace } from "./places/dateline.ts"
import { placesBefallen, placesOpeningEntry } from "./places/opening.ts"
import { extractEntities } from "./entities.ts"
import { clauseAround, firstSentence, leadClause, tidyTitle, withoutStrayDigit } from "./event-title.ts"
import { resolveYear } from "./year.ts"
import { sessionYearOf } from "./session-year.ts"
import { stayEndingOn } from "./stay-length.ts"
import { withOpeningYear } from "./opening-year.ts"

// the paper's own dateline (本报讯) opening a summary
const ownPaperDateline = cueRegExp`^(?:${"own-paper-dateline"})\s*`

export interface MentionContext {
  readonly document: string
  readonly contentHash: string
  readonly defaultYear: number | null
  readonly era: { readonly from: number; readonly to: number } | null
  /** Names the document gives with a title in its other mentions (a second reading of the document). */
  readonly documentNames?: ReadonlySet<string>
}

/** Event words (kind keywords, lead and participant verbs): a title clause with one says what happened. */
const eventWords = derivedFrom(
  (k: KnowledgeData) => new WordSet([...k.kindKeywords.map((w) => w.keyword), ...k.personCues.lead, ...k.personCues.participant])
)
const saysWhat = (k: KnowledgeData) => (clause: string) => eventWords(k).occurrencesIn(clause).length > 0

/** Do two texts share two Han characters in a row (a word of the report)? */
const sharesAWord = (a: string, b: string): boolean => {
  for (let i = 0; i + 1 < a.length; i++) if (hanPair.test(a.slice(i, i + 2)) && b.includes(a.slice(i, i + 2))) return true
  return false
}
const hanPair = /^\p{Script=Han}{2}$/u
const hanAt = /\p{Script=Han}/u
/** How far past an entry's date the division it opens with is looked for (a time of day, a chain of divisions, the verb). */
const OPENING_REACH = 60

const inferredSources = new Set(["published", "officeholder", "context", "default"])

const undatedDate: EventDate = { start: "XXXX", end: null, precision: "year", year: { value: null, source: "none" } }

/**
 * 瑞雪映春城。1月6日上午,某某大会开幕: where the sentence holding the event's date starts, when a
 * sentence that sets the scene stands before it (that one says nothing of what happened); else 0.
 */
const leadSentenceAt = (text: string, dateAt: number): number => {
  if (dateAt <= 0 || dateAt >= text.length) return 0
  const before = text.slice(0, dateAt)
  const end = Math.max(before.lastIndexOf("。"), before.lastIndexOf("！"), before.lastIndexOf("？"))
  return end < 0 ? 0 : end + 1
}

/** Everything the record needs from one slice: dates and year, title, summary, entities, warnings. */
export const extractMention = (
  slice: Slice,
  doc: Segmented,
  clean: CleanText,
  ctx: MentionContext,
  seg: SegmentFns,
  knowledge: KnowledgeData
): ExtractedMention => {
  const sliced = clean.text.slice(slice.start, slice.end)
  const text = flatString(sliced.trim())
  const span = rawSpan(clean, slice.start, slice.end)
  const bodyFrom = slice.date !== null ? Math.max(slice.date.end, slice.bodyStart) : slice.bodyStart
  const body = clean.text.slice(bodyFrom, slice.end)
  const entities = extractEntities(text, seg, knowledge, ctx.documentNames, leadSentenceAt(text, slice.date === null ? -1 : slice.date.index - slice.start - (sliced.length - sliced.trimStart().length)))
  const warnings = new Set<Warning>([...slice.warnings, ...entities.warnings])
  if (clean.spam.some((s) => s.at >= slice.start && s.at <= slice.end)) warnings.add("spam-removed")

  let date: EventDate = undatedDate
  const page = doc.published
  // a day without its month (6日会见…) where nothing above gives the month: the day is in the month of the
  // page's date, or the month before when it is later than the page's day
  const inMonth =
    slice.date !== null && slice.date.month === null && slice.date.day !== null && page !== null
      ? inMonthOf(slice.date, { ...slice.date, year: page.year, month: page.month, day: page.day })
      : slice.date
  const d = inMonth === null ? null : withOpeningYear(stayEndingOn(inMonth, clean.text.slice(inMonth.end, inMonth.end + 80)), body)
  if (d !== null && d.month !== null) {
    const month = d.month
    let allows: ((year: number) => boolean) | undefined
    const year = resolveYear(month, d.day, {
      stated: d.year ?? sessionYearOf(text, month),
      heading: slice.heading ?? headingAbove(slice.start, doc),
      published: doc.published,
      officeholder: () => inferYearFromRoster(entities.people, month, knowledge),
      // the offices are looked up on the first year asked about, once for all of them
      officeAllows: (y) => (allows ??= rosterYearCheck(entities.people, month, clean.text, knowledge))(y),
      contextYears: doc.contextYears,
      statedYears: doc.statedYears,
      entries: doc.format === "chronicle" || doc.format === "plain",
      recent: doc.recent === true,
      era: ctx.era,
      defaultYear: ctx.defaultYear
    })
    let end: string | null = null
    if (d.endDay !== null) {
      const endMonth = d.endMonth ?? month
      let endYear = d.endYear ?? year.value
      if (d.endYear === null && endYear !== null && endMonth < month) endYear += 1
      end = isoDate(endYear, endMonth, d.endDay)
    }
    const start = isoDate(year.value, month, d.day)
    if (end !== null && end < start) end = null
    date = { start, end, precision: d.day === null ? "month" : "day", year }
    if (inferredSources.has(year.source)) warnings.add("year-inferred")
  } else warnings.add("undated")
  const dayOfMonth = d !== null && d.month === null && d.day !== null ? d.day : null

  // the date stands mid-sentence (…第五次会议3月28日在长沙闭幕), past a dateline if there is one; a date that
  // opens the body (its text starts right after it, past the captions before it) stands at no sentence's middle
  const from = d !== null && slice.bodyStart <= d.end ? slice.bodyStart : slice.start
  const inline = slice.title === null && d !== null && /\p{Script=Han}{2}/u.test(clean.text.slice(from, d.index))
  const restored = restoreSpamNames(clean, slice, date, knowledge)
  if (restored.count > 0) warnings.add("name-restored")
  const says = saysWhat(knowledge)
  const ownClause = () =>
    tidyTitle(inline ? clauseAround(clean.text.slice(from, slice.end), d.index - from, d.end - from, says) : leadClause(body.length > 0 ? body : text, says))
  // a headline that says nothing of what happened and shares no word with the lead (某某网, 【第1页 第2页】, a
  // dateline's credit, 设为首页) is the page's, not the event's: the lead clause is the title when it says what
  // happened
  const headline = slice.title === null ? null : tidyTitle(slice.title)
  const lead = headline === null || says(headline) ? null : ownClause()
  const title = headline === null ? ownClause() : lead !== null && says(lead) && !sharesAWord(headline, lead) ? lead : headline
  // no place named where the event happened: the dateline's, else the one a dated entry opens with
  const placesOfLeastResort = (): ExtractedMention["places"] => {
    // what befell a place, in the lead of a report of it (受暴雨影响,某市某县某村发生山体滑坡), beats the dateline
    if (entities.kind === "other" && slice.date !== null) {
      const body = clean.text.slice(slice.date.end, slice.end)
      const stop = body.search(/[。！？!?]/)
      const befallen = placesBefallen(stop < 0 ? body : body.slice(0, stop), knowledge.gazetteer())
      if (befallen.length > 0) return befallen
    }
    const dateline = placeOfDateline(sliced, knowledge)
    if (dateline.length > 0 || slice.date === null || hanAt.test(clean.text.slice(slice.start, slice.date.index))) return dateline
    if (entities.kind !== "other") return dateline
    const titles = entities.people.flatMap((p) => p.titles)
    // the entry's first words are all it reads
    const opening = clean.text.slice(slice.date.end, Math.min(slice.end, slice.date.end + OPENING_REACH))
    const entry = doc.format === "chronicle" || doc.format === "plain"
    return placesOpeningEntry(opening, knowledge.gazetteer(), seg, { organizations: entities.organizations, titles }, entry)
  }
  return {
    key: `${ctx.contentHash.slice(0, 16)}:${span[0]}:${span[1]}`,
    document: ctx.document,
    contentHash: ctx.contentHash,
    span,
    format: doc.format,
    date,
    title: withoutStrayDigit(title.length > 0 ? title : tidyTitle(leadClause(text, saysWhat(knowledge))), officeAt(knowledge)),
    summary: firstSentence(clean.text.slice(slice.bodyStart, slice.end).replace(ownPaperDateline, "") || text),
    text: restored.text,
    kind: entities.kind,
    people: entities.people,
    places: entities.places.length > 0 ? entities.places : placesOfLeastResort(),
    organizations: entities.organizations,
    reporters: entities.reporters,
    warnings: [...warnings].sort(),
    ...(dayOfMonth === null ? {} : { dayOfMonth })
  }
}

/** The place a dateline among the mention's first lines names (新华社北京3月5日电 → 北京), as its only place. */
const placeOfDateline = (sliced: string, knowledge: KnowledgeData): ExtractedMention["places"] => {
  for (const line of sliced.split("\n").filter((l) => l.trim() !== "").slice(0, 3)) {
    const t = line.trim()
    const n = datelineLength(t)
    if (n === 0) continue
    const p = datelinePlace(t.slice(0, n), knowledge.gazetteer())
    return p === null ? [] : [p]
  }
  return []
}

/**
 * Injected spam often stands where a leader's name stood (…学习贯彻[spam]总书记重要讲话精神). When the
 * title that follows pins one person down for the event's date, the name is put back in the text.
 */
/** Does an office title (省长, 副省长) or the organ that opens one (省委书记) start at `i`? */
const officeAt =
  (knowledge: KnowledgeData) =>
  (text: string, i: number): boolean =>
    knowledge.titles.titleEnds.longestAt(text, i, 2) !== null || knowledge.titles.organs.longestAt(text, i, 2) !== null

const restoreSpamNames = (clean: CleanText, slice: Slice, date: EventDate, knowledge: KnowledgeData): { text: string; count: number } => {
  let t = clean.text.slice(slice.start, slice.end)
  let count = 0
  const sites = clean.spam.filter((s) => s.at >= slice.start && s.at <= slice.end)
  if (sites.length === 0) return { text: t.trim(), count }
  const year = date.year.value
  const month = /^(?:\d{4}|XXXX)-(\d{2})/.exec(date.start)?.[1]
  for (const site of [...sites].reverse()) {
    const after = clean.text.slice(site.at, site.at + 10)
    let name: string | null = null
    for (let len = Math.min(8, after.length); len >= 2 && name === null; len--) {
      name = restoreNameForTitle(after.slice(0, len), year, month === undefined ? null : Number(month), knowledge)
    }
    if (name !== null) {
      const at = site.at - slice.start
      t = t.slice(0, at) + name + t.slice(at)
      count++
    }
  }
  return { text: t.trim(), count }
}

/**
 * The page's heading as it dates an entry under no heading of its own. A page cut from a chronicle may open in
 * the last months of a year whose heading stood above the cut (10月18日 …, 12月22日 …, then 1985年, then 1月
 * …): the entries above the first bare year's heading are of the year before it.
 */
const headingAbove = (at: number, doc: Segmented): Segmented["heading"] => {
  const h = doc.heading
  return h !== null && h.month === null && doc.headingAt !== undefined && at < doc.headingAt ? { year: h.year - 1, month: null } : h
}
