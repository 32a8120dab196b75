import { Effect } from "effect"
import { Ingest } from "./ingest.ts"
import { EventQuery } from "./query.ts"

export type { IngestedDocument } from "./ingest.ts"
export type { Page, MonthCount, PersonCount, PlaceCount, MonthWithSources } from "./query.ts"

/**
 * The two use cases in one value, for front-ends not yet moved to `Ingest` and `EventQuery` (#22): new
 * code asks for the one it needs. Nothing here but the two services' methods.
 */
export class EventStore extends Effect.Service<EventStore>()("dashiji/EventStore", {
  effect: Effect.gen(function* () {
    const i = yield* Ingest
    const q = yield* EventQuery
    return {
      ingestDocument: i.ingestDocument,
      ingestParsedDocument: i.ingestParsedDocument,
      ingestDocuments: i.ingestDocuments,
      reresolveDocument: i.reresolveDocument,
      updateDocumentMeta: i.updateDocumentMeta,
      insertEvents: i.insertEvents,
      documentMeta: i.documentMeta,
      hasDocument: i.hasDocument,
      lastFetch: i.lastFetch,
      recordFetch: i.recordFetch,
      listEvents: q.listEvents,
      getEvent: q.getEvent,
      months: q.months,
      people: q.people,
      personTimeline: q.personTimeline,
      places: q.places,
      documentNames: q.documentNames,
      lineLookup: q.lineLookup,
      documentsMeta: q.documentsMeta,
      count: q.count
    } as const
  })
}) {}
