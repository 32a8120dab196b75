import { Schema } from "effect"
import { EventId, Kind, Role, Warning } from "./values.ts"

export { DateBound, EventId, eventIdSource, isEventId, isEventIdPrefix, Kind, KINDS, Month, Role, ROLES, Warning, WARNINGS } from "./values.ts"

/**
 * The event record (v1): the only definition of it. Field names are a contract
 * (see README "Event record"); every package imports these schemas from here.
 */

export const YearSource = Schema.Literal("text", "header", "published", "officeholder", "context", "default", "none")
export type YearSource = typeof YearSource.Type

export const Precision = Schema.Literal("day", "month", "year")
export type Precision = typeof Precision.Type

/** YYYY-MM-DD, YYYY-MM or YYYY, with XXXX (EDTF) when the year is unknown. */
export const IsoDate = Schema.String.pipe(
  Schema.pattern(/^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  Schema.annotations({ identifier: "IsoDate", description: "YYYY-MM-DD, YYYY-MM or YYYY; XXXX when the year is unknown" })
)

export const YearInfo = Schema.Struct({
  value: Schema.NullOr(Schema.Int),
  source: YearSource
})
export type YearInfo = typeof YearInfo.Type

export const EventDate = Schema.Struct({
  start: IsoDate,
  end: Schema.NullOr(IsoDate),
  precision: Precision,
  year: YearInfo
}).pipe(
  Schema.filter((d) => d.end === null || d.end >= d.start || "date.end is before date.start"),
  Schema.filter((d) =>
    (d.year.value === null) === d.start.startsWith("XXXX") || "date.year.value must match the year digits of date.start"
  )
)
export type EventDate = typeof EventDate.Type

export const Person = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1)),
  /** Always filled (extract/pinyin.ts): records stored before the field existed get it on read. */
  pinyin: Schema.String.pipe(
    Schema.minLength(1),
    Schema.annotations({ description: "the name in tone-marked pinyin, surname first: Wáng Guóshēng, Ōuyáng Xiū; parts of a name with a middle dot joined by a space" })
  ),
  titles: Schema.Array(Schema.String),
  role: Role
})
export type Person = typeof Person.Type

export const PlaceLevel = Schema.Literal("province", "city", "county", "district", "town", "community", "venue", "other")
export type PlaceLevel = typeof PlaceLevel.Type

export const Place = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1)),
  level: PlaceLevel
})
export type Place = typeof Place.Type

/** [start, end) in UTF-16 code units of the raw decoded document text. */
export const Span = Schema.Tuple(Schema.NonNegativeInt, Schema.NonNegativeInt).pipe(
  Schema.filter(([s, e]) => s <= e || "span start is after span end")
)
export type Span = typeof Span.Type

export const DocumentFormat = Schema.Literal("plain", "chronicle", "newspaper", "article")
export type DocumentFormat = typeof DocumentFormat.Type

export const Source = Schema.Struct({
  document: Schema.String.pipe(Schema.minLength(1)),
  span: Span,
  format: DocumentFormat
})
export type Source = typeof Source.Type

export const MergeMethod = Schema.Literal("exact", "near", "containment")
export type MergeMethod = typeof MergeMethod.Type

export const Merged = Schema.Struct({
  document: Schema.String.pipe(Schema.minLength(1)),
  span: Span,
  method: MergeMethod,
  score: Schema.Number.pipe(Schema.between(0, 1))
})
export type Merged = typeof Merged.Type

export const Event = Schema.Struct({
  id: EventId,
  date: EventDate,
  title: Schema.String,
  summary: Schema.String,
  text: Schema.String,
  kind: Kind,
  people: Schema.Array(Person),
  places: Schema.Array(Place),
  organizations: Schema.Array(Schema.String),
  reporters: Schema.Array(Schema.String),
  sources: Schema.NonEmptyArray(Source),
  merged: Schema.Array(Merged),
  warnings: Schema.Array(Warning)
}).annotations({ identifier: "Event", title: "dashiji event record (v1)" })
export type Event = typeof Event.Type

export const decodeEvent = Schema.decodeUnknown(Event)
export const decodeEventSync = Schema.decodeUnknownSync(Event)
export const encodeEvent = Schema.encode(Event)
