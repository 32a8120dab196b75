import { fileURLToPath } from "node:url"
import { dbOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { browse } from "./tui.ts"
import { readText } from "../cli/read.ts"

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url))

export const startCommand: CommandSpec = {
  name: "start",
  summary: "the main job: ingest seeds/ into the store (once) and open the terminal browser",
  args: [],
  options: [dbOption],
  examples: [
    ["dashiji start", "data/dashiji.db with the seeds, then the browser"],
    ["dashiji start --db /tmp/try.db", "the same in another store"]
  ],
  run: async ({ options }) => {
    const { ingestPaths, newStoreNote } = await import("../heavy.ts")
    const r = await ingestPaths([seedsDir], { db: readText(options, "db"), label: "seeds/" })
    for (const p of r.problems) process.stderr.write(`dashiji start: ${p}\n`)
    process.stderr.write(`seeds/: ${r.read - r.skipped - r.failed} ingested, ${r.skipped} already stored → ${r.path}${newStoreNote(r)}\n`)
    await browse(r.path)
    return { failed: r.failed > 0 }
  }
}
