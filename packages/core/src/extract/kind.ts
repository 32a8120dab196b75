import type { KindKeyword } from "../knowledge/lexicon.ts"
import type { Kind } from "../schema/event.ts"
import { charTable, leadEnd } from "./chars.ts"
import { WordSet } from "../knowledge/wordset.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { cueRegExp, cueWords } from "../knowledge/cues.ts"

/**
 * What the event is, decided by its lead (the title line and first sentence): the highest-priority
 * keyword there (kind-keywords.tsv). Words deep in the body describe other things (a 视频连线 during an
 * inspection); only statements of the meeting's format (会议以视频的形式召开) count from anywhere, and
 * only to tell a video meeting from a meeting.
 */

// a keyword followed by these names another event (传达学习…电视电话会议精神, 在…会议上的讲话)
// or a team, a report, a finding (督导组, 调研报告, 检查情况) rather than the event itself
const referenceAfter = cueRegExp`^(${"kind-reference-after"})`
/**
 * Does what follows a keyword make it name another event? 在某会议上的讲话 does; 在某开班式上, 某某强调 does
 * not: a clause that closes right after 上 sets the scene of the report itself.
 */
const refersElsewhere = (text: string, end: number): boolean =>
  (referenceAfter.test(text.slice(end, end + 2)) && !(text[end] === "上" && /[,，]/.test(text[end + 1] ?? ""))) ||
  anniversaryAfter.test(text.slice(end, end + 8)) ||
  occasionBefore.test(text.slice(end, end + 4))
