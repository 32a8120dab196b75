import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { delimiter, dirname, join, resolve } from "node:path"
import { decodeBytes, type Event } from "@dashiji/core"
import { citePlain, eventsToCsv, monthlyReport } from "@dashiji/export"
import {
  browseEvents,
  countEventsAtPlaces,
  dayCounts,
  EventQuery,
  mentionOrigin,
  peoplePinyin,
  peopleSummary,
  personDetails,
  placesSummary,
  browseLayer,
  type MonthCount,
  type Page,
  type PersonDetails,
  type PersonSummary
} from "@dashiji/store"
import { Effect, Either, ManagedRuntime } from "effect"
import { listToMarkdown, peopleToCsvRows, peopleToMarkdown, placesToCsvRows, placesToMarkdown } from "./exports.ts"
import { groupPlaces, type PlaceGroup, recountPlaces } from "./places.ts"
import type { SourceDoc } from "./source.ts"
import { type EventSort, type ExportTarget, type ListQuery, sortEvents, spreadCounts } from "./state.ts"

/**
 * The queries the browser answers at once. SQLite answers synchronously (better-sqlite3), so the browser runs
 * them inside the key's update and draws one frame per key, with the rows already in it; an async query would
 * hold the event loop just as long and cost a second frame.
 */
export interface BrowserNow {
  readonly months: () => ReadonlyArray<MonthCount>
  readonly people: () => ReadonlyArray<PersonSummary>
  /** Pinyin and latest titles of these people (cached). */
  readonly personDetails: (names: ReadonlyArray<string>) => ReadonlyMap<string, PersonDetails>
  readonly peoplePinyin: () => ReadonlyMap<string, string>
  readonly places: () => ReadonlyArray<PlaceGroup>
  /** The places with spellings merged, counts summed (an event naming a place both ways counted twice). */
  readonly placeGroups: () => ReadonlyArray<PlaceGroup>
  /** Events naming any of a place's spellings, each once. */
  readonly placeCount: (names: ReadonlyArray<string>) => number
  /** Events per day of a year (YYYY), ranges spread over their days. */
  readonly dayCounts: (year: string) => Record<string, number>
  readonly events: (query: ListQuery, cursor: string | null, limit: number) => Page
  /** Does the store answer this search by reading every event's text (no index serves it)? */
  readonly searchScans: (q: string) => boolean
  /** Line numbers of an event's sources (document line starts cached). */
  readonly sourceLines: (e: Event) => ReadonlyArray<number | undefined>
  /** The raw document behind a source span (found on disk by name and checked by content hash). */
  readonly sourceText: (document: string, span: readonly [number, number]) => SourceDoc
}

/** What the browser needs from the store; every call is one query (nothing loads the whole store). */
export interface BrowserData {
  readonly now: BrowserNow
  readonly months: () => Promise<ReadonlyArray<MonthCount>>
  readonly people: () => Promise<ReadonlyArray<PersonSummary>>
  readonly places: () => Promise<ReadonlyArray<PlaceGroup>>
  readonly dayCounts: (year: string) => Promise<Record<string, number>>
  readonly events: (query: ListQuery, cursor: string | null, limit: number) => Promise<Page>
  readonly sourceLines: (e: Event) => Promise<ReadonlyArray<number | undefined>>
  readonly sourceText: (document: string, span: readonly [number, number]) => Promise<SourceDoc>
  readonly exportMonth: (month: string, dir: string) => Promise<string>
  readonly exportList: (target: ExportTarget, format: "csv" | "md", dir: string) => Promise<string>
  readonly close: () => Promise<void>
}

export interface BrowserOptions {
  /**
   * Folders the ingested files came from (the store keeps names and hashes, not the text); also read from
   * DASHIJI_SOURCES (paths separated by the platform's delimiter). The working folder and the store's folder are
   * searched too, three levels deep.
   */
  readonly sources?: ReadonlyArray<string>
}

