import { bundledCues, type CueCategories } from "../knowledge/cues.ts"
import { once } from "../knowledge/once.ts"

/** The chronicle-entry cues of data/entry-cues.tsv, by category. */
export interface EntryCues {
  readonly sameDay: ReadonlyArray<string>
  readonly sameDayMarks: ReadonlyArray<string>
  /** Parts of the day that open another entry of the day above when a gap, not a comma, sets them off (下午   某某出席…). */
  readonly dayParts: ReadonlyArray<string>
  readonly bullets: ReadonlyArray<string>
  readonly plan: ReadonlyArray<string>
  readonly cutoff: ReadonlyArray<string>
  readonly undated: ReadonlyArray<string>
  readonly chronicleNames: ReadonlyArray<string>
  readonly yearbook: ReadonlyArray<string>
  readonly eventNouns: ReadonlyArray<string>
  readonly localScopes: ReadonlyArray<string>
  readonly continuations: ReadonlyArray<string>
  /** How a closing line of who else took part ends its clause (省领导某某、某某参加相关活动). */
  readonly takingPartEnds: ReadonlyArray<string>
  readonly eventVerbs: ReadonlyArray<string>
  /** Words that name a day relative to a report's date, with how many days before it (null: the day the text named before). */
  readonly relativeDays: ReadonlyArray<{ readonly word: string; readonly daysBefore: number | null }>
}

/** The chronicle-entry categories of the one cue vocabulary (knowledge/cues.ts). */
export const entryCuesFrom = (by: CueCategories): EntryCues => {
  return {
    sameDay: by.get("same-day") ?? [],
    sameDayMarks: by.get("same-day-mark") ?? [],
    dayParts: by.get("day-part-entry") ?? [],
    bullets: by.get("bullet") ?? [],
    plan: by.get("plan") ?? [],
    cutoff: by.get("cutoff") ?? [],
    undated: by.get("undated") ?? [],
    chronicleNames: by.get("chronicle-name") ?? [],
    yearbook: by.get("yearbook") ?? [],
    eventNouns: by.get("event-noun") ?? [],
    localScopes: by.get("local-scope") ?? [],
    continuations: by.get("continuation") ?? [],
    takingPartEnds: by.get("taking-part-end") ?? [],
    eventVerbs: by.get("event-verb") ?? [],
    relativeDays: [...by.entries()]
      .filter(([k]) => /^relative-(?:\d|named)$/.test(k))
      .flatMap(([k, words]) => words.map((word) => ({ word, daysBefore: k === "relative-named" ? null : Number(k.slice(9)) })))
      .sort((a, b) => b.word.length - a.word.length)
  }
}

/** The bundled cues, read once with the rest of the vocabulary (the segmenter is a pure function of the text and these). */
export const bundledEntryCues = once((): EntryCues => entryCuesFrom(bundledCues()))

/**
 * A plan word ends right before `at` (将于7月22日, 将从7月21日起): the date is a schedule, not an event; or a
 * cutoff (截至3月28日): the end of a period a figure was counted over.
 */
export const plannedAt = (text: string, at: number, cues: EntryCues): boolean => {
  // 将于明日(9月25日): the date in brackets after a relative day stands for that day
  const before = text.slice(Math.max(0, at - 10), at).trimEnd().replace(relativeDayInBrackets, "")
  return cues.plan.some((w) => before.endsWith(w)) || cues.cutoff.some((w) => before.endsWith(w))
}
const relativeDayInBrackets = /\p{Script=Han}{1,2}\s*[(（]\s*$/u

/** The text says the thing happened lately without a date (近日, 日前). */
export const saysLately = (text: string, cues: EntryCues): boolean => cues.undated.some((w) => text.includes(w))

/** The first relative day word in `text` (昨天, 今天), with how many days before the report it names. */
export const relativeDayIn = (
  text: string,
  cues: EntryCues
): { readonly at: number; readonly word: string; readonly daysBefore: number | null } | null => {
  let best: { at: number; word: string; daysBefore: number | null } | null = null
  for (const r of cues.relativeDays) {
    const at = text.indexOf(r.word)
    if (at >= 0 && (best === null || at < best.at)) best = { at, ...r }
  }
  return best
}

/**
 * A paragraph that states an event of its own: its first clause does something (召开, 看望慰问 …) and it does
 * not open as the continuation of the entry above (会议强调…, 他指出…).
 */
export const statesOwnEvent = (line: string, cues: EntryCues): boolean => {
  const t = line.trim()
  if (cues.continuations.some((w) => t.startsWith(w))) return false
  const first = t.split(/[,，。；;:：]/)[0] ?? t
  // 省领导某某、某某参加相关活动: who else took part in the entry above, not an event of its own
  if (cues.takingPartEnds.some((w) => first.endsWith(w))) return false
  return first.length >= 4 && cues.eventVerbs.some((v) => first.includes(v))
}
