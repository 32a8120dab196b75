import { dbOption } from "../cli/common.ts"
import { chooseFormat, outputOptions, tableFormats } from "../cli/listing.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { integer } from "../cli/values.ts"
import type * as Heavy from "../heavy.ts"

/**
 * A command that lists one kind of stored record (people, places, documents): `--limit`, the output
 * options of its fields and `--db`; the listing itself is loaded only when the command runs (the light
 * path, `--help`, must not load the store).
 */
export const listingCommand = (spec: {
  readonly name: string
  readonly summary: string
  /** What --limit keeps. */
  readonly limit: string
  readonly fields: ReadonlyArray<string>
  readonly examples: ReadonlyArray<readonly [string, string]>
  readonly list: "listPeople" | "listPlaces" | "listDocuments"
}): CommandSpec => ({
  name: spec.name,
  summary: spec.summary,
  args: [],
  options: [{ name: "limit", value: "N", description: spec.limit, check: integer(1, 1_000_000) }, ...outputOptions(spec.fields), dbOption],
  examples: spec.examples,
  run: async ({ options }) => {
    const format = chooseFormat(options, tableFormats, "text")
    const heavy: typeof Heavy = await import("../heavy.ts")
    await heavy[spec.list](options, format)
  }
})
