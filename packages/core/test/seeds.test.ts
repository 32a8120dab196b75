import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { evaluate } from "../src/eval/run.ts"
import { CoreLive } from "../src/pipeline.ts"

const seeds = new URL("../../../seeds/", import.meta.url).pathname

// Regression guard on the development set; the scores themselves come from `dashiji eval`.
describe("seed evaluation", () => {
  it("keeps event detection and start dates at or above the issue thresholds", async () => {
    const r = await Effect.runPromise(evaluate(`${seeds}gold.jsonl`, seeds).pipe(Effect.provide(CoreLive)))
    expect(r.counts.missingAnchors).toBe(0)
    expect(r.events.f1).toBeGreaterThanOrEqual(0.9)
    expect(r.start).toBeGreaterThanOrEqual(0.9)
  })
})
