import { PublishedDate } from "@dashiji/core"
import { ParseResult, Schema } from "effect"

/**
 * Where a posted document comes from, and the default year for its undated events: the same fields in
 * the query string (any body) and in a JSON body. validation.ts spreads these into DocumentNameQuery and
 * DocumentBody, so the contract documents what the route reads.
 */
const url = Schema.String.pipe(
  Schema.maxLength(2048),
  Schema.pattern(/^https?:\/\/\S+$/i),
  Schema.annotations({ description: "where the document was published (http or https)", examples: ["https://www.example.gov.cn/2020/0203/a.html"] })
)
const title = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(1000), Schema.annotations({ description: "the document's title", examples: ["省委召开常委会议"] }))
const publisher = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(500), Schema.annotations({ description: "who published it (a site, a paper)", examples: ["某某省人民政府"] }))
const published = PublishedDate.annotations({
  description: "the publication date, YYYY-MM-DD; it justifies the years of dates the text gives without one. Posting the same bytes with a new date updates the stored events",
  examples: ["2020-02-04"]
})
const yearDescription = "default year for dates whose year nothing in the document justifies"

export const DocumentMetaQueryFields = {
  url: Schema.optional(url),
  title: Schema.optional(title),
  publisher: Schema.optional(publisher),
  published: Schema.optional(published),
  year: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1000, 2999), Schema.annotations({ jsonSchema: { type: "integer", minimum: 1000, maximum: 2999, description: yearDescription } })))
}

export const DocumentMetaBodyFields = {
  url: Schema.optional(url),
  title: Schema.optional(title),
  publisher: Schema.optional(publisher),
  published: Schema.optional(published),
  year: Schema.optional(Schema.Int.pipe(Schema.between(1000, 2999), Schema.annotations({ description: yearDescription })))
}

export const DocumentMetaQuery = Schema.Struct(DocumentMetaQueryFields)
export const DocumentMetaBody = Schema.Struct(DocumentMetaBodyFields)

/** A failed decode in one line: `field: what was expected`. */
export const describeProblem = (e: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(e)
    .map((i) => `${i.path.join(".") || "body"}: ${i.message.split("\n")[0]}`)
    .slice(0, 3)
    .join("; ")
