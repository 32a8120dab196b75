/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"
import type { ReactNode } from "react"
import { listWindow } from "../layout.ts"
import { palette } from "../palette.ts"
import { fit } from "../width.ts"

/**
 * A scrolling list: heading, then the rows around the selection (the same window the reducer uses to map clicks).
 * `row` draws one row's text (without the selection marker) in `width - 1` columns.
 */
export const ListRows = <T,>(props: {
  heading: string
  items: ReadonlyArray<T>
  selected: number
  focused: boolean
  width: number
  height: number
  empty: string
  keyOf: (item: T) => string
  row: (item: T, width: number, index: number) => ReactNode
}) => {
  const rows = Math.max(1, props.height - 1)
  const start = listWindow(props.selected, rows, props.items.length)
  const visible = props.items.slice(start, start + rows)
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit(props.heading, props.width)}</Text>
      {visible.length === 0 ? <Text dimColor>{fit(props.empty, props.width)}</Text> : null}
      {visible.map((item, i) => {
        const index = start + i
        const selected = index === props.selected
        return (
          <Text key={props.keyOf(item)} inverse={selected && props.focused} bold={selected} wrap="truncate">
            {selected ? "›" : " "}
            {props.row(item, props.width - 1, index)}
          </Text>
        )
      })}
    </Box>
  )
}
