import { type DocumentMeta, normalizePlace, type Event } from "@dashiji/core"
import type { SourceOf } from "./cite.ts"
import { chinesePunctuation, displayOrganizations, displayPlaces, roleFor } from "./display.ts"
import { chineseDay, chineseMonth } from "./dates.ts"
import { kindLabel, methodLabel, warningNotes, yearReason } from "./labels.ts"
import { mergeOf } from "./notes.ts"

/**
 * A month's chronicle (大事月记) as data: what the Markdown report and the web reader's month page both
 * show, computed once so that the two say the same. Pure; text is raw (each renderer escapes for itself).
 */

export interface ChronicleInput {
  /** YYYY-MM (XXXX-MM for events whose year is unknown). */
  readonly month: string
  /** Events; only those starting in `month` are reported, in date order whatever order they come in. */
  readonly events: ReadonlyArray<Event>
  /**
   * 1-based line of a raw offset (UTF-16 code units) in a document, when the caller has the documents or
   * their line starts (see `lineIndex`). Without it, or when it answers undefined, notes give the span only.
   */
  readonly lineOf?: (document: string, offset: number) => number | undefined
  /**
   * Each document's metadata (title, publisher, publication date, URL), when known: notes then cite the
   * source by those, with the file, line and span as a detail.
   */
  readonly sourceOf?: SourceOf
}

/** Where one source of an event is: document, lines, span, and how it was merged into the first source. */
export interface SourceNote {
  readonly eventId: string
  readonly document: string
  readonly span: readonly [number, number]
  readonly firstLine: number | undefined
  readonly lastLine: number | undefined
  readonly merge: { readonly method: string; readonly score: number } | undefined
  /** The document's metadata, when the caller knows it. */
  readonly source?: DocumentMeta | undefined
}

export interface ChronicleEntry {
  readonly event: Event
  /** The title and summary as displayed (Chinese punctuation between Chinese characters; the record's own text is raw). */
  readonly title: string
  readonly summary: string
  /** The organisations, without job titles. */
  readonly organizations: ReadonlyArray<string>
  /** The places, one form each. */
  readonly places: ReadonlyArray<string>
  /** 2月4日至6日. */
  readonly day: string
  readonly kind: string
  /** 1-based numbers of the event's source notes. */
  readonly notes: ReadonlyArray<number>
  readonly people: ReadonlyArray<{ readonly name: string; readonly titles: ReadonlyArray<string>; readonly role: string }>
  /** The year's reason and the warnings: `label` text is the project's own, the rest came from the input. */
  readonly remarks: ReadonlyArray<{ readonly text: string; readonly label: boolean }>
}

export interface ChronicleDay {
  /** 2月3日, or 本月（具体日期不详） for events known only to the month. */
  readonly heading: string
  readonly entries: ReadonlyArray<ChronicleEntry>
}

export interface PersonIndexEntry {
  readonly name: string
  readonly pinyin: string
  readonly titles: ReadonlyArray<string>
  readonly days: ReadonlyArray<string>
  /** For each of `days`, the heading of the chronicle's day the entry stands under. */
  readonly headings: ReadonlyArray<string>
}

export interface Chronicle {
  readonly month: string
  /** 2020年2月. */
  readonly title: string
  readonly events: ReadonlyArray<Event>
  /** Events on each day of the month (a range counts on every day it covers). */
  readonly perDay: ReadonlyArray<number>
  readonly activeDays: number
  readonly documents: number
  readonly mergedCount: number
  readonly inferred: number
  /** Kind labels with counts, most first. */
  readonly kinds: ReadonlyArray<readonly [string, number]>
  /** People who took part (not merely mentioned) in more than one event, most first, at most 8. */
  readonly topPeople: ReadonlyArray<readonly [string, number]>
  /** Places (spellings of one place merged, the longest shown), most first, at most 10. */
  readonly topPlaces: ReadonlyArray<readonly [string, number]>
  readonly days: ReadonlyArray<ChronicleDay>
  readonly index: ReadonlyArray<PersonIndexEntry>
  readonly notes: ReadonlyArray<SourceNote>
}

// Pinyin order for the people index; code points break ties so the order is total.
const collator = new Intl.Collator("zh-Hans-u-co-pinyin")
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const dayNumber = (iso: string): number | null => (iso.length >= 10 ? Number(iso.slice(8, 10)) : null)

/** Day events by start, then end, then id; events known only to the month come last. */
const byDate = (a: Event, b: Event): number => {
  const da = dayNumber(a.date.start)
  const db = dayNumber(b.date.start)
  if ((da === null) !== (db === null)) return da === null ? 1 : -1
  return cmp(a.date.start, b.date.start) || cmp(a.date.end ?? "", b.date.end ?? "") || cmp(a.id, b.id)
}

export const daysInMonth = (month: string): number => {
  const [y, m] = month.split("-")
  // the undated events (XXXX) have no days to lay out
  if (m === undefined) return 0
  const year = y === "XXXX" || y === undefined ? 2000 : Number(y) // 2000: a leap year, so 2月 keeps its 29th
  return new Date(Date.UTC(year, Number(m), 0)).getUTCDate()
}

const top = (counts: Map<string, number>, n: number): Array<[string, number]> => [...counts].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).slice(0, n)

