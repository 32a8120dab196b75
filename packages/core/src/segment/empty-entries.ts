import { cutBeforeItsVerb } from "./entry-lines.ts"
import type { EntryCues } from "./cues.ts"
import type { Slice } from "./types.ts"

const hanText = /\p{Script=Han}/u

/**
 * The entries that say something of their own: a date whose entries all follow as same-day entries
 * (5日 / △ … / △ …) says nothing, and a page's excerpt cut in its last entry before the entry says what
 * happened (3日 某县人事) gives no event. What goes is recorded in `dropped` with the reason.
 */
export const withTextOfTheirOwn = (
  slices: ReadonlyArray<Slice>,
  text: string,
  cues: EntryCues,
  dropped: Array<{ readonly start: number; readonly end: number; readonly reason: string }>
): Array<Slice> =>
  slices.filter((s, i) => {
    const from = s.date === null ? s.bodyStart : Math.max(s.date.end, s.bodyStart)
    const body = text.slice(from, s.end)
    const keep = s.title !== null || hanText.test(body)
    if (!keep) dropped.push({ start: s.start, end: s.end, reason: "a date with no text of its own" })
    const cut = keep && i === slices.length - 1 && s.title === null && cutBeforeItsVerb(body, cues)
    if (cut) dropped.push({ start: s.start, end: s.end, reason: "the last entry is cut before its verb" })
    return keep && !cut
  })
