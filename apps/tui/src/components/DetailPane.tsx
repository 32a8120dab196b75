/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import { Box, Text } from "ink"
import type { ReactNode } from "react"
import { type DetailLine, detailText } from "../detail.ts"
import { palette } from "../palette.ts"
import { dedupePlaces } from "../places.ts"
import { fit } from "../width.ts"

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** One line with people and places emphasised. */
const marked = (line: string, people: ReadonlyArray<string>, places: ReadonlyArray<string>): ReactNode => {
  const names = [...people, ...places].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)
  if (names.length === 0) return line
  return line.split(new RegExp(`(${names.map(escape).join("|")})`, "g")).map((part, i) =>
    people.includes(part) ? (
      <Text key={i} bold color={palette("green")} underline={palette("green") === undefined}>
        {part}
      </Text>
    ) : places.includes(part) ? (
      <Text key={i} bold color={palette("magenta")}>
        {part}
      </Text>
    ) : (
      part
    )
  )
}

const draw = (l: DetailLine, people: ReadonlyArray<string>, places: ReadonlyArray<string>): ReactNode => {
  switch (l.style) {
    case "title":
      return <Text bold color={palette("cyan")}>{l.text}</Text>
    case "marked":
      return marked(l.text, people, places)
    case "dim":
      return <Text dimColor>{l.text}</Text>
    case "warn":
      return <Text color={palette("yellow")}>{l.text}</Text>
    default:
      return l.text.length === 0 ? " " : l.text
  }
}

export const DetailPane = (props: { event: Event | undefined; sourceLines: ReadonlyArray<number | undefined>; scroll: number; focused: boolean; width: number; height: number }) => {
  const rows = Math.max(1, props.height - 1)
  if (props.event === undefined)
    return (
      <Box flexDirection="column" width={props.width} height={props.height}>
        <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit("详情", props.width)}</Text>
        <Text dimColor>{fit("（未选择事件）", props.width)}</Text>
      </Box>
    )
  const e = props.event
  const lines = detailText(e, props.sourceLines, props.width - 1)
  const start = Math.max(0, Math.min(props.scroll, Math.max(0, lines.length - rows)))
  const people = e.people.map((p) => p.name)
  const places = [...new Set([...e.places.map((p) => p.name), ...dedupePlaces(e.places).map((p) => p.name)])]
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit(`详情 ${start + 1}-${Math.min(lines.length, start + rows)}/${lines.length}`, props.width)}</Text>
      {lines.slice(start, start + rows).map((l) => (
        <Text key={l.key} wrap="truncate">
          {draw(l, people, places)}
        </Text>
      ))}
    </Box>
  )
}
