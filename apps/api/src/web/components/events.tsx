/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { chineseDate, chineseDay, chineseMonth, chinesePunctuation, kindLabel } from "@dashiji/export"
import { eventHref, monthHref } from "../hrefs.ts"

/** 2020年2月4日至6日: the day with the year when it is known. */
export const fullDate = (e: Event) => {
  const y = e.date.start.slice(0, 4)
  return y === "XXXX" ? `${chineseDay(e)}（年份不详）` : `${y}年${chineseDay(e)}`
}

const leads = (e: Event) => e.people.filter((p) => p.role === "lead").slice(0, 2)

/** One event in a list: date, kind, title (a link, in Chinese punctuation as the report shows it), who led it. */
export const EventItem = (props: { readonly event: Event; readonly withYear?: boolean }) => {
  const e = props.event
  return (
    <li>
      <span class="date">{props.withYear === true ? fullDate(e) : chineseDay(e)}</span>
      <span class="kind">{kindLabel[e.kind]}</span> <a href={eventHref(e.id)}>{chinesePunctuation(e.title)}</a>
      {leads(e).length > 0 ? (
        <span class="muted small">
          {" · "}
          {leads(e).map((p, i) => (
            <>
              {i > 0 ? "、" : ""}
              {p.titles[0] ?? ""}
              {p.name}
            </>
          ))}
        </span>
      ) : (
        ""
      )}
    </li>
  )
}

export const EventList = (props: { readonly events: ReadonlyArray<Event>; readonly withYear?: boolean }) =>
  props.events.length === 0 ? (
    <p class="muted">没有事件。</p>
  ) : (
    <ul class="events">
      {props.events.map((e) => (
        <EventItem event={e} withYear={props.withYear ?? true} />
      ))}
    </ul>
  )

/** Events grouped under their month headings, each linking to its month (a person's or a place's timeline). */
export const Timeline = (props: { readonly events: ReadonlyArray<Event> }) => {
  const groups: Array<{ month: string; events: Array<Event> }> = []
  for (const e of props.events) {
    const month = e.date.start.slice(0, 7)
    if (groups.at(-1)?.month !== month) groups.push({ month, events: [] })
    groups.at(-1)!.events.push(e)
  }
  return (
    <>
      {groups.map((g) => (
        <section>
          <h3>
            <a href={monthHref(g.month)}>{g.month.length === 7 ? chineseMonth(g.month) : chineseDate(g.month)}</a>
          </h3>
          <EventList events={g.events} withYear={false} />
        </section>
      ))}
    </>
  )
}