/** The days of the month an event covers (a 2月4日至6日 inspection is activity on the 4th, 5th and 6th). */
const coveredDays = (e: Event, month: string, days: number): Array<number> => {
  const first = dayNumber(e.date.start)
  if (first === null) return []
  const end = e.date.end
  const last = end === null || end.length < 10 ? first : end.startsWith(month) ? (dayNumber(end) ?? first) : days
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i)
}

const sourceNote = (e: Event, i: number, lineOf: ChronicleInput["lineOf"], sourceOf?: SourceOf): SourceNote => {
  const s = e.sources[i]!
  const m = mergeOf(e, i)
  return {
    eventId: e.id,
    document: s.document,
    span: s.span,
    firstLine: lineOf?.(s.document, s.span[0]),
    lastLine: lineOf?.(s.document, Math.max(s.span[0], s.span[1] - 1)),
    merge: m === undefined ? undefined : { method: methodLabel[m.method], score: m.score },
    source: sourceOf?.(s.document)
  }
}

export const monthlyChronicle = (input: ChronicleInput): Chronicle => {
  const { month } = input
  const events = input.events.filter((e) => e.date.start.startsWith(month)).slice().sort(byDate)
  const days = daysInMonth(month)
  const docs = new Set(events.flatMap((e) => e.sources.map((s) => s.document)))
  const perDay = Array.from({ length: days }, () => 0)
  for (const e of events) for (const d of coveredDays(e, month, days)) if (d >= 1 && d <= days) perDay[d - 1]! += 1

  const kinds = new Map<string, number>()
  for (const e of events) kinds.set(kindLabel[e.kind], (kinds.get(kindLabel[e.kind]) ?? 0) + 1)
  // people who took part (not those merely mentioned), each counted once per event
  const people = new Map<string, number>()
  for (const e of events) for (const name of new Set(e.people.filter((p) => p.role !== "mentioned").map((p) => p.name))) people.set(name, (people.get(name) ?? 0) + 1)
  // 郑州 and 郑州市 are one place: group by the name without its administrative suffix, show the longest spelling
  const placeGroups = new Map<string, { names: Map<string, number>; events: number }>()
  for (const e of events) {
    const seen = new Set<string>()
    for (const p of e.places) {
      const key = normalizePlace(p.name)
      const g = placeGroups.get(key) ?? { names: new Map<string, number>(), events: 0 }
      g.names.set(p.name, (g.names.get(p.name) ?? 0) + 1)
      if (!seen.has(key)) g.events += 1
      seen.add(key)
      placeGroups.set(key, g)
    }
  }
  const places = new Map<string, number>()
  for (const g of placeGroups.values()) {
    const shown = [...g.names.keys()].sort((a, b) => b.length - a.length || cmp(a, b))[0]!
    places.set(shown, g.events)
  }

  const notes: Array<SourceNote> = []
  const index = new Map<string, { pinyin: string; titles: Set<string>; days: Array<string>; headings: Array<string> }>()
  const byDay: Array<{ heading: string; entries: Array<ChronicleEntry> }> = []
  for (const e of events) {
    const d = dayNumber(e.date.start)
    const heading = d === null ? "本月（具体日期不详）" : `${Number(e.date.start.slice(5, 7))}月${d}日`
    if (byDay.at(-1)?.heading !== heading) byDay.push({ heading, entries: [] })
    const refs = e.sources.map((_, i) => {
      notes.push(sourceNote(e, i, input.lineOf, input.sourceOf))
      return notes.length
    })
    const reason = yearReason[e.date.year.source]
    const remarks = [
      ...(reason === null ? [] : [{ text: reason, label: true }]),
      ...warningNotes(e.warnings).map((text) => ({ text, label: true }))
    ].filter((r) => r.text.length > 0)
    byDay.at(-1)!.entries.push({
      event: e,
      title: chinesePunctuation(e.title),
      summary: chinesePunctuation(e.summary),
      organizations: displayOrganizations(e).map(chinesePunctuation),
      places: displayPlaces(e),
      day: chineseDay(e),
      kind: kindLabel[e.kind],
      notes: refs,
      people: e.people.map((p) => ({ name: p.name, titles: p.titles.map(chinesePunctuation), role: roleFor(e.kind, p.role) })),
      remarks
    })
    for (const p of e.people) {
      const entry = index.get(p.name) ?? { pinyin: p.pinyin, titles: new Set<string>(), days: [], headings: [] }
      p.titles.forEach((t) => entry.titles.add(chinesePunctuation(t)))
      const day = d === null ? "日期不详" : chineseDay(e)
      if (!entry.days.includes(day)) {
        entry.days.push(day)
        entry.headings.push(heading)
      }
      index.set(p.name, entry)
    }
  }

  return {
    month,
    title: chineseMonth(month),
    events,
    perDay,
    activeDays: perDay.filter((n) => n > 0).length,
    documents: docs.size,
    mergedCount: events.filter((e) => e.sources.length > 1).length,
    inferred: events.filter((e) => yearReason[e.date.year.source] !== null).length,
    kinds: top(kinds, kinds.size),
    // "most active" says something only of people with more than one event
    topPeople: top(new Map([...people].filter(([, n]) => n > 1)), 8),
    topPlaces: top(places, 10),
    days: byDay,
    index: [...index].sort((a, b) => byName(a[0], b[0])).map(([name, v]) => ({ name, pinyin: v.pinyin, titles: [...v.titles], days: v.days, headings: v.headings })),
    notes
  }
}
