import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { evaluate } from "../src/eval/run.ts"
import { CoreLive } from "../src/pipeline.ts"

const seeds = new URL("../../../seeds/", import.meta.url).pathname

// Regression guard for the entity extractors on the development set (issue #3 thresholds). The seeds
// are not the target: the rules are written for other provinces and years (see entities.test.ts).
describe("entity extraction on the seeds", () => {
  it("keeps people, places and kind at or above the issue thresholds", async () => {
    const r = await Effect.runPromise(evaluate(`${seeds}gold.jsonl`, seeds).pipe(Effect.provide(CoreLive)))
    expect(r.people.f1).toBeGreaterThanOrEqual(0.92)
    expect(r.places.f1).toBeGreaterThanOrEqual(0.85)
    expect(r.kind).toBeGreaterThanOrEqual(0.9)
  })
})
