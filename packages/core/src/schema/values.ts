import { Schema } from "effect"
import { eventIdSource, KINDS, ROLES, WARNINGS } from "./literals.ts"

export { eventIdSource, isEventIdPrefix, KINDS, ROLES, WARNINGS } from "./literals.ts"

/**
 * The closed values of the event record as schemas, made from the constants of literals.ts. The store,
 * the API (validation and OpenAPI), the terminal browser and the exports read them from here; the labels
 * users read are in packages/export/src/labels.ts, one per value.
 */

export const Kind = Schema.Literal(...KINDS)
export type Kind = typeof Kind.Type

export const Role = Schema.Literal(...ROLES)
export type Role = typeof Role.Type

export const Warning = Schema.Literal(...WARNINGS)
export type Warning = typeof Warning.Type

export const EventId = Schema.String.pipe(Schema.pattern(new RegExp(`^${eventIdSource}$`)))
export const isEventId = Schema.is(EventId)

/**
 * A month of the chronicle: YYYY-MM, XXXX-MM for events whose year is unknown, or XXXX for the events
 * whose month is unknown too (the store files them so, and /months lists them so: each key it lists is one
 * a listing and a report accept).
 */
export const Month = Schema.String.pipe(
  Schema.pattern(/^(?:(\d{4}|XXXX)-(0[1-9]|1[0-2])|XXXX)$/),
  Schema.annotations({ description: "YYYY-MM (XXXX-MM for events whose year is unknown, XXXX for undated events)" })
)
export type Month = typeof Month.Type

/** A date bound of a query: YYYY, YYYY-MM or YYYY-MM-DD (a year always known). */
export const DateBound = Schema.String.pipe(
  Schema.pattern(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  Schema.annotations({ description: "YYYY, YYYY-MM or YYYY-MM-DD" })
)
