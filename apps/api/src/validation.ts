import { sValidator } from "@hono/standard-validator"
import { EventFilter, Month } from "@dashiji/store"
import { Schema } from "effect"
import type { ValidationTargets } from "hono"

/** Query parameters of GET /events: the store's EventFilter, with `limit` read from a string. */
export const EventQuery = Schema.Struct({
  ...EventFilter.fields,
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 500)))
}).annotations({ identifier: "EventQuery" })

export const MonthParam = Schema.Struct({ month: Month })
export const ReportQuery = Schema.Struct({ format: Schema.optional(Schema.Literal("markdown", "csv", "jsonl", "people-csv")), bom: Schema.optional(Schema.Literal("1", "true")) })
export const DocumentBody = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(255)),
  text: Schema.String
}).annotations({ identifier: "DocumentBody" })
export const DocumentNameQuery = Schema.Struct({ name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(255)) })

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
