import { Schema } from "effect"

/** One line of a gold file (see README "Evaluation"). */
export const GoldMention = Schema.Struct({
  id: Schema.String,
  anchor: Schema.String,
  start: Schema.String,
  end: Schema.NullOr(Schema.String),
  year_known: Schema.Boolean,
  people: Schema.Array(Schema.String),
  places: Schema.Array(Schema.String),
  kind: Schema.String
})
export type GoldMention = typeof GoldMention.Type

export const GoldDocument = Schema.Struct({
  doc: Schema.String,
  year_hint: Schema.NullOr(Schema.Number),
  events: Schema.Array(GoldMention)
})
export type GoldDocument = typeof GoldDocument.Type

export const parseGoldFile = (text: string): Array<GoldDocument> =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => Schema.decodeUnknownSync(GoldDocument)(JSON.parse(l)))
