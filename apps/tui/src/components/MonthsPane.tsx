/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { MonthCount } from "@dashiji/store"
import { Box, Text } from "ink"
import { fit } from "../width.ts"
import { monthLabel } from "../labels.ts"
import { palette } from "../palette.ts"

/** Months with counts and a small activity bar. */
export const MonthsPane = (props: { months: ReadonlyArray<MonthCount>; selected: number; focused: boolean; width: number; rows: number }) => {
  const max = Math.max(1, ...props.months.map((m) => m.count))
  const start = Math.max(0, Math.min(props.selected - Math.floor(props.rows / 2), props.months.length - props.rows))
  const visible = props.months.slice(start, start + props.rows)
  return (
    <Box flexDirection="column" width={props.width}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit(`月份 (${props.months.length})`, props.width)}</Text>
      {visible.map((m, i) => {
        const index = start + i
        const bar = "▇".repeat(Math.max(1, Math.round((m.count / max) * 5)))
        const line = fit(`${monthLabel(m.month)} ${String(m.count).padStart(3)} ${bar}`, props.width - 1)
        return (
          <Text key={m.month} inverse={index === props.selected && props.focused} bold={index === props.selected}>
            {index === props.selected ? "›" : " "}
            {line}
          </Text>
        )
      })}
    </Box>
  )
}
