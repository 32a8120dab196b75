import type { Schema } from "effect"
import { ErrorBody, Event, EventPage, Health, IngestResult, MonthsList, PeopleList, PersonTimeline, PlacesList } from "./bodies.ts"
import { errorExample, exampleEvent, examples } from "./examples.ts"
import { DocumentBody, DocumentNameQuery, EventIdParam, EventQuery, MonthParam, PersonParam, ReportQuery } from "../validation.ts"

/**
 * The API's routes, one entry per operation: the routers validate with these schemas and the OpenAPI
 * document is made from this table alone (openapi.ts). A test compares the table with the routes Hono
 * has, and checks live answers against the document.
 */

export type AnyStruct = Schema.Schema.Any & { readonly fields: Schema.Struct.Fields }

export interface Content {
  /** An Effect Schema (its JSON Schema goes to components), or a JSON Schema written here for text bodies. */
  readonly schema: Schema.Schema.Any | Record<string, unknown>
  readonly example?: unknown
}

export interface Answer {
  readonly description: string
  readonly content?: Readonly<Record<string, Content>>
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: Record<string, unknown> }>>
}

export interface Operation {
  readonly method: "get" | "post"
  /** OpenAPI's form: /events/{id}. */
  readonly path: string
  readonly operationId: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly query?: AnyStruct
  readonly params?: AnyStruct
  /** Examples of query and path parameters, by name. */
  readonly examples?: Readonly<Record<string, string | number>>
  /** Headers the route reads (documented; checked by the route or the guard). */
  readonly headers?: ReadonlyArray<{ readonly name: string; readonly description: string }>
  readonly body?: { readonly description: string; readonly content: Readonly<Record<string, Content>> }
  readonly secured?: boolean
  /** Answers particular to the route; those every route shares (304, 421, 500, 504 …) are added by openapi.ts. */
  readonly responses: Readonly<Record<string, Answer>>
}

const json = (schema: Schema.Schema.Any, example?: unknown): Readonly<Record<string, Content>> => ({ "application/json": { schema, example } })
const error = (description: string, code: string, message: string): Answer => ({ description, content: json(ErrorBody, errorExample(code, message)) })
const badRequest = (message: string) => error("a parameter is not accepted: which one, what is accepted and what was sent", "bad_request", message)
/** Reads that cost the server work are limited per client and in all (limits.ts). */
const tooMany: Answer = {
  ...error("too many such requests from this client, or the server answers its limit of them at once: retry after Retry-After seconds", "too_many_requests", "more than 30 requests a second from this client; retry in 1 s"),
  headers: { "Retry-After": { description: "seconds to wait", schema: { type: "integer" } } }
}
const etag = { ETag: { description: "the answer's entity tag: send it back as If-None-Match to get 304 when nothing changed", schema: { type: "string" } } }

