import { describe, expect, it } from "vitest"
import { once } from "../src/knowledge/once.ts"

describe("once", () => {
  it("reads on first use, then returns the same value without reading again", () => {
    let reads = 0
    const load = once(() => ({ read: ++reads }))
    expect(reads).toBe(0)
    const first = load()
    expect(load()).toBe(first)
    expect(reads).toBe(1)
  })
  it("keeps a value that is itself empty (null, 0, an empty string) rather than reading again", () => {
    let reads = 0
    const load = once(() => {
      reads++
      return null
    })
    load()
    load()
    expect(reads).toBe(1)
  })
})
