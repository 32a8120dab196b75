import { Args, Command, Options } from "@effect/cli"
import { evaluateSets, loadGoldSet, parseGoldFile, type EvalReport, type GoldSet, type MentionDetail } from "@dashiji/core"
import { Effect, Option } from "effect"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename } from "node:path"
import { knowledgeLayer, rosterOption } from "../knowledge.ts"

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

const defaultSets = ["seeds", "eval/corpus", "eval/collected"]
const hasGold = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => /^gold.*\.jsonl$/.test(f))

const list = (xs: ReadonlyArray<string>) => (xs.length === 0 ? "–" : xs.join("、"))

/** One block per gold mention that was missed or scored wrong: what gold says, what was predicted, and why. */
const detailLines = (d: MentionDetail): Array<string> => {
  const p = d.predicted
  const problems: Array<string> = []
  if (d.matched === null) problems.push(`MISS (${d.reason ?? "?"})`)
  if (p !== undefined && d.matched !== null) {
    if (p.start !== d.goldStart) problems.push("start")
    if ((p.end ?? null) !== d.goldEnd) problems.push("end")
    if (p.kind !== d.goldKind) problems.push("kind")
    if (list([...p.people].sort()) !== list([...d.goldPeople].sort())) problems.push("people")
    if (list([...p.places].sort()) !== list([...d.goldPlaces].sort())) problems.push("places")
  }
  const out = [`${problems.length === 0 ? "ok  " : "BAD "} ${d.doc} «${d.anchor}» ${d.id} ${problems.join(" ")}`]
  if (problems.length === 0) return out
  out.push(`     gold: ${d.goldStart}${d.goldEnd ? `..${d.goldEnd}` : ""} ${d.goldKind} people ${list(d.goldPeople)} places ${list(d.goldPlaces)}`)
  if (p !== undefined)
    out.push(
      `     pred: ${p.start}${p.end ? `..${p.end}` : ""} (year: ${p.yearSource}) ${p.kind} span ${p.span[0]}–${p.span[1]} «${p.title.slice(0, 40)}»`,
      `           people ${list(p.people)} places ${list(p.places)}`
    )
  return out
}

export const evalCommand = Command.make(
  "eval",
  {
    sets: Args.directory({ name: "SET" }).pipe(
      Args.withDescription("gold set folders (gold*.jsonl + raw/); default: seeds, eval/corpus, eval/collected"),
      Args.repeated
    ),
    gold: Options.file("gold").pipe(Options.optional, Options.withDescription("one gold file (JSON Lines), with --docs")),
    docs: Options.directory("docs").pipe(Options.optional, Options.withDescription("folder holding the documents of --gold")),
    json: Options.boolean("json").pipe(Options.withDescription("print the scores as one JSON object")),
    details: Options.boolean("details").pipe(Options.withDescription("list every gold mention missed or scored wrong, with what was predicted")),
    all: Options.boolean("all").pipe(Options.withDescription("with --details, list the mentions scored right too")),
    year: Options.integer("year").pipe(Options.optional),
    roster: rosterOption
  },
  ({ sets, gold, docs, json, details, all, year, roster }) =>
    Effect.gen(function* () {
      const chosen: Array<GoldSet> = []
      if (Option.isSome(gold)) {
        const g = yield* Effect.try({ try: () => parseGoldFile(readFileSync(gold.value, "utf8")), catch: (e) => new Error(`cannot read gold file ${gold.value}: ${String(e)}`) })
        chosen.push({ name: basename(gold.value), gold: g, docsDir: Option.getOrElse(docs, () => ".") })
      }
      // by default every development set that has annotations yet (the held-out set only when named)
      const dirs = sets.length > 0 || chosen.length > 0 ? sets : defaultSets.filter(hasGold)
      for (const d of dirs) chosen.push(yield* loadGoldSet(d))
      const result = yield* evaluateSets(chosen, { year: Option.getOrUndefined(year) })
      const columns = result.sets.length > 1 ? [...result.sets, { name: "overall", report: result.overall }] : result.sets
      if (json) {
        const strip = (r: EvalReport) => (details ? r : { ...r, details: undefined, extra: undefined })
        const out = result.sets.length === 1 ? strip(result.sets[0]!.report) : { sets: Object.fromEntries(result.sets.map((s) => [s.name, strip(s.report)])), overall: strip(result.overall) }
        process.stdout.write(`${JSON.stringify(out)}\n`)
        return
      }
      process.stdout.write(`${table(columns)}\n`)
      if (details)
        for (const s of result.sets)
          for (const d of s.report.details) {
            const lines = detailLines(d)
            if (all || lines.length > 1) process.stdout.write(`${lines.join("\n")}\n`)
          }
      if (details)
        for (const s of result.sets)
          for (const x of s.report.extra) process.stdout.write(`EXTRA ${x.doc} span ${x.span[0]}–${x.span[1]} ${x.start} «${x.title.slice(0, 50)}»\n`)
    }).pipe(Effect.provide(knowledgeLayer(roster)))
).pipe(Command.withDescription("score extraction against gold sets (GOLD-FORMAT), per set and overall"))
