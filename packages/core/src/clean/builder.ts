/**
 * Builds cleaned text while remembering, for every output character, the raw offset it came from.
 * `map[i]` is the raw offset of clean character i; `map[text.length]` is the raw end.
 */
export class MappedTextBuilder {
  private text = ""
  private offsets = new Int32Array(1024)
  private length = 0
  // kept apart: reading the text being built would flatten the rope on every call
  private last: string | undefined = undefined

  push(text: string, rawStart: number, rawEnd: number = rawStart + text.length): void {
    const n = text.length
    if (n === 0) return
    // V8 ropes make repeated += linear; flattened once in finish()
    this.text += text
    this.last = text[n - 1]
    if (this.length + n + 1 > this.offsets.length) {
      const grown = new Int32Array(Math.max(this.offsets.length * 2, this.length + n + 1))
      grown.set(this.offsets.subarray(0, this.length))
      this.offsets = grown
    }
    // A replaced run (an entity, a collapsed space) maps every output char to the run's start,
    // except when it is a one-to-one copy.
    const offsets = this.offsets
    const at = this.length
    if (rawEnd - rawStart === n) for (let i = 0; i < n; i++) offsets[at + i] = rawStart + i
    else offsets.fill(rawStart, at, at + n)
    this.length += n
  }

  get size(): number {
    return this.length
  }

  lastChar(): string | undefined {
    return this.last
  }

  finish(rawEnd: number): MappedText {
    const map = new Int32Array(this.length + 1)
    map.set(this.offsets.subarray(0, this.length))
    map[this.length] = rawEnd
    return { text: this.text, map }
  }
}

export interface MappedText {
  readonly text: string
  readonly map: Int32Array
}

/** Raw [start, end) of the clean range [start, end). */
export const rawSpan = (m: MappedText, start: number, end: number): [number, number] => {
  if (end <= start) {
    const p = m.map[Math.min(start, m.text.length)]!
    return [p, p]
  }
  const s = m.map[start]!
  const e = m.map[end - 1]! + 1
  return [s, Math.max(s, e)]
}

/** Composes two mappings: `outer` indexes into `inner.text`, which maps to raw. */
export const compose = (inner: Int32Array, outer: MappedText): MappedText => {
  const map = new Int32Array(outer.map.length)
  for (let i = 0; i < outer.map.length; i++) {
    const j = outer.map[i]!
    map[i] = inner[Math.min(j, inner.length - 1)]!
  }
  // the end sentinel maps to the end of what it pointed at
  map[outer.map.length - 1] = inner[Math.min(outer.map[outer.map.length - 1]!, inner.length - 1)]!
  return { text: outer.text, map }
}
