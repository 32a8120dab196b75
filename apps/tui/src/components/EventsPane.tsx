/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import { Box, Text } from "ink"
import { dayLabel, kindBadge, leadPerson } from "../labels.ts"
import { palette } from "../palette.ts"
import { displayWidth, fit } from "../width.ts"

/** The month's (or the search's) events: date, kind badge, title, lead person. */
export const EventsPane = (props: {
  heading: string
  events: ReadonlyArray<Event>
  selected: number
  focused: boolean
  width: number
  rows: number
  loading: boolean
  /** What to say when there is nothing to list (default: no events). */
  emptyText?: string | undefined
}) => {
  const start = Math.max(0, Math.min(props.selected - Math.floor(props.rows / 2), props.events.length - props.rows))
  const visible = props.events.slice(start, start + props.rows)
  return (
    <Box flexDirection="column" width={props.width}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit(props.loading ? `${props.heading}（加载中）` : props.heading, props.width)}</Text>
      {visible.length === 0 && !props.loading ? <Text dimColor>{fit(props.emptyText ?? "（没有事件）", props.width)}</Text> : null}
      {visible.map((e, i) => {
        const index = start + i
        const date = fit(dayLabel(e), 11)
        const badge = `[${kindBadge[e.kind]}]`
        const lead = leadPerson(e)
        const room = props.width - 1 - displayWidth(date) - displayWidth(badge) - 2
        const leadPart = lead.length > 0 ? fit(lead, Math.min(14, Math.max(0, Math.floor(room / 3)))) : ""
        const title = fit(e.title, Math.max(4, room - displayWidth(leadPart) - (leadPart ? 1 : 0)))
        return (
          <Text key={e.id} inverse={index === props.selected && props.focused} bold={index === props.selected}>
            {index === props.selected ? "›" : " "}
            {date} <Text color={palette("yellow")}>{badge}</Text> {title}
            {leadPart ? <Text color={palette("green")}> {leadPart}</Text> : null}
          </Text>
        )
      })}
    </Box>
  )
}
