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
      if (!/^ev_[0-9a-f]{12}$/.test(id)) return fail(c, 400, "bad_request", `not an event id: ${id}`)
      const event = await run(Effect.flatMap(EventStore, (s) => s.getEvent(id)))
      return Option.isSome(event) ? c.json(event.value) : fail(c, 404, "not_found", `no event ${id}`)
    })
