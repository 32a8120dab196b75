/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"
import type { SourceRef } from "../detail.ts"
import { palette } from "../palette.ts"
import type { SourceDoc } from "../source.ts"
import { displayable, sourceLine } from "../source.ts"
import type { LineSpan } from "../width.ts"
import { fit } from "../width.ts"

/** The raw document at a source: the span highlighted where it lies, the lines around it, n/N to the next source. */
export const SourcePane = (props: {
  refs: ReadonlyArray<SourceRef>
  index: number
  doc: SourceDoc
  text: string
  span: readonly [number, number]
  lines: ReadonlyArray<LineSpan>
  top: number
  width: number
  height: number
}) => {
  const ref = props.refs[props.index]!
  const found = props.doc.status === "found"
  const line = props.doc.status === "found" ? sourceLine(props.doc, ref.span[0]) : undefined
  const heading = `原文 ${props.index + 1}/${props.refs.length}  ${ref.document}${line === undefined ? "" : ` 第${line}行`} [${ref.span[0]}–${ref.span[1]}]  ${ref.note}`
  // the citation (title, publisher, date, link) when the document has metadata, else the file's path
  const cite = props.doc.status === "loading" ? undefined : props.doc.cite
  const sub =
    props.doc.status === "loading"
      ? "正在读取原文…"
      : props.doc.status === "found"
        ? `${cite ?? props.doc.path}  n/N 下一个/上一个来源  j/k 滚动  Esc 返回`
        : cite === undefined
          ? props.doc.reason
          : `${cite}  ${props.doc.reason}`
  const rows = Math.max(1, props.height - 2)
  const shown = displayable(props.text)
  const [a, b] = props.span
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      <Text bold color={palette("cyan")}>{fit(heading, props.width)}</Text>
      <Text dimColor>{fit(sub, props.width)}</Text>
      {props.lines.slice(props.top, props.top + rows).map((l, i) => {
        const text = shown.slice(l.start, l.end)
        // an empty line inside the span still belongs to it
        if (!found || b <= l.start || a > l.end || (a === l.end && l.end > l.start)) return <Text key={props.top + i}> {text}</Text>
        const from = Math.max(a, l.start) - l.start
        const to = Math.min(b, l.end) - l.start
        return (
          <Text key={props.top + i}>
            <Text color={palette("yellow")}>▌</Text>
            {text.slice(0, from)}
            <Text inverse bold color={palette("yellow")}>
              {text.slice(from, to)}
            </Text>
            {text.slice(to)}
          </Text>
        )
      })}
    </Box>
  )
}
