import { Command } from "@effect/cli"
import { collectDocuments, CoreLive, describeDocumentError, parseCorpus } from "@dashiji/core"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url))

// Interim main job: prints the parsed chronicle of seeds/ readably (the terminal browser replaces it).
export const startCommand = Command.make("start", {}, () =>
  Effect.gen(function* () {
    const { inputs } = yield* collectDocuments([seedsDir])
    const r = yield* parseCorpus(inputs)
    let month = ""
    for (const e of r.events) {
      const m = e.date.start.slice(0, 7)
      if (m !== month) {
        month = m
        process.stdout.write(`\n## ${m.replace(/^(\w{4})-(\d{2})$/, (_, y, mm) => `${y}年${Number(mm)}月`)}\n`)
      }
      const people = e.people.map((p) => p.name).join("、")
      process.stdout.write(`${e.date.start}${e.date.end ? `至${e.date.end}` : ""}  [${e.kind}] ${e.title}${people ? `  (${people})` : ""}\n`)
    }
    for (const e of r.errors) process.stderr.write(`${describeDocumentError(e)}\n`)
  }).pipe(Effect.provide(CoreLive))
)
