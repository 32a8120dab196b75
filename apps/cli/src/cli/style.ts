import { eastAsianWidth } from "get-east-asian-width"

/**
 * Colour only for a person at a terminal: not in a pipe or a file, not with NO_COLOR set
 * (no-color.org: any non-empty value), not on a dumb terminal.
 */
export const colorFor = (stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean =>
  stream.isTTY === true && (env["NO_COLOR"] ?? "") === "" && env["TERM"] !== "dumb"

export interface Style {
  readonly bold: (s: string) => string
  readonly dim: (s: string) => string
  readonly accent: (s: string) => string
}

const plain: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s }
const ansi: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  accent: (s) => `\u001b[36m${s}\u001b[39m`
}

export const styleFor = (stream: { readonly isTTY?: boolean }): Style => (colorFor(stream) ? ansi : plain)

// zero-width: combining marks, variation selectors, joiners and other format characters
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]$/u

/** Columns one code point takes: wide and fullwidth (CJK) two, marks and controls none, others one. */
const codePointWidth = (ch: string): number => {
  const cp = ch.codePointAt(0)!
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if (cp < 0x300) return 1
  if (zeroWidth.test(ch)) return 0
  return eastAsianWidth(cp)
}

/** Columns a string takes in a terminal: CJK characters two, combining marks none (East Asian Width). */
export const width = (s: string): number => {
  // the common case, plain ASCII, in one test
  if (/^[\x20-\x7e]*$/.test(s)) return s.length
  let w = 0
  for (const ch of s) w += codePointWidth(ch)
  return w
}

/** Pads to a display width (CJK counted as two columns). */
export const padEnd = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - width(s)))
export const padStart = (s: string, w: number): string => " ".repeat(Math.max(0, w - width(s))) + s

/** Cuts to a display width with an ellipsis, never in the middle of a wide character. */
export const truncate = (s: string, w: number): string => {
  if (width(s) <= w) return s
  if (w <= 1) return w === 1 ? "…" : ""
  let out = ""
  let used = 0
  for (const ch of s) {
    const cw = codePointWidth(ch)
    if (used + cw > w - 1) break
    out += ch
    used += cw
  }
  return `${out}…`
}

/** The terminal's width when stdout is one, else undefined (a pipe or a file gets whole lines). */
export const terminalColumns = (): number | undefined => (process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : undefined)
