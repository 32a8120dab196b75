/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import { Box, Text } from "ink"
import type { ReactNode } from "react"
import { dayLabel, kindBadge, methodLabel, roleLabel, warningLabel, yearReason } from "../labels.ts"
import { palette } from "../palette.ts"
import { fit, wrap } from "../width.ts"

interface Line {
  readonly key: string
  readonly node: ReactNode
}

/** One wrapped text line with people and places highlighted. */
const highlight = (line: string, people: ReadonlyArray<string>, places: ReadonlyArray<string>): ReactNode => {
  const names = [...people, ...places].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)
  if (names.length === 0) return line
  const re = new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "g")
  return line.split(re).map((part, i) =>
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

export const detailLines = (e: Event, sourceLines: ReadonlyArray<number | undefined>, width: number): Array<Line> => {
  const out: Array<Line> = []
  const push = (key: string, node: ReactNode) => out.push({ key, node })
  const year = e.date.year.value === null ? "" : `${e.date.year.value}年`
  wrap(e.title, width).forEach((l, i) => push(`t${i}`, <Text bold color={palette("cyan")}>{l}</Text>))
  wrap(`日期：${year}${dayLabel(e)}（${yearReason[e.date.year.source]}）  类别：${kindBadge[e.kind]}`, width).forEach((l, i) => push(`d${i}`, l))
  if (e.people.length > 0) {
    const text = `人物：${e.people.map((p) => `${p.titles.join("、")}${p.name}（${roleLabel[p.role]}）`).join("，")}`
    wrap(text, width).forEach((l, i) => push(`p${i}`, highlight(l, e.people.map((p) => p.name), [])))
  }
  if (e.places.length > 0) wrap(`地点：${e.places.map((p) => p.name).join("、")}`, width).forEach((l, i) => push(`l${i}`, highlight(l, [], e.places.map((p) => p.name))))
  if (e.organizations.length > 0) wrap(`机构：${e.organizations.join("、")}`, width).forEach((l, i) => push(`o${i}`, l))
  if (e.reporters.length > 0) push("r", `记者：${e.reporters.join("、")}`)
  push("blank1", " ")
  const people = e.people.map((p) => p.name)
  const places = e.places.map((p) => p.name)
  wrap(e.text, width).forEach((l, i) => push(`x${i}`, highlight(l, people, places)))
  push("blank2", " ")
  const mergeOf = (doc: string, start: number) => e.merged.find((x) => x.document === doc && x.span[0] === start)
  e.sources.forEach((s, i) => {
    const line = sourceLines[i]
    const m = mergeOf(s.document, s.span[0])
    const merge = i === 0 ? "主要来源" : m === undefined ? "" : `合并理由：${methodLabel[m.method]} ${m.score.toFixed(2)}`
    wrap(`来源${i + 1}：${s.document} ${line === undefined ? "" : `第${line}行 `}[${s.span[0]}–${s.span[1]}] ${merge}`, width).forEach((l, j) => push(`s${i}-${j}`, <Text dimColor>{l}</Text>))
  })
  // a merge must be explainable even when its mention is not among the sources
  e.merged
    .filter((m) => !e.sources.some((s) => s.document === m.document && s.span[0] === m.span[0]))
    .forEach((m, i) =>
      wrap(`合并：${m.document} [${m.span[0]}–${m.span[1]}] 合并理由：${methodLabel[m.method]} ${m.score.toFixed(2)}`, width).forEach((l, j) => push(`m${i}-${j}`, <Text dimColor>{l}</Text>))
    )
  if (e.warnings.length > 0) wrap(`提示：${e.warnings.map(warningLabel).join("、")}`, width).forEach((l, i) => push(`w${i}`, <Text color={palette("yellow")}>{l}</Text>))
  return out
}

export const DetailPane = (props: { event: Event | undefined; sourceLines: ReadonlyArray<number | undefined>; scroll: number; focused: boolean; width: number; rows: number }) => {
  if (props.event === undefined)
    return (
      <Box flexDirection="column" width={props.width}>
        <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit("详情", props.width)}</Text>
        <Text dimColor>{fit("（未选择事件）", props.width)}</Text>
      </Box>
    )
  const lines = detailLines(props.event, props.sourceLines, props.width - 1)
  const start = Math.max(0, Math.min(props.scroll, Math.max(0, lines.length - props.rows)))
  return (
    <Box flexDirection="column" width={props.width}>
      <Text bold color={palette(props.focused ? "cyan" : "gray")}>{fit(`详情 ${start + 1}-${Math.min(lines.length, start + props.rows)}/${lines.length}`, props.width)}</Text>
      {lines.slice(start, start + props.rows).map((l) => (
        <Text key={l.key} wrap="truncate">
          {l.node}
        </Text>
      ))}
    </Box>
  )
}
