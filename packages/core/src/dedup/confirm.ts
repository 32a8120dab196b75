import type { ExtractedMention } from "../mention.ts"
import type { MergeMethod } from "../schema/event.ts"
import { compatibleDates, hasMonth } from "./dates.ts"
import type { Fingerprint } from "./fingerprint.ts"
import { intersectionSize } from "./shingles.ts"
import { principals } from "./principal.ts"
import { bundledGazetteer } from "../knowledge/gazetteer.ts"
import { withoutEnclosingProvinces } from "../extract/places/enclosing.ts"
import { normalized } from "../extract/places/normalized.ts"
import { cueRegExp } from "../knowledge/cues.ts"
import { captionOfDay, isCaption } from "./caption.ts"
import { findDates } from "../dates/tokens.ts"

export const NEAR_JACCARD = 0.6
export const CONTAINMENT = 0.8
/** A contained mention needs this many shingles: shorter texts are too generic to vouch for a merge. */
export const MIN_CONTAINED_SHINGLES = 12

export interface Link {
  readonly method: MergeMethod
  readonly score: number
}

const leads = (m: ExtractedMention) => new Set(m.people.filter((p) => p.role === "lead").map((p) => p.name))
const names = (m: ExtractedMention) => new Set(m.people.map((p) => p.name))

const disjointNonEmpty = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x))

/**
 * The places that tell events apart: a province a mention names with a place inside it (在甘肃敦煌) is
 * shared by every event in that province, and says nothing of whether two are one.
 */
const telling = (m: ExtractedMention): ExtractedMention["places"] => withoutEnclosingProvinces(m.places, bundledGazetteer())

/** Place names without a trailing administrative suffix (郑州 = 郑州市). */
const placeNames = (m: ExtractedMention) => telling(m).map((p) => stripSuffix(p.name))

/**
 * Two mentions that name places, none shared: 郑州 and 郑州市人民医院 share (one name starts the
 * other), 岳阳 and 株洲 do not.
 */
const placesClash = (a: ExtractedMention, b: ExtractedMention): boolean => {
  const pa = placeNames(a)
  const pb = placeNames(b)
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => x.startsWith(y) || y.startsWith(x)))
}

/**
 * Does a candidate pair describe the same event? Exact text, near (Jaccard), or containment of the
 * shorter in the longer — and always compatible dates. Look-alike meetings (same day, same
 * boilerplate) stay apart unless the texts are nearly the same: different lead people, different
 * people altogether, or different places veto a merge that rests only on shared wording. A mention
 * without even a month is only folded by containment into a mention of its own document: a stock
 * participant list recurs across events, and undated it could glue two of them together.
 */
export const confirmPair = (a: ExtractedMention, fa: Fingerprint, b: ExtractedMention, fb: Fingerprint): Link | null =>
  // one order for every pair, so that ties (equal lengths) are decided the same way from either side
  a.key <= b.key ? confirmOrdered(a, fa, b, fb) : confirmOrdered(b, fb, a, fa)

