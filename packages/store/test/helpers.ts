import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CoreLive, parseCorpus, type DocumentInput } from "@dashiji/core"
import { Effect, type ManagedRuntime } from "effect"
import { EventStore } from "../src/EventStore.ts"
import type { EventFilter } from "../src/filter.ts"
import { sqliteStoreLayer } from "../src/layers.ts"

export const repoRoot = new URL("../../../", import.meta.url).pathname
export const seedsDir = join(repoRoot, "seeds")
export const seedInputs = (): Array<DocumentInput> =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(seedsDir, f))) }))

export const tempDb = (): string => join(mkdtempSync(join(tmpdir(), "dashiji-store-")), "test.db")

/** Runs an effect against a store on `path` (opened and closed around the call). */
export const withStore = <A, E>(path: string, f: (s: EventStore) => Effect.Effect<A, E>): Promise<A> =>
  Effect.runPromise(Effect.scoped(Effect.flatMap(EventStore, f)).pipe(Effect.provide(sqliteStoreLayer(path))) as Effect.Effect<A, E, never>)

export const parseAll = (inputs: ReadonlyArray<DocumentInput>) => Effect.runPromise(parseCorpus(inputs).pipe(Effect.provide(CoreLive)))

/** Every stored event that matches `filter` (all of them by default), by paging through the store. */
export const allEvents = (s: EventStore, filter: Omit<EventFilter, "limit" | "cursor"> = {}) =>
  Effect.gen(function* () {
    const out = []
    let cursor: string | undefined
    for (;;) {
      const page = yield* s.listEvents({ ...filter, limit: 500, cursor })
      out.push(...page.items)
      if (page.nextCursor === null) return out
      cursor = page.nextCursor
    }
  })
export type { ManagedRuntime }
