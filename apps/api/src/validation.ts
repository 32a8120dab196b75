import { sValidator } from "@hono/standard-validator"
import { DateBound, Kind, Month } from "@dashiji/core"
import { EventFilter, LISTING_FIELDS } from "@dashiji/store"
import { Schema } from "effect"
import type { ParseIssue } from "effect/ParseResult"
import type { ValidationTargets } from "hono"
import { DocumentMetaBodyFields, DocumentMetaQueryFields } from "./document-meta.ts"

/**
 * Request schemas of the API. The validators and the OpenAPI document are both made from these (see
 * contract/operations.ts), so what is documented is what is checked. Each closed value says what it
 * accepts and what it got, in one line.
 */

const actualOf = (issue: ParseIssue): unknown => ("actual" in issue ? issue.actual : undefined)
const got = (issue: ParseIssue) => {
  const a = actualOf(issue)
  return a === undefined ? "" : ` (got ${JSON.stringify(a)})`
}
/** Replaces Effect's message (which names only the first literal, or a regular expression) with what is accepted. */
const say = (expected: string) => ({ message: (issue: ParseIssue) => ({ message: `expected ${expected}${got(issue)}`, override: true }) })

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** YYYY-MM-DD names a day on the calendar (2020-02-30 does not); YYYY and YYYY-MM always do once they match the pattern. */
export const onCalendar = (d: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  return m === null || Number(m[3]) <= daysIn(Number(m[1]), Number(m[2]))
}

export const DateParam = DateBound.pipe(
  Schema.filter(onCalendar, { jsonSchema: {} }),
  Schema.annotations({ description: "YYYY, YYYY-MM or YYYY-MM-DD, a day that exists on the calendar", ...say("a date YYYY, YYYY-MM or YYYY-MM-DD that exists, e.g. 2020-02-03") })
)
export const MonthValue = Month.annotations({ examples: ["2020-02"], ...say("a month YYYY-MM, e.g. 2020-02 (XXXX-02 when the year is unknown)") })
export const KindValue = Kind.annotations({ description: "the event's kind", ...say(`one of ${Kind.literals.join(", ")}`) })

const text = (max: number, what: string) =>
  Schema.String.pipe(Schema.minLength(1), Schema.maxLength(max), Schema.annotations({ description: what, ...say(`${what}, 1 to ${max} characters`) }))

/** Query parameters of GET /events: the store's EventFilter, with closed values checked and `limit` read from a string. */
export const EventQuery = Schema.Struct({
  from: Schema.optional(DateParam.annotations({ description: "events starting on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)" })),
  to: Schema.optional(DateParam.annotations({ description: "events starting on or before this date (to=2020-02 includes all of February)" })),
  month: Schema.optional(MonthValue),
  person: Schema.optional(text(40, "a person's name (exact)")),
  place: Schema.optional(text(60, "a place name (names that start with it match too)")),
  kind: Schema.optional(KindValue),
  org: Schema.optional(text(80, "an organisation's name")),
  q: Schema.optional(text(200, "Chinese full-text search (1–2 characters work too)")),
  limit: Schema.optional(
    Schema.NumberFromString.pipe(
      Schema.int(),
      Schema.between(1, 500),
      Schema.annotations({ jsonSchema: { type: "integer", minimum: 1, maximum: 500, default: 50, description: "events per page (default 50)" }, ...say("an integer from 1 to 500") })
    )
  ),
  cursor: Schema.optional(Schema.String.pipe(Schema.maxLength(200), Schema.annotations({ description: "nextCursor of the previous page", ...say("the nextCursor of a previous page") }))),
  fields: Schema.optional(
    Schema.String.pipe(
      Schema.pattern(new RegExp(`^(?:all|${LISTING_FIELDS.join("|")})(?:,(?:all|${LISTING_FIELDS.join("|")}))*$`)),
      Schema.annotations({
        description: `record fields to add to each summary, comma-separated: ${LISTING_FIELDS.join(", ")} (places and sources then give the whole records' lists); all gives whole records`,
        examples: ["people,sources"],
        ...say(`a comma-separated list of ${LISTING_FIELDS.join(", ")} or all`)
      })
    )
  )
})
// the query decodes to the store's filter: a field added there and not here fails to compile
const _sameFields: Record<keyof typeof EventFilter.fields, unknown> = EventQuery.fields
void _sameFields

export const EventIdParam = Schema.Struct({
  id: Schema.String.annotations({ description: "an event id, ev_ and 12 hex digits (anything else is not found)", examples: ["ev_8c04c0b3480f"] })
})
export const PersonParam = Schema.Struct({ name: Schema.String.pipe(Schema.minLength(1), Schema.annotations({ description: "a person's name", examples: ["张建华"] })) })
export const MonthParam = Schema.Struct({ month: MonthValue })
export const ReportFormat = Schema.Literal("markdown", "csv", "jsonl", "people-csv", "xlsx")
export const ReportQuery = Schema.Struct({
  format: Schema.optional(ReportFormat.annotations({ description: "the report's format; without it, the Accept header decides (Markdown by default)", ...say(`one of ${ReportFormat.literals.join(", ")}`) })),
  bom: Schema.optional(Schema.Literal("1", "true").annotations({ description: "a UTF-8 byte-order mark before CSV (for Excel)", ...say("1 or true") }))
})
export const DocumentBody = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(255), Schema.annotations({ description: "the document's name (a file name)" })),
  text: Schema.String.annotations({ description: "the document's text" }),
  ...DocumentMetaBodyFields
}).annotations({ identifier: "DocumentBody", examples: [{ name: "2020-02.txt", text: "2月3日,省委召开常委会议,研究部署春耕生产工作。" }] })
export const DocumentNameQuery = Schema.Struct({
  name: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(255), Schema.annotations({ description: "the document's name, for a text/plain body", examples: ["2020-02.txt"] }))),
  ...DocumentMetaQueryFields
})

/** Standard Schema validation with Effect Schema, failing as `{error: "bad_request", message}` with 400. */
export const validate = <S extends Schema.Schema.AnyNoContext, T extends keyof ValidationTargets>(target: T, schema: S) =>
  sValidator(target, Schema.standardSchemaV1(schema), (result, c) => {
    if (!result.success) {
      const byPath = new Map<string, string>()
      for (const i of result.error) {
        const path = (i.path ?? []).map((p) => (typeof p === "object" ? String(p.key) : String(p))).join(".") || target
        if (!byPath.has(path)) byPath.set(path, i.message)
      }
      const message = [...byPath].map(([path, m]) => `${path}: ${m}`).join("; ")
      return c.json({ error: "bad_request", message }, 400)
    }
  })
