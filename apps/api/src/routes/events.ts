import { isEventId } from "@dashiji/core"
import { EventQuery as Events, type ListingField } from "@dashiji/store"
import { Effect, Option } from "effect"
import { Hono } from "hono"
import { fail } from "../errors.ts"
import type { Run } from "../runtime.ts"
import { EventQuery, validate } from "../validation.ts"

/** The listing's fields= as the store takes them (the pattern was checked by validation). */
const fieldsOf = (fields: string | undefined): ReadonlyArray<ListingField | "all"> =>
  fields === undefined ? [] : fields.split(",").filter((f): f is ListingField | "all" => f === "all" || f.length > 0)

export const eventsRoutes = (run: Run) =>
  new Hono()
    .get("/", validate("query", EventQuery), async (c) => {
      const { fields, ...filter } = c.req.valid("query")
      // the items are the stored JSON of each summary (or record): joined, not decoded and encoded again
      const page = await run(Effect.flatMap(Events, (q) => q.listing(filter, fieldsOf(fields))))
      return c.body(`{"items":[${page.items.join(",")}],"nextCursor":${JSON.stringify(page.nextCursor)}}`, 200, { "content-type": "application/json" })
    })
    .get("/:id", async (c) => {
      const id = c.req.param("id")
      // a string that is not an id names no event: 404 like an id that is not stored
      const event = isEventId(id) ? await run(Effect.flatMap(Events, (q) => q.getEvent(id))) : Option.none()
      return Option.isSome(event) ? c.json(event.value) : fail(c, 404, "not_found", `no event ${id.length > 40 ? `${id.slice(0, 40)}…` : id}`)
    })