const confirmOrdered = (a: ExtractedMention, fa: Fingerprint, b: ExtractedMention, fb: Fingerprint): Link | null => {
  if (!compatibleDates(a.date, b.date)) return null
  if (fa.exact === fb.exact && fa.shingles.length > 0) return { method: "exact", score: 1 }
  // within one report, a visit it dates as a whole (5月7日至9日) and one of its days told on its own
  // (8日,考察组一行到…): the day is a part of the visit, by its people or by the party already named
  if (a.document === b.document && a.format !== "chronicle" && (dayOfVisit(a, b) || dayOfVisit(b, a))) return { method: "near", score: 0.5 }
  // within one report, a paragraph that goes on with the day's occasion (当日下午,某某来到…) and tells its party
  if (a.document === b.document && a.format !== "chronicle" && (thatDayOfOccasion(a, b) || thatDayOfOccasion(b, a))) return { method: "near", score: 0.5 }
  // within one report, the caption of one of its photos (某某在会上讲话。本报记者 某某 摄) on the day it tells:
  // the photo shows the report's occasion
  if (a.document === b.document && (isCaption(a) || isCaption(b)) && captionOfDay(a, fa, b, fb)) return { method: "near", score: 0.5 }
  // one named event on one day (2022年第三批全省重大项目开工动员会, 7月1日): reports from several venues of
  // one video meeting name different people and places, and still report one event
  if (fa.named.some((k) => fb.named.includes(k))) return { method: "near", score: 0.9 }
  // what befell one place on one day (某县某村发生森林火灾 / 某村后山突发森林火灾): one happening, however it is told
  if (fa.happenings.some((k) => fb.happenings.includes(k)) && !localClash(a, b)) return { method: "near", score: 0.8 }
  // a report that gives only its day (于某7日率团…) and another outlet's dated report of the same leader on
  // that day of the month, of the same kind: one occasion, unless their places differ. A leader's day often
  // holds two events (抵达 / 接见), and the day alone cannot tell them apart
  if (a.document !== b.document && (dayOnlyMatch(a, b) || dayOnlyMatch(b, a)) && !placesClash(a, b)) {
    const pb = principals(b)
    const alike = a.kind === b.kind
    if (alike && [...principals(a)].some((n) => pb.has(n))) return { method: "near", score: 0.5 }
  }
  const inter = intersectionSize(fa.shingles, fb.shingles)
  // no wording in common: only the leader rules below can tie the two (a caption of one stop of a tour)
  const union = Math.max(1, fa.shingles.length + fb.shingles.length - inter)
  const jaccard = inter / union
  const smaller = Math.min(fa.shingles.length, fb.shingles.length)
  const containment = inter / smaller
  const clash = disjointNonEmpty(leads(a), leads(b)) || disjointNonEmpty(names(a), names(b)) || placesClash(a, b)
  if (jaccard >= NEAR_JACCARD && (!clash || jaccard >= 0.9)) return { method: "near", score: round(jaccard) }
  const [short, long, fShort, fLong] = fa.shingles.length <= fb.shingles.length ? [a, b, fa, fb] : [b, a, fb, fa]
  if (!hasMonth(short.date) && short.document !== long.document) return null
  if (inter > 0 && containment >= CONTAINMENT && smaller >= MIN_CONTAINED_SHINGLES && !clash) return { method: "containment", score: round(containment) }
  // a truncated copy: the shorter mention's whole first sentence stands in the longer one
  if (inter > 0 && fShort.lead.length >= 2 * MIN_CONTAINED_SHINGLES && short.date.start === long.date.start && !clash) {
    const leadIn = intersectionSize(fShort.lead, fLong.shingles) / fShort.lead.length
    if (leadIn >= 0.95) return { method: "containment", score: round(leadIn) }
  }
  // the same leader, the same kind of event, on overlapping days, at a shared place: two reports of one visit
  const pb0 = principals(b)
  const sharedLead = [...principals(a)].some((n) => pb0.has(n))
  // a tour (12月14日至15日) and one day of it (14日下午) in another report are a whole and its part, told apart
  const tourAndDay = a.document !== b.document && (a.date.end !== null) !== (b.date.end !== null)
  if (sharedLead && a.kind === b.kind && a.kind === "inspection" && !tourAndDay) {
    const pa = new Set(placeNames(a))
    const pb = new Set(placeNames(b))
    const shared = [...pa].filter((p) => pb.has(p)).length
    if (shared > 0) return { method: "near", score: round(Math.max(jaccard, shared / new Set([...pa, ...pb]).size)) }
    // a stop of a tour and the tour: a county visited lies in the city the tour went to (某县 in 某市)
    if (a.date.start === b.date.start || overlapsRange(a, b)) {
      if (within(telling(a), telling(b)) || within(telling(b), telling(a))) return { method: "near", score: round(Math.max(jaccard, 0.5)) }
    }
  }
  // one headline for one occasion: the same leader on the same day, under titles mostly of the same words
  // (a caption and its article, a digest line and its report, two outlets' headlines); two events of one
  // leader on one day have other titles (主持召开…会议 / 到某地调研: under half their words shared). Not for
  // meetings: one chair's two meetings of a day differ by a word or two (常务会议 / 专题会议); the rule on
  // the body below decides those
  const meetings = (m: ExtractedMention) => m.kind === "meeting" || m.kind === "conference_call"
  if (sharedLead && sameDay(a, b) && !placesClash(a, b) && !meetings(a) && !meetings(b)) {
    const t = titleSimilarity(a.title, b.title)
    if (t >= SAME_TITLE) return { method: "near", score: round(t) }
  }
  // two outlets' reports of one occasion: the same day, and the same two people or more (a host and the
  // guest received, a leader and those with him), named in other words or another script. Within one
  // document, entries are distinct events by construction.
  if (a.document !== b.document && sameDay(a, b) && !placesClash(a, b)) {
    const nb = names(b)
    const shared = [...names(a)].filter((n) => nb.has(n)).length
    const metB = new Set(b.people.filter((p) => p.role === "met").map((p) => p.name))
    const sameGuest = a.people.some((p) => p.role === "met" && metB.has(p.name))
    if (shared >= 2 && (sameGuest || (a.kind === b.kind && a.kind !== "meeting" && a.kind !== "conference_call")))
      return { method: "near", score: round(Math.max(jaccard, shared / new Set([...names(a), ...nb]).size)) }
  }
  // the same leader chairing the same body's meeting on the same day: two reports of one meeting
  // (省委书记X主持召开省委常委会会议 / 省委常委会召开会议 X主持), however differently worded
  if (sharedLead && a.kind === b.kind && (a.kind === "meeting" || a.kind === "conference_call") && a.date.start === b.date.start && a.date.precision === "day") {
    const bodies = (m: ExtractedMention) => new Set(m.organizations.filter((o) => /会$/.test(o)))
    const oa = bodies(a)
    const ob = bodies(b)
    const shared = [...oa].filter((o) => ob.has(o)).length
    if (shared > 0) return { method: "near", score: round(Math.max(jaccard, shared / new Set([...oa, ...ob]).size)) }
  }
  return null
}

