/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { type Event, isEventId } from "@dashiji/core"
import { chinesePunctuation, monthlyChronicle, roleFor } from "@dashiji/export"
import { EventQuery, eventsByStartDay, mentionsAround } from "@dashiji/store"
import { Effect, Option, Schema } from "effect"
import { type Context, Hono } from "hono"
import { monthEvents } from "../routes/reports.ts"
import type { Run } from "../runtime.ts"
import { MonthValue } from "../validation.ts"
import { type SourceView, whyOf } from "./components/sources.tsx"
import { personHref, placeHref } from "./hrefs.ts"
import { EventPage } from "./pages/event.tsx"
import { HomePage } from "./pages/home.tsx"
import { MonthPage } from "./pages/month.tsx"
import { NameIndexPage } from "./pages/name-index.tsx"
import { NotFoundPage } from "./pages/not-found.tsx"
import { PersonPage } from "./pages/person.tsx"
import { PlacePage } from "./pages/place.tsx"
import { SearchPage } from "./pages/search.tsx"
import { SourcePage } from "./pages/source.tsx"
import { readerCss } from "./style.ts"

/**
 * The web reader: server-rendered pages (Hono JSX) over the same store as the API, no script, one
 * stylesheet. Paths are singular (/event/…, /person/…) so that they never meet the API's.
 */

/** The pages' policy: this server's stylesheet, links and the search form; nothing else loads or runs. */
export const readerPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

