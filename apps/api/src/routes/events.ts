import { isEventId } from "@dashiji/core"
import { EventStore } from "@dashiji/store"
import { Effect, Option } from "effect"
import { Hono } from "hono"
import { fail } from "../errors.ts"
import type { Run } from "../runtime.ts"
import { EventQuery, validate } from "../validation.ts"


export const eventsRoutes = (run: Run) =>
  new Hono()
    .get("/", validate("query", EventQuery), async (c) => {
      const filter = c.req.valid("query")
      const page = await run(Effect.flatMap(EventStore, (s) => s.listEvents(filter)))
      return c.json(page)
    })
    .get("/:id", async (c) => {
      const id = c.req.param("id")
      // a string that is not an id names no event: 404 like an id that is not stored
      const event = isEventId(id) ? await run(Effect.flatMap(EventStore, (s) => s.getEvent(id))) : Option.none()
      return Option.isSome(event) ? c.json(event.value) : fail(c, 404, "not_found", `no event ${id.length > 40 ? `${id.slice(0, 40)}…` : id}`)
    })
