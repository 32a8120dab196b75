import { EventQuery } from "@dashiji/store"
import { Effect } from "effect"
import { Hono } from "hono"
import { fail } from "../errors.ts"
import type { Run } from "../runtime.ts"
import { PersonParam, validate } from "../validation.ts"

export const peopleRoutes = (run: Run) =>
  new Hono()
    .get("/", async (c) => c.json({ items: await run(Effect.flatMap(EventQuery, (s) => s.people())) }))
    .get("/:name", validate("param", PersonParam), async (c) => {
      const { name } = c.req.valid("param")
      const events = await run(Effect.flatMap(EventQuery, (s) => s.personTimeline(name)))
      if (events.length === 0) return fail(c, 404, "not_found", `no events with ${name}`)
      const records = events.flatMap((e) => e.people.filter((p) => p.name === name))
      const titles = [...new Set(records.flatMap((p) => p.titles))]
      return c.json({ name, pinyin: records[0]?.pinyin ?? "", titles, count: events.length, events })
    })

export const placesRoutes = (run: Run) => new Hono().get("/", async (c) => c.json({ items: await run(Effect.flatMap(EventQuery, (s) => s.places())) }))

export const monthsRoutes = (run: Run) => new Hono().get("/", async (c) => c.json({ items: await run(Effect.flatMap(EventQuery, (s) => s.months())) }))
