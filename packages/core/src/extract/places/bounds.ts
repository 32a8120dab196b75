import { charTable } from "../chars.ts"
import { cueWords } from "../../knowledge/cues.ts"
import type { Scan } from "./types.ts"

// Where a slot of places may end or be cut: punctuation, end words (调研, 召开), tails (施工现场) and
// separators (、和). endsAt and genericLength call each other: 等企业检查 ends only when what follows does.

// what ends a slot whatever the words (punctuation and line breaks)
export const slotBreaks = charTable("，,。；;：:！!？?\n\r")
const softSeparators = cueWords("place-separator")

const startsWithAny = (text: string, at: number, words: Iterable<string>): string | null => {
  let best: string | null = null
  for (const w of words) if (text.startsWith(w, at) && (best === null || w.length > best.length)) best = w
  return best
}

/** Length of the tails (施工现场, 的车间内, 上) at `at`; 0 when none. */
export const tailLength = (s: Scan, at: number): number => {
  let p = at
  for (let n = 0; n < 3; n++) {
    const t = s.ctx.cues.tails.longestAt(s.text, p)
    if (t === null) break
    p += t.length
  }
  return p - at
}

/** Can a slot end at `at` (after optional tails): punctuation, an end word, 等(地/企业…) before one, the end? */
export const endsAt = (s: Scan, at: number, depth = 0): boolean => {
  const { text } = s
  const p = at + tailLength(s, at)
  const c = text[p]
  if (c === undefined || slotBreaks[text.charCodeAt(p)] === 1 || /\s/.test(c)) return true
  if (s.ctx.cues.ends.startsAt(text, p) && s.ctx.cues.ends.longestAt(text, p) !== null) return true
  for (const w of s.extraEnds) if (text.startsWith(w, p)) return true
  // 等企业检查, 等地检查: 等 closes a list only when what follows ends the slot
  if (c === "等" && depth === 0) {
    let q = p + 1
    if (text[q] === "地") q++
    q += genericLength(s, q, 1)
    return endsAt(s, q, depth + 1)
  }
  return false
}

export const separatorAt = (text: string, at: number): string | null => startsWithAny(text, at, softSeparators)

export const boundaryAt = (s: Scan, at: number): boolean => endsAt(s, at) || separatorAt(s.text, at) !== null

/** Generic words (企业, 农村, 防疫机构) at `at` followed by a boundary: their length, 0 when none. */
export const genericLength = (s: Scan, at: number, depth = 0): number => {
  if (!s.ctx.cues.generic.longStartsAt(s.text, at)) return 0
  let best = 0
  for (const w of s.ctx.cues.generic.allAt(s.text, at)) if (w.length >= 2 && (depth > 0 || boundaryAt(s, at + w.length))) best = w.length
  return best
}