const isMonth = Schema.is(MonthValue)
/** 记 on the reader's red: browsers ask for an icon, and a 404 would be an error in the console. */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9b1c1c"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff">记</text></svg>`

/** Each year's day counts (events by their first day: one pass over the date index, whatever the store's size). */
const yearCounts = Effect.map(eventsByStartDay(), (days) => {
  const years = new Map<string, Map<string, number>>()
  for (const [day, n] of days) {
    const year = day.slice(0, 4)
    const counts = years.get(year) ?? new Map<string, number>()
    counts.set(day, n)
    years.set(year, counts)
  }
  return [...years].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([year, counts]) => ({ year, counts }))
})

const sourceViews = (e: Event) =>
  Effect.gen(function* () {
    const store = yield* EventQuery
    const lineOf = yield* store.lineLookup(e.sources.map((s) => s.document))
    const meta = yield* store.documentsMeta(e.sources.map((s) => s.document))
    return yield* Effect.forEach(e.sources, (s, i) =>
      Effect.map(mentionsAround(s.document, s.span), (around): SourceView => ({ document: s.document, span: s.span, firstLine: lineOf(s.document, s.span[0]), why: whyOf(e, i), around, meta: meta.get(s.document) }))
    )
  })

export const readerRoutes = (run: Run) => {
  const app = new Hono()
  const notFound = (c: Context, message: string) => c.html(<NotFoundPage message={message} />, 404)

  app.get("/favicon.svg", (c) => c.body(favicon, 200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" }))
  app.get("/reader.css", (c) => c.body(readerCss, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" }))

  app.get("/", async (c) => {
    const { months, total, years } = await run(
      Effect.gen(function* () {
        const store = yield* EventQuery
        const months = yield* store.months()
        const years = yield* yearCounts
        return { months, total: months.reduce((n, m) => n + m.count, 0), years }
      })
    )
    return c.html(<HomePage months={months} years={years} total={total} />)
  })

  app.get("/month/:month", async (c) => {
    const month = c.req.param("month")
    if (!isMonth(month)) return notFound(c, `“${month}”不是月份（应为 YYYY-MM，如 2020-02）。`)
    const { events, lineOf, sourceOf } = await run(monthEvents(month))
    return c.html(<MonthPage chronicle={monthlyChronicle({ month, events, lineOf, sourceOf })} />)
  })

  app.get("/event/:id", async (c) => {
    const id = c.req.param("id")
    const found = isEventId(id) ? await run(Effect.flatMap(EventQuery, (s) => s.getEvent(id))) : Option.none()
    if (Option.isNone(found)) return notFound(c, `没有编号为 ${id} 的事件。`)
    const sources = await run(sourceViews(found.value))
    return c.html(<EventPage event={found.value} sources={sources} />)
  })

  app.get("/source", async (c) => {
    const document = c.req.query("document") ?? ""
    const start = Number(c.req.query("start"))
    const end = Number(c.req.query("end"))
    if (document === "" || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) return notFound(c, "来源应给出文件和字符位置。")
    const span = [start, end] as const
    const { around, firstLine, events, meta } = await run(
      Effect.gen(function* () {
        const store = yield* EventQuery
        const around = yield* mentionsAround(document, span)
        const lineOf = yield* store.lineLookup([document])
        const meta = (yield* store.documentsMeta([document])).get(document)
        // the event this report belongs to (the mention row knows it)
        const event = around.mention === null ? Option.none() : yield* store.getEvent(around.mention.eventId)
        return { around, firstLine: lineOf(document, start), events: Option.toArray(event), meta }
      })
    )
    if (around.mention === null && around.before === null && around.after === null && firstLine === undefined) return notFound(c, `存储中没有文件 ${document}。`)
    return c.html(<SourcePage view={{ document, span, firstLine, why: "", around, meta }} events={events} />)
  })

  app.get("/search", async (c) => {
    const q = (c.req.query("q") ?? "").trim()
    const cursor = c.req.query("cursor")
    if (q === "") return c.html(<SearchPage q="" events={[]} next={null} />)
    if ([...q].length > 200) return c.html(<SearchPage q={q.slice(0, 200)} events={[]} next={null} error="搜索词最多 200 个字。" />, 400)
    // the store refuses a query with no word in it (it would scan every event)
    if (!/[\p{L}\p{N}]/u.test(q)) return c.html(<SearchPage q={q} events={[]} next={null} error="搜索词要有文字或数字（* % _ 不是通配符）。" />, 400)
    try {
      const page = await run(Effect.flatMap(EventQuery, (s) => s.listEvents({ q, limit: 50, ...(cursor === undefined ? {} : { cursor }) })))
      return c.html(<SearchPage q={q} events={page.items} next={page.nextCursor} />)
    } catch {
      return c.html(<SearchPage q={q} events={[]} next={null} error="这一页的位置无效，请重新搜索。" />, 400)
    }
  })

  app.get("/person/:name", async (c) => {
    const name = c.req.param("name")
    const events = await run(Effect.flatMap(EventQuery, (s) => s.personTimeline(name)))
    if (events.length === 0) return notFound(c, `没有提到 ${name} 的事件。`)
    // each role as its event's kind has it (an inspection's lead 带队), titles in Chinese punctuation, as the report shows them
    const records = events.flatMap((e) => e.people.filter((p) => p.name === name).map((p) => ({ ...p, role: roleFor(e.kind, p.role) })))
    const titles = [...new Set(records.flatMap((p) => p.titles.map(chinesePunctuation)))]
    const roles = [...new Set(records.map((p) => p.role))]
    return c.html(<PersonPage name={name} pinyin={records[0]?.pinyin ?? ""} titles={titles} roles={roles} events={events} />)
  })

  app.get("/place/:name", async (c) => {
    const name = c.req.param("name")
    const cursor = c.req.query("cursor")
    if (name.length > 60) return notFound(c, "地名太长。")
    try {
      const page = await run(Effect.flatMap(EventQuery, (s) => s.listEvents({ place: name, limit: 200, ...(cursor === undefined ? {} : { cursor }) })))
      if (page.items.length === 0) return notFound(c, `没有在 ${name} 的事件。`)
      return c.html(<PlacePage name={name} events={page.items} next={page.nextCursor} />)
    } catch {
      return notFound(c, "这一页的位置无效。")
    }
  })

  app.get("/index/people", async (c) => {
    const people = await run(Effect.flatMap(EventQuery, (s) => s.people(500)))
    return c.html(<NameIndexPage title="人物" rows={people.map((p) => ({ name: p.name, note: `${p.pinyin} ${p.titles.slice(0, 3).join("、")}`, count: p.count, href: personHref(p.name) }))} />)
  })

  app.get("/index/places", async (c) => {
    const places = await run(Effect.flatMap(EventQuery, (s) => s.places(500)))
    return c.html(<NameIndexPage title="地点" rows={places.map((p) => ({ name: p.name, note: "", count: p.count, href: placeHref(p.name) }))} />)
  })

  return app
}
