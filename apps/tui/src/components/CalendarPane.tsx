/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"
import { HEAT_GLYPHS, heat, MONTH_CELL, monthWeeks, YEAR_LABEL, yearCell } from "../calendar.ts"
import { daysInMonth } from "../dates.ts"
import { isoDayLabel } from "../labels.ts"
import type { CalendarMode } from "../layout.ts"
import { palette } from "../palette.ts"
import { fit } from "../width.ts"

const pad = (n: number) => String(n).padStart(2, "0")
interface Cell {
  readonly text: string
  readonly level: number
  readonly selected: boolean
}

/** Cells of one line, consecutive cells of one look drawn as one run. */
const Runs = (props: { prefix: string; cells: ReadonlyArray<Cell>; focused: boolean }) => {
  const runs: Array<Cell> = []
  for (const c of props.cells) {
    const last = runs[runs.length - 1]
    if (last !== undefined && last.level === c.level && last.selected === c.selected) runs[runs.length - 1] = { ...last, text: last.text + c.text }
    else runs.push(c)
  }
  return (
    <Text wrap="truncate">
      {props.prefix}
      {runs.map((r, i) => (
        <Text key={i} inverse={r.selected && props.focused} bold={r.selected} underline={r.selected && !props.focused} dimColor={r.level === 0 && !r.selected} color={r.level > 0 ? palette(r.level >= 3 ? "yellow" : "green") : undefined}>
          {r.text}
        </Text>
      ))}
    </Text>
  )
}

/** A heat-map calendar: a year (a row per month, a cell per day) or a month (weeks from Monday). */
export const CalendarPane = (props: { mode: CalendarMode; day: string | null; counts: Readonly<Record<string, number>> | null; focused: boolean; width: number; height: number }) => {
  const { day, counts } = props
  if (day === null)
    return (
      <Box flexDirection="column" width={props.width} height={props.height}>
        <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit("时间线", props.width)}</Text>
        <Text dimColor>{fit("（库中没有带年份的日期）", props.width)}</Text>
      </Box>
    )
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const count = (d: string) => counts?.[d] ?? 0
  const n = count(day)
  const loading = counts === null ? "（加载中）" : ""
  if (props.mode === "year") {
    const cell = yearCell(props.width)
    const max = Math.max(1, ...Object.values(counts ?? {}))
    const total = Object.values(counts ?? {}).length
    const header = Array.from({ length: 31 }, (_, i) => {
      const d = i + 1
      const label = d === 1 || d % 5 === 0 ? String(d) : ""
      return cell === 2 ? label.padEnd(2) : label.length === 0 ? " " : label.slice(-1)
    }).join("")
    return (
      <Box flexDirection="column" width={props.width} height={props.height}>
        <Text bold color={palette(props.focused ? "cyan" : "gray")}>
          {fit(`时间线 ${year}年（${total}天有事件）· ${isoDayLabel(day)} ${n}件${loading}  ←→日 ↑↓月 [ ]年 v 月历`, props.width)}
        </Text>
        <Text dimColor>{fit(`${" ".repeat(YEAR_LABEL)}${header}`, props.width)}</Text>
        {Array.from({ length: 12 }, (_, mi) => {
          const m = mi + 1
          const days = daysInMonth(year, m)
          const cells = Array.from({ length: 31 }, (_, di): Cell => {
            const d = `${year}-${pad(m)}-${pad(di + 1)}`
            if (di + 1 > days) return { text: " ".repeat(cell), level: 0, selected: false }
            const level = heat(count(d), max)
            return { text: HEAT_GLYPHS[level]!.repeat(cell), level, selected: d === day }
          })
          return <Runs key={m} prefix={fit(`${m}月`, YEAR_LABEL)} cells={cells} focused={props.focused} />
        })}
      </Box>
    )
  }
  const weeks = monthWeeks(year, month)
  const inMonth = Object.entries(counts ?? {}).filter(([d]) => d.startsWith(day.slice(0, 7)))
  const max = Math.max(1, ...inMonth.map(([, c]) => c))
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>
        {fit(`时间线 ${year}年${month}月（${inMonth.length}天有事件）· ${isoDayLabel(day)} ${n}件${loading}  ←→日 ↑↓周 [ ]月 v 年历`, props.width)}
      </Text>
      <Text dimColor>{fit(` ${["一", "二", "三", "四", "五", "六", "日"].map((w) => fit(` 周${w}`, MONTH_CELL)).join("")}`, props.width)}</Text>
      {weeks.map((week, wi) => (
        <Runs
          key={wi}
          prefix=" "
          focused={props.focused}
          cells={week.map((d): Cell => {
            if (d === null) return { text: " ".repeat(MONTH_CELL), level: 0, selected: false }
            const iso = `${year}-${pad(month)}-${pad(d)}`
            const c = count(iso)
            const level = heat(c, max)
            return { text: ` ${String(d).padStart(2)} ${HEAT_GLYPHS[level]}${c > 0 ? String(c).padStart(2) : "  "} `, level, selected: iso === day }
          })}
        />
      ))}
    </Box>
  )
}