/** Half the title's character pairs shared (on the development corpora, every such pair was one event). */
export const SAME_TITLE = 0.5

const titleBigrams = (title: string): Set<string> => {
  const t = title.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, "")
  const out = new Set<string>()
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2))
  return out
}

/** Jaccard of the two titles' character pairs. */
const titleSimilarity = (x: string, y: string): number => {
  const a = titleBigrams(x)
  const b = titleBigrams(y)
  let shared = 0
  for (const p of a) if (b.has(p)) shared++
  return shared / Math.max(1, a.size + b.size - shared)
}

// the level word a place name ends with (郑州市 and 郑州 are one place)
const divisionLevelEnd = cueRegExp`(?:${"division-level"})$`
const stripSuffix = (name: string) => (name.length > 2 ? name.replace(divisionLevelEnd, "") : name)

const round = (x: number) => Math.round(x * 1000) / 1000

const overlapsRange = (a: ExtractedMention, b: ExtractedMention): boolean =>
  (a.date.end !== null || b.date.end !== null) && a.date.precision === "day" && b.date.precision === "day"

const codesOf = (name: string): ReadonlyArray<string> => bundledGazetteer().byName.get(name)?.map((e) => e.code) ?? []

/** Every place of `inner` lies inside one of `outer`'s, by the division codes (county 510822 in city 5108). */
const within = (inner: ExtractedMention["places"], outer: ExtractedMention["places"]): boolean => {
  if (inner.length === 0 || outer.length === 0) return false
  const outerPrefixes = outer.flatMap((p) => codesOf(p.name).map((c) => c.replace(/(00)+$/, "")).filter((c) => c.length >= 2 && c.length < 6))
  return inner.some((p) => codesOf(p.name).some((c) => outerPrefixes.some((o) => c.startsWith(o) && c !== o)))
}

/** A place of `a` is one of `b`'s (拉萨市 = 拉萨). */
const sharesPlace = (a: ExtractedMention, b: ExtractedMention): boolean => {
  const pb = new Set(placeNames(b))
  return placeNames(a).some((x) => pb.has(x))
}

const visitKinds = new Set<ExtractedMention["kind"]>(["inspection", "activity"])

/**
 * `part` is a day (or days) inside the range of `whole`, or the whole range told again (27日至29日,
 * 某某一行先后到… under 4月27日至29日,…), a visit (an inspection or an occasion, not a
 * meeting: the feedback meeting on a tour's last day is an event of its own) that the report dated with
 * its month; the part is told by its day alone, and by the visit's people or a word for their party
 * (a chronicle's day-only entries, 10—12日 … / 12日 …, are other events: they name none of them); or
 * told with its month (3月14日,某某一行…) when the visit's own principal leads it at a place inside or
 * among the visit's (a digest's next item names another person or no place of the visit).
 */
const dayOfVisit = (whole: ExtractedMention, part: ExtractedMention): boolean => {
  if (whole.date.end === null || whole.date.precision !== "day" || part.date.precision !== "day") return false
  if (!visitKinds.has(whole.kind) || !visitKinds.has(part.kind)) return false
  const md = (iso: string) => iso.slice(5)
  const partEnd = part.date.end ?? part.date.start
  if (md(part.date.start) < md(whole.date.start) || md(partEnd) > md(whole.date.end) || md(whole.date.start) > md(whole.date.end)) return false
  if (opensWithDayAlone(whole.text)) return false
  // a day told with its month (2月14日,某某…) under the visit's range: only when its principal is the visit's
  // and it names a place inside the visit's (a digest's next item, a chronicle's other entry, names another)
  if (!opensWithDayAlone(part.text)) {
    // (the whole range told again with its month is the visit retold, which its words show)
    if (part.date.start === whole.date.start && part.date.end === whole.date.end) return false
    const own = whoseDay(part)
    const lead = principals(whole)
    return own.length > 0 && own.every((n) => lead.has(n)) && (within(part.places, whole.places) || sharesPlace(part, whole))
  }
  return toldOf(part, names(whole))
}

