import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import type { Event } from "@dashiji/core"
import { monthlyReport } from "@dashiji/export"
import { EventStore, sqliteStoreLayer, type EventFilter, type MonthCount } from "@dashiji/store"
import { Effect, ManagedRuntime } from "effect"

/** What the browser needs from the store; every call is one query (nothing loads the whole store). */
export interface BrowserData {
  readonly months: () => Promise<ReadonlyArray<MonthCount>>
  readonly events: (filter: EventFilter) => Promise<{ items: ReadonlyArray<Event>; nextCursor: string | null }>
  readonly sourceLines: (e: Event) => Promise<ReadonlyArray<number | undefined>>
  readonly exportMonth: (month: string, dir: string) => Promise<string>
  readonly close: () => Promise<void>
}

export const openBrowserData = (db: string): BrowserData => {
  const runtime = ManagedRuntime.make(sqliteStoreLayer(db))
  const run = <A, E>(f: (s: EventStore) => Effect.Effect<A, E>) => runtime.runPromise(Effect.flatMap(EventStore, f))
  return {
    months: () => run((s) => s.months()),
    events: (filter) => run((s) => s.listEvents(filter)),
    sourceLines: (e) =>
      run((s) =>
        Effect.map(s.lineLookup(e.sources.map((x) => x.document)), (lineOf) => e.sources.map((x) => lineOf(x.document, x.span[0])))
      ),
    exportMonth: (month, dir) =>
      run((s) =>
        Effect.gen(function* () {
          const events: Array<Event> = []
          let cursor: string | undefined
          do {
            const page = yield* s.listEvents({ month, limit: 500, cursor })
            events.push(...page.items)
            cursor = page.nextCursor ?? undefined
          } while (cursor !== undefined)
          const lineOf = yield* s.lineLookup(events.flatMap((e) => e.sources.map((x) => x.document)))
          const path = resolve(dir, `dashiji-${month}.md`)
          writeFileSync(path, monthlyReport({ month, events, lineOf }))
          return path
        })
      ),
    close: () => runtime.dispose()
  }
}

