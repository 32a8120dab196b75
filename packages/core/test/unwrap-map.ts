import { expect } from "vitest"
import type { MappedText } from "../src/clean/builder.ts"
import { decodeEntityAt } from "../src/clean/entities.ts"

// What the unwrap tests check of an offset map, shared by unwrap.test.ts and unwrap-offsets.test.ts.

export const isIdeograph = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)

/**
 * The raw source of clean character i: the same character, or the start of the escape or entity that
 * produced it (\uXXXX, \uD8xx\uDCxx, &name;, &#…;).
 */
export const producedBy = (raw: string, at: number, ch: string): boolean => {
  if (raw.startsWith(ch, at)) return true
  const u = /^\\u([0-9a-fA-F]{4})/.exec(raw.slice(at, at + 6))
  if (u !== null && parseInt(u[1]!, 16) === ch.charCodeAt(0)) return true
  if (raw[at] === "&") return decodeEntityAt(raw, at)?.text === ch
  return false
}

/** Every clean ideograph maps to its source; the map never goes backwards and ends at the raw end. */
export const expectExactMap = (raw: string, m: MappedText) => {
  expect(m.map.length).toBe(m.text.length + 1)
  for (let i = 0; i < m.text.length; i++) {
    expect(m.map[i]!).toBeLessThanOrEqual(m.map[i + 1]!)
    const ch = m.text[i]!
    if (isIdeograph(ch.charCodeAt(0))) expect(producedBy(raw, m.map[i]!, ch), `clean ${i} ${ch} ← raw ${m.map[i]}`).toBe(true)
  }
  expect(m.map[m.text.length]).toBe(raw.length)
}
