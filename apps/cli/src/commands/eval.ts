import { Command, Options } from "@effect/cli"
import { evaluate, type EvalReport } from "@dashiji/core"
import { Effect, Option } from "effect"
import { knowledgeLayer, rosterOption } from "../knowledge.ts"

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

const table = (r: EvalReport): string => {
  const rows: Array<[string, string]> = [
    ["events P / R / F1", `${pct(r.events.p)} / ${pct(r.events.r)} / ${pct(r.events.f1)}`],
    ["start exact", pct(r.start)],
    ["end exact", pct(r.end)],
    ["year right", pct(r.year)],
    ["month-day right", pct(r.monthDay)],
    ["people P / R / F1", `${pct(r.people.p)} / ${pct(r.people.r)} / ${pct(r.people.f1)}`],
    ["places P / R / F1", `${pct(r.places.p)} / ${pct(r.places.r)} / ${pct(r.places.f1)}`],
    ["kind accuracy", pct(r.kind)],
    ["dedup P / R / F1", `${pct(r.dedup.p)} / ${pct(r.dedup.r)} / ${pct(r.dedup.f1)}`],
    ["gold mentions (matched)", `${r.counts.goldMentions} (${r.counts.matched})`],
    ["predicted spans (matching)", `${r.counts.predictedSpans} (${r.counts.predictedSpansMatched})`]
  ]
  const w = Math.max(...rows.map(([k]) => k.length))
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n")
}

export const evalCommand = Command.make(
  "eval",
  {
    gold: Options.file("gold").pipe(Options.withDescription("gold annotations (JSON Lines)")),
    docs: Options.directory("docs").pipe(Options.withDescription("folder holding the gold documents")),
    json: Options.boolean("json").pipe(Options.withDescription("print the scores as one JSON object")),
    details: Options.boolean("details").pipe(Options.withDescription("also list every gold mention and what matched it")),
    year: Options.integer("year").pipe(Options.optional),
    roster: rosterOption
  },
  ({ gold, docs, json, details, year, roster }) =>
    Effect.gen(function* () {
      const report = yield* evaluate(gold, docs, { year: Option.getOrUndefined(year) })
      const { details: rows, ...scores } = report
      if (json) process.stdout.write(`${JSON.stringify(details ? report : scores)}\n`)
      else {
        process.stdout.write(`${table(report)}\n`)
        if (details) for (const d of rows) process.stdout.write(`${d.matched === null ? "MISS" : "ok  "} ${d.doc} ${d.id}${d.reason ? ` — ${d.reason}` : ""}\n`)
      }
    }).pipe(Effect.provide(knowledgeLayer(roster)))
).pipe(Command.withDescription("score extraction against gold annotations (GOLD-FORMAT)"))
