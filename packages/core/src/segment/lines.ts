/** A paragraph of the cleaned text: [start, end) in clean offsets. */
export interface Line {
  readonly start: number
  readonly end: number
  readonly text: string
}

export const splitLines = (text: string): Array<Line> => {
  const out: Array<Line> = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf("\n", start)
    if (end < 0) end = text.length
    if (end > start) out.push({ start, end, text: text.slice(start, end) })
    start = end + 1
  }
  return out
}
