import { Command, Options } from "@effect/cli"
import type { Event } from "@dashiji/core"
import { EventFilter, EventStore, InvalidQuery, resolveDbPath, sqliteStoreLayer } from "@dashiji/store"
import { Effect, Option, ParseResult, Schema } from "effect"
import { dbOption } from "./ingest.ts"
import { formatEvents } from "../event-formats.ts"

const opt = (name: string, description: string) => Options.text(name).pipe(Options.optional, Options.withDescription(description))

export const eventsCommand = Command.make(
  "events",
  {
    from: opt("from", "first date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    to: opt("to", "last date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    month: opt("month", "YYYY-MM"),
    person: opt("person", "a person's name"),
    place: opt("place", "a place name"),
    kind: opt("kind", "meeting | conference_call | inspection | reception | activity | announcement | other"),
    org: opt("org", "an organisation"),
    q: Options.text("query").pipe(Options.withAlias("q"), Options.optional, Options.withDescription("Chinese full-text search (also -q)")),
    limit: Options.integer("limit").pipe(Options.optional, Options.withDescription("page size (1–500, default 50; all pages with --all)")),
    cursor: opt("cursor", "continue after this cursor"),
    all: Options.boolean("all").pipe(Options.withDescription("print every page")),
    json: Options.boolean("json").pipe(Options.withDescription("one event record per line (same as --format jsonl)")),
    format: Options.choice("format", ["text", "jsonl", "csv", "people-csv"]).pipe(Options.optional),
    bom: Options.boolean("bom").pipe(Options.withDescription("CSV with a UTF-8 byte-order mark for Excel")),
    db: dbOption
  },
  (o) =>
    Effect.gen(function* () {
      const raw = {
        from: Option.getOrUndefined(o.from),
        to: Option.getOrUndefined(o.to),
        month: Option.getOrUndefined(o.month),
        person: Option.getOrUndefined(o.person),
        place: Option.getOrUndefined(o.place),
        kind: Option.getOrUndefined(o.kind),
        org: Option.getOrUndefined(o.org),
        q: Option.getOrUndefined(o.q),
        limit: Option.getOrUndefined(o.limit),
        cursor: Option.getOrUndefined(o.cursor)
      }
      const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined))
      const filter: EventFilter = yield* Schema.decodeUnknown(EventFilter)(defined).pipe(
        Effect.mapError((e) => new InvalidQuery({ reason: ParseResult.TreeFormatter.formatErrorSync(e) }))
      )
      const store = yield* EventStore
      const items: Array<Event> = []
      let cursor = filter.cursor
      let next: string | null = null
      do {
        const page = yield* store.listEvents({ ...filter, cursor, limit: filter.limit ?? (o.all ? 500 : 50) })
        items.push(...page.items)
        next = page.nextCursor
        cursor = next ?? undefined
      } while (o.all && next !== null)
      const format = o.json ? "jsonl" : Option.getOrElse(o.format, () => "text" as const)
      process.stdout.write(formatEvents(items, format, { bom: o.bom }))
      if (!o.all && next !== null && format === "text") process.stdout.write(`… more: --cursor ${next}\n`)
    }).pipe(Effect.provide(sqliteStoreLayer(resolveDbPath(Option.getOrUndefined(o.db)))))
).pipe(Command.withDescription("list stored events by date, with filters and full-text search"))