const openingSentence = (m: ExtractedMention): string => m.text.split(/[。！？!?]/)[0]!

/**
 * Whose day a paragraph tells: its leading people, or failing those the first person its opening sentence
 * names (24日至27日,某某在省委书记某某陪同下…: the subject, not the titled one who went with them).
 */
const whoseDay = (part: ExtractedMention): Array<string> => {
  const leading = part.people.filter((p) => p.role === "lead").map((p) => p.name)
  return leading.length > 0 ? leading : firstNamedIn(openingSentence(part), part)
}

/** The paragraph tells the day of `people` (or, naming no one, refers to their party: 考察组一行). */
const toldOf = (part: ExtractedMention, people: ReadonlySet<string>): boolean => {
  const own = whoseDay(part)
  return own.length > 0 ? own.every((n) => people.has(n)) : partyReference.test(openingSentence(part))
}

// 考察组一行, 他们: the party of the visit the report already named
const partyReference = cueRegExp`${"party-reference"}`

const occasionKinds = new Set<ExtractedMention["kind"]>(["meeting", "conference_call", "reception"])
// what may stand between two paragraphs of a report: line breaks and indentation
const adjacentGap = 8
const thatDayOpening = cueRegExp`^\s*(?:${"that-day-paragraph"})`
/** The mention is a paragraph that goes on with an occasion told above it (当日上午,某某…). */
export const continuesOccasion = (m: Pick<ExtractedMention, "text">): boolean => thatDayOpening.test(m.text)
const additionalOccasion = cueRegExp`${"additional-occasion"}`

/**
 * `part` is a paragraph of the report that goes on with `whole`'s occasion on its day (当日上午,某某在…陪同下
 * 来到… / 当天下午,考察组一行先后到…): it opens with 当日/当天, stands right after `whole` (itself the opening
 * or such a paragraph), is dated its day, and its leading people are among those `whole` names (or it refers
 * to their party). One that says they went on to more (当天,某某还前往…) tells an occasion of its own, as does
 * one led by someone else (当天中午,另一位领导会见…); a meeting or a reception is one either side.
 */
const thatDayOfOccasion = (whole: ExtractedMention, part: ExtractedMention): boolean => {
  if (whole.date.precision !== "day" || part.date.precision !== "day" || part.date.start !== whole.date.start) return false
  // the paragraph goes on with the occasion told right above it (not another item of the day told before it)
  if (part.span[0] - whole.span[1] > adjacentGap || part.span[0] <= whole.span[0]) return false
  if (!continuesOccasion(part)) return false
  // a meeting held or a guest received that day (当天下午,某某接见了…) is an occasion of its own, and the
  // visit a paragraph goes on with is no meeting or reception
  if (occasionKinds.has(part.kind) || occasionKinds.has(whole.kind)) return false
  if (additionalOccasion.test(openingSentence(part))) return false
  return toldOf(part, names(whole))
}

const firstNamedIn = (clause: string, m: ExtractedMention): Array<string> => {
  const at = m.people.map((p) => [clause.indexOf(p.name), p.name] as const).filter(([i]) => i >= 0)
  const first = at.sort((x, y) => x[0] - y[0])[0]
  return first === undefined ? [] : [first[1]]
}

/**
 * The mention opens with a day and no month (18日,… / 24日到26日,…): the report goes on with the days of the
 * month it gave, as it tells the days of a visit; a day with its month (3月18日,…) opens a report's item.
 */
const opensWithDayAlone = (text: string): boolean => {
  const d = findDates(text.slice(0, 24))[0]
  return d !== undefined && d.month === null && d.day !== null && !/\p{Script=Han}/u.test(text.slice(0, d.index))
}

/** `a` gives only a day of the month, and `b` is dated on that day. */
const dayOnlyMatch = (a: ExtractedMention, b: ExtractedMention): boolean =>
  a.dayOfMonth !== undefined && !hasMonth(a.date) && b.date.precision === "day" && Number(b.date.start.slice(8, 10)) === a.dayOfMonth

/** The same day, at day precision (a year stated in one and not the other still matches: XXXX-10-30). */
const sameDay = (a: ExtractedMention, b: ExtractedMention): boolean =>
  a.date.precision === "day" && b.date.precision === "day" && a.date.start.slice(5) === b.date.start.slice(5)

/** Two mentions naming towns or villages, none shared: two places of one county (a fire in each of its villages). */
const localClash = (a: ExtractedMention, b: ExtractedMention): boolean => {
  const local = (m: ExtractedMention) => new Set(m.places.filter((p) => p.level === "town" || p.level === "community").map((p) => normalized(p.name)))
  return disjointNonEmpty(local(a), local(b))
}
