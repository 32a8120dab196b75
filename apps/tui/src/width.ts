/** Terminal columns of a character: CJK and full-width forms take two. */
export const charWidth = (cp: number): number => {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2
  return 1
}

export const displayWidth = (s: string): number => {
  let w = 0
  for (const ch of s) w += charWidth(ch.codePointAt(0)!)
  return w
}

/** Cut to at most `width` columns, ending with … when something was cut. */
export const truncate = (s: string, width: number): string => {
  if (width <= 0) return ""
  if (displayWidth(s) <= width) return s
  let out = ""
  let w = 0
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!)
    if (w + cw > width - 1) break
    out += ch
    w += cw
  }
  return `${out}…`
}

/** Truncate, then pad with spaces to exactly `width` columns. */
export const fit = (s: string, width: number): string => {
  const t = truncate(s.replace(/\s+/g, " "), width)
  return t + " ".repeat(Math.max(0, width - displayWidth(t)))
}

/** Wrap text into lines of at most `width` columns. */
export const wrap = (s: string, width: number): Array<string> => {
  const lines: Array<string> = []
  for (const para of s.split("\n")) {
    let line = ""
    let w = 0
    for (const ch of para) {
      const cw = charWidth(ch.codePointAt(0)!)
      if (w + cw > width) {
        lines.push(line)
        line = ""
        w = 0
      }
      line += ch
      w += cw
    }
    lines.push(line)
  }
  return lines
}