// 在全市防汛视频调度会议后,某区立即召开…: the meeting before the event, not the event
const occasionBefore = cueRegExp`^议?(?:${"kind-after-event"})[,，]`
// 成立50周年, 开幕十周年: the keyword names the event an anniversary counts from, long past
const anniversaryAfter = /^(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年/

// 到某市检查, 在某县指导防汛工作: a leader going somewhere to look at the work; 到会指导 is attending a
// meeting, which is the event
const visit = cueRegExp`(?:${"visit-trigger"})(?!${"visit-at-meeting"})[^，,。；;]{1,24}?(?:${"visit-verb"})(?!${"visit-verb-noun"})`

// a clause quoting another event: 学习贯彻习近平总书记在北京市调研…时的重要讲话精神
const quotedAfter = cueRegExp`${"quoted-after"}`
const quotingVerbs = cueWords("quoting-verb")
const quotedLeaders = cueWords("quoted-leader")
/**
 * 学习贯彻…总书记: a quoting verb, then a national leader after it. A clause holds no break, so this is
 * the pattern (quoting-verb)[^，,。；;]*(quoted-leader) read as words: the earliest end of a verb before
 * the latest start of a leader (the pattern itself read the rest of the clause from every verb).
 */
const quotingVerbAt = (clause: string): { readonly start: number; readonly end: number } | null => {
  let best: { start: number; end: number } | null = null
  for (const w of quotingVerbs) {
    const i = clause.indexOf(w)
    if (i >= 0 && (best === null || i + w.length < best.end)) best = { start: i, end: i + w.length }
  }
  return best
}
const leaderAfter = (clause: string, verbEnd: number): boolean => quotedLeaders.some((w) => clause.lastIndexOf(w) >= verbEnd)
const isQuoted = (clause: string): boolean => quotedFrom(clause) !== null
/**
 * Where the quoted part of a quoting clause starts: at its quoting verb when it has one (某常委会议|传达学习…
 * 总书记在…团拜会上的重要讲话精神: the meeting before the verb is the event itself), else at the clause's start;
 * null when the clause quotes nothing. The verb is looked for once.
 */
const quotedFrom = (clause: string): number | null => {
  const verb = quotingVerbAt(clause)
  if (verb !== null && leaderAfter(clause, verb.end)) return verb.start
  if (!quotedAfter.test(clause)) return null
  return verb?.start ?? 0
}

const kindClauseBreaks = charTable("，,。；;")

// 到某县考 察: a paper's page broken inside a word leaves a space between its characters
const spaceInsideWord = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu
/** The lead with a lone space between two Chinese characters closed, so a keyword the page broke is read whole. */
const closeSpacedWords = (lead: string): string => (lead.includes(" ") ? lead.replace(spaceInsideWord, "") : lead)

const clauseBounds = (text: string, at: number): readonly [number, number] => {
  let s = at
  while (s > 0 && kindClauseBreaks[text.charCodeAt(s - 1)] !== 1) s--
  let e = at
  while (e < text.length && kindClauseBreaks[text.charCodeAt(e)] !== 1) e++
  return [s, e]
}

const clauseOf = (text: string, at: number): string => {
  const [s, e] = clauseBounds(text, at)
  return text.slice(s, e)
}

interface Hit {
  readonly kind: Kind
  readonly priority: number
}

interface KeywordIndex {
  readonly words: WordSet
  readonly byWord: ReadonlyMap<string, KindKeyword>
}
const indexOf = (keywords: ReadonlyArray<KindKeyword>): KeywordIndex => ({
  words: new WordSet(keywords.map((k) => k.keyword)),
  byWord: new Map(keywords.map((k) => [k.keyword, k]))
})

/**
 * Is text[at, end) a word of the sentence, not the halves of two (创造出台湾 holds 出台, 大会见面 会见)?
 * The segmenter decides; without one every match counts.
 */
export type WordCheck = (text: string, at: number, end: number) => boolean

/** The highest-priority keyword in `text`, scanning once: at each position the longest keyword wins. */
const best = (
  text: string,
  ix: KeywordIndex,
  starts: ReadonlyArray<number> = ix.words.startsIn(text),
  isWord: WordCheck = () => true
): Hit | null => {
  let top: Hit | null = null
  // is the clause of `at` quoted? Asked once per clause: the keywords come in text order, and reading the
  // clause again for each keyword in it was quadratic on a long one
  let clause: { readonly s: number; readonly e: number; readonly from: number | null } | null = null
  const quotedAt = (at: number): boolean => {
    if (clause === null || at < clause.s || at > clause.e) {
      const [s, e] = clauseBounds(text, at)
      const from = quotedFrom(text.slice(s, e))
      clause = { s, e, from: from === null ? null : s + from }
    }
    return clause.from !== null && at >= clause.from
  }
  // a keyword found ends the search until its end
  let from = 0
  for (const at of starts) {
    if (at < from) continue
    const w = ix.words.longestAt(text, at)
    if (w === null) continue
    const kw = ix.byWord.get(w)!
    const end = at + w.length
    // 视频协商会 claims its characters before 协商会 could; a keyword that cannot outrank the best so far
    // is not read further
    if ((top === null || kw.priority > top.priority) && !refersElsewhere(text, end) && !quotedAt(at) && isWord(text, at, end))
      top = { kind: kw.kind, priority: kw.priority }
    from = end
  }
  return top
}

const scoped = derivedFrom((keywords: ReadonlyArray<KindKeyword>) => ({
  lead: indexOf(keywords.filter((k) => k.scope === "lead")),
  any: indexOf(keywords.filter((k) => k.scope === "any"))
}))

/** The keywords that count anywhere in a text, for a walk that finds several sets' words at once. */
export const anywhereKeywordSet = (keywords: ReadonlyArray<KindKeyword>): WordSet => scoped(keywords).any.words

/**
 * The kind the words of a text say and the priority of the word that says it, or null when none does (an
 * entry of kind other by default, not by a word such as 火灾 or 排行榜). `anyStarts`: where the anywhere
 * keywords may start, when a walk for several sets found them already.
 */
export const kindSaid = (
  text: string,
  keywords: ReadonlyArray<KindKeyword>,
  anyStarts?: ReadonlyArray<number>,
  isWord?: WordCheck,
  /** Where the lead sentence starts: the sentence that holds the event's date, when one sets the scene before it. */
  leadFrom = 0
): { readonly kind: Kind; readonly priority: number } | null => {
  const ix = scoped(keywords)
  const lead = closeSpacedWords(text.slice(leadFrom, leadFrom + leadEnd(text.slice(leadFrom))))
  let top = best(lead, ix.lead, undefined, isWord)
  const v = visit.exec(lead)
  if (v !== null && !isQuoted(clauseOf(lead, v.index)) && (top === null || top.priority < 65)) top = { kind: "inspection", priority: 65 }
  const format = best(text, ix.any, anyStarts)
  if (format !== null && (top === null || top.kind === "meeting")) return format
  return top
}

/**
 * Below every word of what people do (活动 40), the words of what befell a place or what figures say (火灾,
 * 地震, 截至): kind other whoever the entry names (a leader who ordered the rescue took part in no activity).
 */
export const HAPPENING_BELOW = 40
