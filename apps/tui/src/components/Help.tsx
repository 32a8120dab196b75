/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"
import { fit } from "../width.ts"

export const helpLines: ReadonlyArray<readonly [string, string]> = [
  ["↑ ↓ / j k", "移动 / 滚动"],
  ["PgUp PgDn 空格", "翻页"],
  ["Enter", "打开（月份 → 事件 → 详情）"],
  ["Tab / Shift-Tab", "切换窗格"],
  ["/", "全文搜索"],
  ["p", "按人物筛选"],
  ["l", "按地点筛选"],
  ["t", "按类别筛选（循环，最后回到全部）"],
  ["Esc", "清除筛选 / 返回"],
  ["e", "导出本月 Markdown 报告"],
  ["?", "帮助"],
  ["q", "退出"]
]

export const Help = (props: { width: number }) => {
  // border and padding take four columns
  const inner = Math.min(60, props.width) - 4
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={inner + 4}>
      <Text bold>{fit("dashiji 大事记 — 按键", inner)}</Text>
      {helpLines.map(([k, v]) => (
        <Text key={k}>{fit(`${fit(k, 16)} ${v}`, inner)}</Text>
      ))}
      <Text dimColor>{fit("按任意键返回", inner)}</Text>
    </Box>
  )
}