const SKIP_DIR = /^(\.|node_modules$)/
const MAX_DIRS = 4000

/** Folders under `root`, `depth` levels deep (dot folders and node_modules skipped), at most MAX_DIRS. */
const foldersUnder = (root: string, depth: number): Array<string> => {
  const out = [root]
  for (let i = 0; i < out.length && out.length < MAX_DIRS; i++) {
    const dir = out[i]!
    const level = dir === root ? 0 : dir.slice(root.length).split(/[\\/]/).filter((x) => x.length > 0).length
    if (level >= depth) continue
    let entries: Array<string> = []
    try {
      entries = readdirSync(dir)
    } catch {
      continue
    }
    for (const name of entries) {
      if (SKIP_DIR.test(name)) continue
      const full = join(dir, name)
      try {
        if (statSync(full).isDirectory()) out.push(full)
      } catch {
        // unreadable entries are not sources
      }
    }
  }
  return out
}

export const openBrowserData = (db: string, options: BrowserOptions = {}): BrowserData => {
  const runtime = ManagedRuntime.make(browseLayer(db))
  const sync = <A, E, R>(e: Effect.Effect<A, E, R>): A => runtime.runSync(e as Effect.Effect<A, E, never>)
  const store = () => sync(EventQuery)

  const events = (query: ListQuery, cursor: string | null, limit: number): Page => {
    const c = cursor ?? undefined
    if (query.type === "filter") {
      const f = query.filter
      // a person's timeline (the people view) is read along the person index, a page at a time
      if (f.person !== undefined && f.month === undefined && f.q === undefined && f.place === undefined) return sync(browseEvents({ person: f.person, kind: f.kind, limit, cursor: c }))
      return sync(store().listEvents({ ...f, limit, cursor: c }))
    }
    if (query.type === "places") return sync(browseEvents({ places: query.names, kind: query.kind, limit, cursor: c }))
    return sync(browseEvents({ day: query.day, kind: query.kind, limit, cursor: c }))
  }
  const everything = (query: ListQuery, sort: EventSort): ReadonlyArray<Event> => {
    const items: Array<Event> = []
    let cursor: string | null = null
    do {
      const page = events(query, cursor, 500)
      items.push(...page.items)
      cursor = page.nextCursor
    } while (cursor !== null)
    return sortEvents(items, sort)
  }

  const details = new Map<string, PersonDetails>()
  const personDetailsNow = (names: ReadonlyArray<string>): ReadonlyMap<string, PersonDetails> => {
    const missing = names.filter((n) => !details.has(n))
    if (missing.length > 0) {
      const found = sync(personDetails(missing))
      for (const n of missing) details.set(n, found.get(n) ?? { pinyin: "", titles: [], latest: "" })
    }
    return details
  }
  const lines = new Map<string, (offset: number) => number | undefined>()
  const sourceLinesNow = (e: Event): ReadonlyArray<number | undefined> => {
    const missing = [...new Set(e.sources.map((s) => s.document))].filter((d) => !lines.has(d))
    if (missing.length > 0) {
      const lookup = sync(store().lineLookup(missing))
      for (const d of missing) lines.set(d, (offset) => lookup(d, offset))
    }
    return e.sources.map((s) => lines.get(s.document)?.(s.span[0]))
  }

  const roots = [...(options.sources ?? []), ...(process.env["DASHIJI_SOURCES"] ?? "").split(delimiter).filter((x) => x.length > 0), process.cwd(), dirname(resolve(db))].map((r) => resolve(r))
  let folders: Array<string> | undefined
  const byHash = new Map<string, { text: string; path: string }>()
  const findFile = (document: string, hash: string): { text: string; path: string } | null => {
    const hit = byHash.get(hash)
    if (hit !== undefined) return hit
    folders ??= [...new Set(roots.flatMap((r) => foldersUnder(r, 3)))]
    for (const dir of folders) {
      const path = join(dir, document)
      if (!existsSync(path)) continue
      let bytes: Buffer
      try {
        bytes = readFileSync(path)
      } catch {
        continue
      }
      if (createHash("sha256").update(bytes).digest("hex") !== hash) continue
      const decoded = decodeBytes(document, new Uint8Array(bytes))
      if (Either.isLeft(decoded)) continue
      const found = { text: decoded.right.text, path }
      byHash.set(hash, found)
      return found
    }
    return null
  }
  const sourceTextNow = (document: string, span: readonly [number, number]): SourceDoc => {
    const origin = sync(mentionOrigin(document, span))
    if (origin === null) return { status: "missing", reason: "库中没有这段来源的记录", clean: "" }
    // a document with metadata is cited by title, publisher, date and link
    const cited = citePlain(document, sync(store().documentsMeta([document])).get(document))
    const cite = cited === document ? undefined : cited
    const file = findFile(document, origin.contentHash)
    if (file !== null) return { status: "found", ...file, cite }
    return {
      status: "missing",
      cite,
      reason: `未找到原文 ${document}（库中只存文件名和内容哈希；用 DASHIJI_SOURCES=<导入时的文件夹> 指明位置）。下面是解析后的文字`,
      clean: origin.text
    }
  }

  const now: BrowserNow = {
    months: () => sync(store().months()),
    people: () => sync(peopleSummary()),
    personDetails: personDetailsNow,
    peoplePinyin: () => sync(peoplePinyin()),
    // an event may name a place both ways (某甲市、某甲): such events are counted once
    places: () => recountPlaces(groupPlaces(sync(placesSummary())), (names) => sync(countEventsAtPlaces(names))),
    placeGroups: () => groupPlaces(sync(placesSummary())),
    placeCount: (names) => sync(countEventsAtPlaces(names)),
    dayCounts: (year) => spreadCounts(sync(dayCounts(`${year}-01-01`, `${year}-12-31`)), year),
    events,
    searchScans: (q) => store().searchScans(q),
    sourceLines: sourceLinesNow,
    sourceText: sourceTextNow
  }
  const later = <A,>(f: () => A): Promise<A> => Promise.resolve().then(f)

  return {
    now,
    months: () => later(now.months),
    people: () => later(now.people),
    places: () => later(now.places),
    dayCounts: (year) => later(() => now.dayCounts(year)),
    events: (query, cursor, limit) => later(() => events(query, cursor, limit)),
    sourceLines: (e) => later(() => sourceLinesNow(e)),
    sourceText: (document, span) => later(() => sourceTextNow(document, span)),
    exportMonth: (month, dir) =>
      runtime.runPromise(
        Effect.map(EventQuery.monthWithSources(month), ({ events, lineOf, sourceOf }) => {
          const path = resolve(dir, `dashiji-${month}.md`)
          writeFileSync(path, monthlyReport({ month, events, lineOf, sourceOf }))
          return path
        })
      ),
    exportList: (target, format, dir) =>
      later(() => {
        if (target.kind === "report") throw new Error("a month's report is exportMonth")
        const path = resolve(dir, `dashiji-${target.slug}.${format === "csv" ? "csv" : "md"}`)
        if (target.kind === "people") {
          const d = personDetailsNow(target.rows.map((p) => p.name))
          writeFileSync(path, format === "csv" ? peopleToCsvRows(target.rows, d) : peopleToMarkdown(target.rows, d))
        } else if (target.kind === "places") writeFileSync(path, format === "csv" ? placesToCsvRows(target.rows) : placesToMarkdown(target.rows))
        else {
          const all = everything(target.query, target.sort)
          writeFileSync(path, format === "csv" ? eventsToCsv(all, { bom: true }) : listToMarkdown(target.title, all))
        }
        return path
      }),
    close: () => runtime.dispose()
  }
}
