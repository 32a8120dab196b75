import type { Event } from "../schema/event.ts"
import type { GoldDocument, GoldMention } from "./gold.ts"
import { cueWords } from "../knowledge/cues.ts"

export interface PRF {
  readonly p: number
  readonly r: number
  readonly f1: number
}

export interface EvalReport {
  readonly events: PRF
  readonly start: number
  readonly end: number
  readonly year: number
  readonly monthDay: number
  readonly people: PRF
  readonly places: PRF
  readonly kind: number
  readonly dedup: PRF
  readonly counts: {
    readonly documents: number
    readonly goldMentions: number
    readonly matched: number
    readonly predictedSpans: number
    readonly predictedSpansMatched: number
    readonly gluedMisses: number
    readonly missingAnchors: number
    readonly goldPairs: number
    readonly predictedPairs: number
    readonly truePairs: number
  }
  /** Per gold mention: what it was matched to (for diagnostics; not part of the scores). */
  readonly details: ReadonlyArray<MentionDetail>
  /** Predicted source spans that matched no gold mention (false positives), for diagnostics. */
  readonly extra: ReadonlyArray<{ readonly doc: string; readonly span: readonly [number, number]; readonly start: string; readonly title: string }>
  /**
   * Pairs of matched mentions the deduplicator got wrong, for diagnostics: `merged` — one predicted event for
   * two gold events (a false merge); `split` — two predicted events for one gold event (a missed merge).
   */
  readonly dedupErrors: ReadonlyArray<DedupError>
}

/** One wrong pair of the pairwise dedup score: the two gold mentions, by document and anchor. */
export interface DedupError {
  readonly error: "merged" | "split"
  readonly a: { readonly doc: string; readonly id: string; readonly anchor: string }
  readonly b: { readonly doc: string; readonly id: string; readonly anchor: string }
}

/** What the parser made of one gold mention: enough to see why it was missed or scored wrong. */
export interface MentionDetail {
  readonly doc: string
  readonly id: string
  readonly anchor: string
  readonly goldStart: string
  readonly goldEnd: string | null
  readonly matched: string | null
  readonly reason?: string
  /** For a matched mention: is the predicted kind right, read in the gold set's vocabulary (see documentsOfSixKinds)? */
  readonly kindRight?: boolean
  /**
   * For a matched mention: are the predicted people and places right as the score counts them — against the
   * union of the gold sets of the mention's id (places compared by normalizePlace)? A merged event that names
   * every place of a tour is right for each of the tour's mentions.
   */
  readonly peopleRight?: boolean
  readonly placesRight?: boolean
  /** The union of the gold people and places of the mention's id (what the score compares with). */
  readonly idPeople?: ReadonlyArray<string>
  readonly idPlaces?: ReadonlyArray<string>
  /** The matched event (or, for a miss, the predicted span nearest the anchor). */
  readonly predicted?: {
    readonly start: string
    readonly end: string | null
    readonly yearSource: string
    readonly span: readonly [number, number]
    readonly title: string
    readonly kind: string
    readonly people: ReadonlyArray<string>
    readonly places: ReadonlyArray<string>
  }
  readonly goldKind: string
  readonly goldPeople: ReadonlyArray<string>
  readonly goldPlaces: ReadonlyArray<string>
}

const prf = (tp: number, fp: number, fn: number): PRF => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

const placeSuffixes = cueWords("place-suffix")
/** Places compare after dropping one trailing administrative suffix when two or more characters remain. */
export const normalizePlace = (name: string): string => {
  for (const s of placeSuffixes) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length)
  }
  return name
}

const nearestSpan = <S extends { readonly span: readonly [number, number] }>(spans: ReadonlyArray<S>, at: number): S | undefined => {
  let best: S | undefined
  let bestDistance = Infinity
  for (const s of spans) {
    const d = at < s.span[0] ? s.span[0] - at : at - s.span[1] + 1
    if (d < bestDistance) {
      best = s
      bestDistance = d
    }
  }
  return best
}

