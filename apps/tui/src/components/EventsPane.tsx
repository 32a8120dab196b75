/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import { Text } from "ink"
import { eventDateLabel, kindBadge, leadPerson, leadPersonIn } from "../labels.ts"
import { listWindow } from "../layout.ts"
import { palette } from "../palette.ts"
import { displayWidth, fit } from "../width.ts"
import { ListRows } from "./ListRows.tsx"

/**
 * Column widths for the rows on screen: the date as wide as its longest label, the lead person as wide as the
 * longest name (up to a third of what remains), the title everything else — a wide terminal shows whole titles.
 */
export const eventColumns = (rows: ReadonlyArray<Event>, width: number, withYear: boolean) => {
  const date = Math.max(5, ...rows.map((e) => displayWidth(eventDateLabel(e, withYear))))
  const room = width - date - 1 - 6 - 1
  const lead = Math.min(Math.max(0, ...rows.map((e) => displayWidth(leadPerson(e)))), Math.floor(room / 3))
  const title = Math.max(4, room - (lead > 0 ? lead + 1 : 0))
  return { date, lead, title }
}

/** The list's events: date (with the year when the list spans months), kind badge, title, lead person. */
export const EventsPane = (props: {
  heading: string
  events: ReadonlyArray<Event>
  selected: number
  focused: boolean
  width: number
  height: number
  loading: boolean
  withYear: boolean
  emptyText?: string | undefined
}) => {
  const rows = Math.max(1, props.height - 1)
  const start = listWindow(props.selected, rows, props.events.length)
  const cols = eventColumns(props.events.slice(start, start + rows), props.width - 1, props.withYear)
  return (
    <ListRows
      heading={props.loading ? `${props.heading}（加载中）` : props.heading}
      items={props.events}
      selected={props.selected}
      focused={props.focused}
      width={props.width}
      height={props.height}
      empty={props.loading ? "" : (props.emptyText ?? "（没有事件）")}
      keyOf={(e) => e.id}
      row={(e) => (
        <>
          {fit(eventDateLabel(e, props.withYear), cols.date)} <Text color={palette("yellow")}>[{kindBadge[e.kind]}]</Text> {fit(e.title, cols.title)}
          {cols.lead > 0 ? <Text color={palette("green")}> {fit(leadPersonIn(e, cols.lead), cols.lead)}</Text> : null}
        </>
      )}
    />
  )
}
