/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text } from "ink"
import { fit } from "../width.ts"

/** The keys, per view; the README lists the same. */
export const helpLines: ReadonlyArray<readonly [string, string]> = [
  ["1 2 3 4", "视图：月份 / 人物 / 地点 / 时间线"],
  ["↑↓ j k  PgUp PgDn", "移动 / 翻页（详情和原文中滚动）"],
  ["g G  Home End", "到开头 / 到结尾"],
  ["Enter →  Esc ←", "打开（列表 → 事件 → 详情 → 原文）/ 返回"],
  ["Tab / Shift-Tab", "切换窗格"],
  [":", "跳到日期（2020-02-24 或 2月24日）"],
  ["s", "排序（事件：日期/倒序/类别/人物；名单：次数/拼音）"],
  ["/", "全文搜索；人物/地点列表中为筛选（也可直接输入汉字）"],
  ["p  l  t", "按人物 / 地点筛选，t 循环类别"],
  ["o  n N", "详情中打开原文；原文中下一个/上一个来源"],
  ["时间线", "←→ 日  ↑↓ 月（月历中为周）  [ ] 年/月  v 年历/月历"],
  ["y", "复制事件编号（OSC 52 剪贴板）"],
  ["e", "导出：c 当前列表 CSV  m Markdown  r 本月报告"],
  ["鼠标", "滚轮移动，单击选择，再次单击打开"],
  ["? / q", "帮助 / 退出"]
]

export const Help = (props: { width: number; height: number }) => {
  const inner = Math.min(76, props.width) - 4
  const keyWidth = inner >= 60 ? 20 : 12
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={inner + 4}>
      <Text bold>{fit("dashiji 大事记 — 按键", inner)}</Text>
      {helpLines.slice(0, Math.max(1, props.height - 4)).map(([k, v]) => (
        <Text key={k} wrap="truncate">
          {fit(`${fit(k, keyWidth)} ${v}`, inner)}
        </Text>
      ))}
      <Text dimColor>{fit("按任意键返回", inner)}</Text>
    </Box>
  )
}