/**
 * The shared corpus was annotated in six kinds: its checker (check_gold.py) has no `announcement`, so a
 * document issued or a notice published (省政府印发…通知) is `other` there, while the seeds' gold uses
 * `announcement`. A gold set that never uses `announcement` is scored in its own vocabulary: a predicted
 * announcement counts as `other` in its documents. These are the names of such documents.
 */
export const documentsOfSixKinds = (gold: ReadonlyArray<GoldDocument>): ReadonlySet<string> =>
  gold.some((g) => g.events.some((m) => m.kind === "announcement")) ? new Set() : new Set(gold.map((g) => g.doc))

const scoredKind = (predicted: string, sixKinds: boolean): string => (sixKinds && predicted === "announcement" ? "other" : predicted)

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x))

const yearOf = (iso: string): string => iso.slice(0, 4)
const monthDayOf = (iso: string): string => iso.slice(5)

/**
 * Scores predicted events against gold annotations exactly as GOLD-FORMAT.md defines:
 * anchor matching by source span, event P/R, date accuracies, micro P/R/F1 of people and places
 * against the union of the gold sets of the mention's id, kind accuracy, pairwise dedup P/R/F1.
 */
export const scoreEvents = (
  gold: ReadonlyArray<GoldDocument>,
  rawTexts: ReadonlyMap<string, string>,
  events: ReadonlyArray<Event>,
  sixKinds: ReadonlySet<string> = documentsOfSixKinds(gold)
): EvalReport => {
  const goldDocs = new Set(gold.map((g) => g.doc))
  // every predicted source span in the gold documents
  interface SpanRef {
    readonly event: Event
    readonly doc: string
    readonly span: readonly [number, number]
    matchedId: string | null
  }
  const spans: Array<SpanRef> = []
  for (const e of events) for (const s of e.sources) if (goldDocs.has(s.document)) spans.push({ event: e, doc: s.document, span: s.span, matchedId: null })

  const unionPeople = new Map<string, Set<string>>()
  const unionPlaces = new Map<string, Set<string>>()
  for (const g of gold)
    for (const m of g.events) {
      const pp = unionPeople.get(m.id) ?? new Set<string>()
      m.people.forEach((p) => pp.add(p))
      unionPeople.set(m.id, pp)
      const pl = unionPlaces.get(m.id) ?? new Set<string>()
      m.places.forEach((p) => pl.add(normalizePlace(p)))
      unionPlaces.set(m.id, pl)
    }

  interface Matched {
    readonly doc: string
    readonly gold: GoldMention
    readonly event: Event
  }
  const matched: Array<Matched> = []
  const details: Array<MentionDetail> = []
  const describe = (event: Event, span: readonly [number, number]): MentionDetail["predicted"] => ({
    start: event.date.start,
    end: event.date.end,
    yearSource: event.date.year.source,
    span,
    title: event.title,
    kind: event.kind,
    people: event.people.map((p) => p.name),
    places: event.places.map((p) => p.name)
  })
  let goldMentions = 0
  let glued = 0
  let missingAnchors = 0
  for (const g of gold) {
    const raw = rawTexts.get(g.doc)
    for (const m of g.events) {
      goldMentions++
      const base = {
        doc: g.doc, id: m.id, anchor: m.anchor, goldStart: m.start, goldEnd: m.end,
        goldKind: m.kind, goldPeople: m.people, goldPlaces: m.places
      }
      const at = raw === undefined ? -1 : raw.indexOf(m.anchor)
      if (at < 0) {
        missingAnchors++
        details.push({ ...base, matched: null, reason: raw === undefined ? "document not decoded" : "anchor not found in document" })
        continue
      }
      const candidates = spans.filter((s) => s.doc === g.doc && s.span[0] <= at && at < s.span[1])
      const free = candidates.find((s) => s.matchedId === null || s.matchedId === m.id)
      if (free === undefined) {
        if (candidates.length > 0) glued++
        const near = candidates[0] ?? nearestSpan(spans.filter((s) => s.doc === g.doc), at)
        details.push({
          ...base,
          matched: null,
          reason: candidates.length > 0 ? `glued: span already matched ${candidates[0]!.matchedId}` : `no predicted span contains the anchor (at ${at})`,
          ...(near === undefined ? {} : { predicted: describe(near.event, near.span) })
        })
        continue
      }
      free.matchedId = m.id
      matched.push({ doc: g.doc, gold: m, event: free.event })
      const idPeople = unionPeople.get(m.id) ?? new Set<string>()
      const idPlaces = unionPlaces.get(m.id) ?? new Set<string>()
      details.push({
        ...base,
        matched: free.event.id,
        predicted: describe(free.event, free.span),
        kindRight: scoredKind(free.event.kind, sixKinds.has(g.doc)) === m.kind,
        peopleRight: sameSet(new Set(free.event.people.map((p) => p.name)), idPeople),
        placesRight: sameSet(new Set(free.event.places.map((p) => normalizePlace(p.name))), idPlaces),
        idPeople: [...idPeople],
        idPlaces: [...idPlaces]
      })
    }
  }

  const n = matched.length
  const share = (f: (m: Matched) => boolean) => (n === 0 ? 0 : matched.filter(f).length / n)
  let ptp = 0, pfp = 0, pfn = 0, ltp = 0, lfp = 0, lfn = 0
  for (const m of matched) {
    const goldPeople = unionPeople.get(m.gold.id) ?? new Set<string>()
    const predPeople = new Set(m.event.people.map((p) => p.name))
    for (const p of predPeople) goldPeople.has(p) ? ptp++ : pfp++
    for (const p of goldPeople) if (!predPeople.has(p)) pfn++
    const goldPlaces = unionPlaces.get(m.gold.id) ?? new Set<string>()
    const predPlaces = new Set(m.event.places.map((p) => normalizePlace(p.name)))
    for (const p of predPlaces) goldPlaces.has(p) ? ltp++ : lfp++
    for (const p of goldPlaces) if (!predPlaces.has(p)) lfn++
  }

  let tp = 0, fp = 0, fn = 0
  const dedupErrors: Array<DedupError> = []
  const who = (x: Matched) => ({ doc: x.doc, id: x.gold.id, anchor: x.gold.anchor })
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const g = matched[i]!.gold.id === matched[j]!.gold.id
      const p = matched[i]!.event.id === matched[j]!.event.id
      if (g && p) tp++
      else if (p) fp++
      else if (g) fn++
      if (g !== p) dedupErrors.push({ error: p ? "merged" : "split", a: who(matched[i]!), b: who(matched[j]!) })
    }

  const spansMatched = spans.filter((s) => s.matchedId !== null).length
  const extra = spans.filter((s) => s.matchedId === null).map((s) => ({ doc: s.doc, span: s.span, start: s.event.date.start, title: s.event.title }))
  return {
    events: { p: spans.length === 0 ? 0 : spansMatched / spans.length, r: goldMentions === 0 ? 0 : n / goldMentions, f1: 0 },
    start: share((m) => m.event.date.start === m.gold.start),
    end: share((m) => (m.event.date.end ?? null) === (m.gold.end ?? null)),
    year: share((m) => yearOf(m.event.date.start) === yearOf(m.gold.start)),
    monthDay: share((m) => monthDayOf(m.event.date.start) === monthDayOf(m.gold.start)),
    people: prf(ptp, pfp, pfn),
    places: prf(ltp, lfp, lfn),
    kind: share((m) => scoredKind(m.event.kind, sixKinds.has(m.doc)) === m.gold.kind),
    dedup: prf(tp, fp, fn),
    counts: {
      documents: gold.length,
      goldMentions,
      matched: n,
      predictedSpans: spans.length,
      predictedSpansMatched: spansMatched,
      gluedMisses: glued,
      missingAnchors,
      goldPairs: tp + fn,
      predictedPairs: tp + fp,
      truePairs: tp
    },
    details,
    extra,
    dedupErrors
  }
}

/** Fills in events.f1 (kept separate so the report object stays a plain literal above). */
export const finalizeReport = (r: EvalReport): EvalReport => {
  const { p, r: rec } = r.events
  return { ...r, events: { p, r: rec, f1: p + rec === 0 ? 0 : (2 * p * rec) / (p + rec) } }
}
