import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { CoreLive, type Event, parseCorpus } from "@dashiji/core"
import { Effect } from "effect"

export const seedsDir = new URL("../../../seeds/", import.meta.url).pathname

/** The seeds through the real parser (with dedup), and their raw decoded texts by file name. */
export const parseSeeds = async (): Promise<{ events: ReadonlyArray<Event>; texts: Map<string, string> }> => {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort()
  const result = await Effect.runPromise(
    parseCorpus(files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(seedsDir, f))) })), {}).pipe(Effect.provide(CoreLive))
  )
  if (result.errors.length > 0) throw new Error(`seeds did not parse: ${JSON.stringify(result.errors)}`)
  return { events: result.events, texts: new Map(result.documents.map((d) => [d.name, d.text])) }
}

/** Store order: start date, then id. */
export const storeOrder = (events: ReadonlyArray<Event>): Array<Event> =>
  [...events].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
