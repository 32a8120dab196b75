import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { evaluateSets, loadGoldSet } from "../src/eval/run.ts"
import { CoreLive } from "../src/pipeline.ts"

const root = new URL("../../../", import.meta.url).pathname

// Floors on the real documents the rules were not written for (eval/corpus: the shared development corpus;
// eval/collected: documents collected and annotated for this project). A change that loses ground on them
// fails here; the figures themselves come from `dashiji eval` (README "Evaluation"). The held-out set is not
// scored in tests.
describe("extraction on real documents", () => {
  it("keeps every metric on the development corpora at or above its floor", async () => {
    const r = await Effect.runPromise(
      Effect.gen(function* () {
        const sets = [yield* loadGoldSet(`${root}eval/corpus`), yield* loadGoldSet(`${root}eval/collected`)]
        return yield* evaluateSets(sets)
      }).pipe(Effect.provide(CoreLive))
    )
    const o = r.overall
    // every document decodes and every anchor is found (GB18030 copies, containers, traditional mirrors)
    expect(o.counts.missingAnchors).toBe(0)
    // (the c9a chronicle pages were annotated from their start, and one page's later days are not: its items
    // count as false events, so the pooled floor is lower than before they came; the c10 news and container
    // batches, read on arrival at 0.89 and 0.76, lowered it again)
    expect(o.events.f1).toBeGreaterThanOrEqual(0.93)
    // (the c6 and c7 batches hold many entries whose year nothing on their page states: start dates there
    // count as wrong however the rest is read, so the pooled floor is lower than before they came; the c10
    // news batch's tours of 2005–2008 too, and the c12a/c13a reports whose year only their address gives;
    // raised to 0.74 when lone year headings and glued month spans in headings gave years, at 0.747; to 0.755
    // when years named with their work (2011年工作要点 in December) and SQL rows without their INSERT gave years,
    // at 0.761; the c21–c24 batches — 106 pages, most of their news never stating its year (c23a 26.9, c24a 31.3,
    // c24c 10.5 on arrival) — brought it to 0.746 with the 553 earlier documents unchanged at 0.766)
    expect(o.start).toBeGreaterThanOrEqual(0.74)
    // (the c25a annals of 1911–1949 — historical figures named without titles, 蒋百里病逝 — read on arrival at
    // 0.10, and the c26 lists and yearbook scans at 0.15 and 0.61, brought it to 0.853 with the 659 earlier
    // collected documents unchanged at 0.858)
    expect(o.people.f1).toBeGreaterThanOrEqual(0.84)
    // (the c8b news batch — tours of Taiwan and Hong Kong, venues named as places — brought the pooled
    // places below 0.71, the c9c containers — records glued in PHP arrays and JS state files — below 0.69,
    // the c10 news (cities of a tour named in a later sentence) and containers below 0.66, the c11a county
    // reports — villages and zones visited, named in lists after the lead — below 0.64; raised to 0.63 when
    // development zones and governments acting for their divisions became places, at 0.638)
    expect(o.places.f1).toBeGreaterThanOrEqual(0.63)
    // (the c8 batches type the publication of documents, 印发《…》, as other where this parser says
    // announcement — the corpus's kind list has none — so the pooled floor is lower than before they came)
    expect(o.kind).toBeGreaterThanOrEqual(0.84)
    // (the c11a county reports hold a tour whose dated stops share its id in two copies, and two events of
    // one leader on one day in one report, which are merged: the pooled floor is lower than before they came;
    // the c12/c13 batches' cross-site copies, one dated by 星期日 and the other by its day, lowered it again;
    // the c15b groups of one event told by two or three outlets, read on arrival at 0.46, and the c17a
    // containers brought it to 0.808 though the days of a visit in one report now merge; raised to 0.82 when a
    // report's paragraphs going on with the day's visit (当日下午,…) merged, at 0.829; to 0.84 when a report's
    // photo captions merged with it, at 0.845; the c21/c22 batches — a forest fire told by a chronicle and three
    // reports, a founding told by three pages, read on arrival at 0.17 and 1.0 — brought it to 0.832; the c23–c24
    // batches — three disasters told by five outlets (0.11 on arrival), delegations told twice — to 0.783; the
    // c25–c27 batches — a yearbook's census day told by two counties, two copies of a college history, read on
    // arrival at 0.0 — to 0.779, the 659 earlier collected documents unchanged at 0.740)
    expect(o.dedup.f1).toBeGreaterThanOrEqual(0.77)
  }, 120_000)
})
