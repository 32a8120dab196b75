/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"

export const helpLines: ReadonlyArray<readonly [string, string]> = [
  ["↑ ↓ / j k", "移动 / 滚动"],
  ["Enter", "打开（月份 → 事件 → 详情）"],
  ["Tab", "切换窗格"],
  ["/", "全文搜索"],
  ["p", "按人物筛选"],
  ["l", "按地点筛选"],
  ["t", "按类别筛选（循环）"],
  ["Esc", "清除筛选 / 返回"],
  ["e", "导出本月 Markdown 报告"],
  ["?", "帮助"],
  ["q", "退出"]
]

export const Help = () => (
  <Box flexDirection="column" borderStyle="round" paddingX={1}>
    <Text bold>dashiji 大事记 — 按键</Text>
    {helpLines.map(([k, v]) => (
      <Text key={k}>
        {k.padEnd(12)} {v}
      </Text>
    ))}
    <Text dimColor>按任意键返回</Text>
  </Box>
)
