import type { Slice } from "./types.ts"

// why a headline over no dated body was dropped: the entry below a date may take it back as its title
export const undatedHeadline = "undated headline without a dated body"
// a line in brackets ((市接待办), (摘自某报)) credits the entry above it: no headline of the one below
const credit = /^\s*[(（[【]/
const onlySpace = (text: string, from: number, to: number): boolean => from <= to && text.slice(from, to).trim() === ""

/**
 * ■ 某某签订协议 / 6月11日 / 11日下午,…: a headline over a date alone on its line (or a headline its date ends)
 * over a body that opens with that day is one entry — the headline its title, its span from the headline on — not a headline dropped, a
 * date with nothing of its own and a body.
 */
export const withDatedHeadlines = (
  slices: Array<Slice>,
  text: string,
  dropped: Array<{ readonly start: number; readonly end: number; readonly reason: string }>
): Array<Slice> => {
  const out: Array<Slice> = []
  // the dropped headlines by where their text ends, so each date line finds the one right above it at once
  const headlines = new Map<number, number>()
  dropped.forEach((d, i) => {
    if (d.reason === undatedHeadline && !credit.test(text.slice(d.start, d.end))) headlines.set(d.start + text.slice(d.start, d.end).trimEnd().length, i)
  })
  const taken = new Set<number>()
  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!
    const next = slices[i + 1]
    // the date alone on its line, or ending a headline's line (■ 某某调研某部 6月11日)
    // (not a credit's line, (摘自某报) 11日, nor the end of a paragraph above the date)
    const before = s.date === null ? "" : text.slice(s.start, s.date.index)
    const alone =
      s.date !== null && (s.title === null || s.title === before.trim()) && onlySpace(text, s.date.end, s.end) && !/[。！？!?\n]/.test(before) && !credit.test(before)
    const sameDay =
      next !== undefined && s.date !== null && next.date !== null && next.date.day === s.date.day && (next.date.month === null || next.date.month === s.date.month)
    if (!alone || !sameDay || !onlySpace(text, s.end, next.start)) {
      out.push(s)
      continue
    }
    let above = s.start
    while (above > 0 && /\s/.test(text[above - 1]!)) above--
    const k = headlines.get(above)
    const headline = k === undefined ? null : dropped[k]!
    if (k !== undefined) taken.add(k)
    const own = text.slice(s.start, s.date!.index).trim()
    const title = next.title ?? (own !== "" ? own : headline === null ? null : text.slice(headline.start, headline.end).trim())
    out.push({ ...next, start: headline?.start ?? s.start, title })
    i++
  }
  // a headline now an entry's title is no longer dropped
  const kept = dropped.filter((_, i) => !taken.has(i))
  dropped.length = 0
  dropped.push(...kept)
  return out
}
