import { readFileSync } from "node:fs"
import { basename } from "node:path"
import { evaluateSets, type EvalReport, normalizePlace, type GoldSet, loadGoldSet, type MentionDetail, parseGoldFile } from "@dashiji/core"
import { Effect } from "effect"
import { Failure } from "./cli/errors.ts"
import { eagerCore, run } from "./store.ts"

const pct = (x: number) => `${(x * 100).toFixed(1)}`
const prf = (x: { p: number; r: number; f1: number }) => `${pct(x.p)}/${pct(x.r)}/${pct(x.f1)}`

const metricRows: ReadonlyArray<readonly [string, (r: EvalReport) => string]> = [
  ["events P/R/F1", (r) => prf(r.events)],
  ["start exact", (r) => pct(r.start)],
  ["end exact", (r) => pct(r.end)],
  ["year right", (r) => pct(r.year)],
  ["month-day right", (r) => pct(r.monthDay)],
  ["people P/R/F1", (r) => prf(r.people)],
  ["places P/R/F1", (r) => prf(r.places)],
  ["kind accuracy", (r) => pct(r.kind)],
  ["dedup P/R/F1", (r) => prf(r.dedup)],
  ["documents", (r) => String(r.counts.documents)],
  ["gold mentions (matched)", (r) => `${r.counts.goldMentions} (${r.counts.matched})`],
  ["predicted spans (matching)", (r) => `${r.counts.predictedSpans} (${r.counts.predictedSpansMatched})`]
]

/** Metrics down, sets across (percentages); the pooled column last when there are several sets. */
const table = (columns: ReadonlyArray<{ name: string; report: EvalReport }>): string => {
  const head = ["metric (%)", ...columns.map((c) => c.name)]
  const rows = [head, ...metricRows.map(([label, f]) => [label, ...columns.map((c) => f(c.report))])]
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n")
}


const list = (xs: ReadonlyArray<string>) => (xs.length === 0 ? "–" : xs.join("、"))

/** One block per gold mention that was missed or scored wrong: what gold says, what was predicted, and why. */
const detailLines = (d: MentionDetail): Array<string> => {
  const p = d.predicted
  const problems: Array<string> = []
  if (d.matched === null) problems.push(`MISS (${d.reason ?? "?"})`)
  if (p !== undefined && d.matched !== null) {
    if (p.start !== d.goldStart) problems.push("start")
    if ((p.end ?? null) !== d.goldEnd) problems.push("end")
    // as the score counts it: in the gold set's own kind vocabulary
    if (d.kindRight === false) problems.push("kind")
    // as the score counts them: against the union of the gold sets of the mention's id
    if (d.peopleRight === false) problems.push("people")
    if (d.placesRight === false) problems.push("places")
  }
  const out = [`${problems.length === 0 ? "ok  " : "BAD "} ${d.doc} «${d.anchor}» ${d.id} ${problems.join(" ")}`]
  if (problems.length === 0) return out
  out.push(`     gold: ${d.goldStart}${d.goldEnd ? `..${d.goldEnd}` : ""} ${d.goldKind} people ${list(d.goldPeople)} places ${list(d.goldPlaces)}`)
  // the event's other mentions add to what its people and places are scored against
  const more = (mine: ReadonlyArray<string>, all: ReadonlyArray<string> | undefined) => (all ?? []).filter((x) => !mine.includes(x))
  const morePeople = more(d.goldPeople, d.idPeople)
  const morePlaces = more(d.goldPlaces.map(normalizePlace), d.idPlaces)
  if (morePeople.length > 0 || morePlaces.length > 0)
    out.push(`     event's other mentions add: people ${list(morePeople)} places ${list(morePlaces)}`)
  if (p !== undefined)
    out.push(
      `     pred: ${p.start}${p.end ? `..${p.end}` : ""} (year: ${p.yearSource}) ${p.kind} span ${p.span[0]}–${p.span[1]} «${p.title.slice(0, 40)}»`,
      `           people ${list(p.people)} places ${list(p.places)}`
    )
  return out
}

export interface EvalRequest {
  readonly sets: ReadonlyArray<string>
  readonly gold?: string | undefined
  readonly docs?: string | undefined
  readonly json: boolean
  readonly details: boolean
  readonly all: boolean
  readonly year?: number | undefined
  readonly roster?: string | undefined
}

/** Scores gold sets; the table (with the misses under --details) or one JSON object. */
export const evaluateGold = async (o: EvalRequest): Promise<string> => {
  const chosen: Array<GoldSet> = []
  if (o.gold !== undefined) {
    let parsed
    try {
      parsed = parseGoldFile(readFileSync(o.gold, "utf8"))
    } catch (e) {
      throw new Failure(`cannot read the gold file ${o.gold}: ${e instanceof Error ? e.message : String(e)}`)
    }
    chosen.push({ name: basename(o.gold), gold: parsed, docsDir: o.docs ?? "." })
  }
  for (const d of o.sets) chosen.push(await run(loadGoldSet(d)))
  const result = await run(evaluateSets(chosen, { year: o.year }).pipe(Effect.provide(eagerCore(o.roster))))
  const columns = result.sets.length > 1 ? [...result.sets, { name: "overall", report: result.overall }] : result.sets
  if (o.json) {
    const strip = (r: EvalReport) => (o.details ? r : { ...r, details: undefined, extra: undefined, dedupErrors: undefined })
    const out = result.sets.length === 1 ? strip(result.sets[0]!.report) : { sets: Object.fromEntries(result.sets.map((s) => [s.name, strip(s.report)])), overall: strip(result.overall) }
    return `${JSON.stringify(out)}\n`
  }
  const out: Array<string> = [table(columns)]
  if (o.details) {
    for (const s of result.sets)
      for (const d of s.report.details) {
        const lines = detailLines(d)
        if (o.all || lines.length > 1) out.push(lines.join("\n"))
      }
    for (const s of result.sets) for (const x of s.report.extra) out.push(`EXTRA ${x.doc} span ${x.span[0]}–${x.span[1]} ${x.start} «${x.title.slice(0, 50)}»`)
    // a wrong pair of the dedup score: MERGED — two gold events made one; SPLIT — one gold event left as two
    for (const s of result.sets)
      for (const x of s.report.dedupErrors)
        out.push(`${x.error === "merged" ? "MERGED" : "SPLIT "} ${x.a.doc} «${x.a.anchor}» ${x.a.id} + ${x.b.doc} «${x.b.anchor}» ${x.b.id}`)
  }
  return `${out.join("\n")}\n`
}