export const operations: ReadonlyArray<Operation> = [
  {
    method: "get",
    path: "/health",
    operationId: "getHealth",
    tag: "store",
    summary: "liveness and the number of stored events",
    responses: { "200": { description: "the server answers and the store is readable", content: json(Health, examples.health), headers: etag } }
  },
  {
    method: "get",
    path: "/events",
    operationId: "listEvents",
    tag: "events",
    summary: "events by date, with filters and Chinese full-text search, one page at a time",
    description:
      "Events ordered by start date then id, as summaries (id, date, title, kind, lead person, place names, source count; the whole record is at /events/{id}). Filters combine (all must hold). Pages of `limit` events; pass `nextCursor` as `cursor` for the next page. `fields=` adds record fields to each summary, `fields=all` gives whole records.",
    query: EventQuery,
    examples: { from: "2020-02-01", to: "2020-02-29", month: "2020-02", person: "李明", place: "郑州市", kind: "meeting", org: "省委", q: "春耕", limit: 50, cursor: "MjAyMC0wMi0wM3xldl8wYTFiMmMzZDRlNWY", fields: "people,sources" },
    responses: {
      "429": tooMany,
      "200": { description: "a page of event summaries", content: json(EventPage, examples.page), headers: etag },
      "400": badRequest('kind: expected one of meeting, conference_call, inspection, reception, activity, announcement, other (got "meting")')
    }
  },
  {
    method: "get",
    path: "/events/{id}",
    operationId: "getEvent",
    tag: "events",
    summary: "one event with its people, places, sources and merges",
    params: EventIdParam,
    responses: {
      "200": { description: "the event", content: json(Event, exampleEvent), headers: etag },
      "404": error("no event has this id", "not_found", "no event ev_000000000000")
    }
  },
  {
    method: "get",
    path: "/people",
    operationId: "listPeople",
    tag: "people and places",
    summary: "everyone the events name, most frequent first, with titles and the name in pinyin",
    responses: { "200": { description: "people", content: json(PeopleList, examples.people), headers: etag }, "429": tooMany }
  },
  {
    method: "get",
    path: "/people/{name}",
    operationId: "getPerson",
    tag: "people and places",
    summary: "a person's timeline: their events by date, titles and the name in pinyin",
    params: PersonParam,
    responses: {
      "429": tooMany,
      "200": { description: "the person and their events", content: json(PersonTimeline, examples.person), headers: etag },
      "404": error("no event names this person", "not_found", "no events with 张三")
    }
  },
  {
    method: "get",
    path: "/places",
    operationId: "listPlaces",
    tag: "people and places",
    summary: "every place the events name, with event counts",
    responses: { "200": { description: "places", content: json(PlacesList, examples.places), headers: etag }, "429": tooMany }
  },
  {
    method: "get",
    path: "/months",
    operationId: "listMonths",
    tag: "events",
    summary: "the months with events, with counts",
    responses: { "200": { description: "months", content: json(MonthsList, examples.months), headers: etag }, "429": tooMany }
  },
  {
    method: "get",
    path: "/reports/{month}",
    operationId: "getMonthReport",
    tag: "reports",
    summary: "the month's chronicle as Markdown, CSV, people CSV, JSON Lines or an Excel workbook",
    description: "`format` wins; otherwise `Accept` decides (text/csv, application/x-ndjson, the xlsx type), Markdown by default.",
    params: MonthParam,
    query: ReportQuery,
    examples: { month: "2020-02", format: "csv", bom: "1" },
    responses: {
      "429": tooMany,
      "200": {
        description: "the report",
        headers: etag,
        content: {
          "text/markdown": { schema: { type: "string" }, example: examples.markdown },
          "text/csv": { schema: { type: "string" }, example: examples.csv },
          "application/x-ndjson": { schema: { type: "string" }, example: examples.jsonl },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } }
        }
      },
      "400": badRequest('month: expected a month YYYY-MM, e.g. 2020-02 (XXXX-02 when the year is unknown) (got "2020-13")')
    }
  },
  {
    method: "post",
    path: "/documents",
    operationId: "postDocument",
    tag: "documents",
    summary: "ingest a document: parse, deduplicate against the store, store; answers the created and merged event ids",
    description:
      "Send JSON `{name, text}`, or the raw bytes as text/plain with `?name=` (any encoding the parser reads: UTF-8, GB18030, Big5). A text/plain body needs the `X-Dashiji-Client` header when the server has no token (a web page cannot send it cross-site). The same bytes posted again are skipped.",
    query: DocumentNameQuery,
    examples: { name: "2020-02.txt" },
    headers: [{ name: "X-Dashiji-Client", description: "any value; a text/plain body needs it when the server has no token" }],
    secured: true,
    body: {
      description: "the document",
      content: { "application/json": { schema: DocumentBody, example: { name: "2020-02.txt", text: "2月3日,省委召开常委会议,研究部署春耕生产工作。" } }, "text/plain": { schema: { type: "string" }, example: "2月3日,省委召开常委会议,研究部署春耕生产工作。" } }
    },
    responses: {
      "201": { description: "parsed and stored", content: json(IngestResult, examples.ingested) },
      "200": { description: "the same bytes are already stored: nothing changed", content: json(IngestResult, examples.skipped) },
      "400": badRequest("expected JSON {name: string, text: string}"),
      "401": error("a token is configured and the request does not carry it", "unauthorized", "POST needs Authorization: Bearer <DASHIJI_TOKEN>"),
      "403": error("a foreign Origin, a cross-site request, or text/plain without X-Dashiji-Client", "forbidden_origin", "writes from another origin are refused"),
      "413": error("the body is larger than the limit (5 MB by default)", "payload_too_large", "the body is larger than 5242880 bytes"),
      "415": error("neither JSON nor text/plain, or bytes that are not text", "unsupported_media_type", "send text/plain (with ?name=) or application/json {name, text}"),
      "422": error("text that the parser could not read", "unprocessable", "no dated lines found"),
      "503": {
        ...error("every parser is busy, or another writer holds the store: retry after Retry-After seconds", "busy", "every parser is busy; retry shortly"),
        headers: { "Retry-After": { description: "seconds to wait", schema: { type: "integer" } } }
      }
    }
  }
]
