/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Text } from "ink"
import { palette } from "../palette.ts"
import { promptTitle, type State } from "../state.ts"
import { fit } from "../width.ts"

/** The keys that work where the focus is (the help screen `?` lists them all). */
export const footerHints = (s: State): string => {
  if (s.focus === "source") return "↑↓ 滚动  n/N 下一个/上一个来源  g/G 首尾  y 复制编号  Esc 返回详情  q 退出"
  if (s.focus === "detail") return "↑↓ 滚动  Enter/o 原文  y 复制编号  s 排序  Esc 返回  ? 帮助  q 退出"
  if (s.focus === "events") return "↑↓ 移动  Enter 详情  s 排序  : 日期  y 复制编号  t 类别  e 导出  Esc 返回  ? 帮助  q 退出"
  if (s.view === "timeline") return "←→ 日  ↑↓ 月/周  [ ] 翻页  v 年历/月历  Enter 当天事件  : 日期  1-4 视图  ? 帮助  q 退出"
  if (s.view === "people" || s.view === "places") return "↑↓ 移动  输入汉字或 / 筛选  Enter 事件  s 排序  e 导出  1-4 视图  ? 帮助  q 退出"
  return "↑↓ 移动  Enter 事件  1-4 视图  / 搜索  : 日期  s 排序  t 类别  e 导出  ? 帮助  q 退出"
}

/** The footer's text: an open prompt, else the last message, else the hints. */
export const footerText = (s: State): string => {
  if (s.prompt === null) return s.message.length > 0 ? s.message : footerHints(s)
  if (s.prompt.kind === "export") {
    const what = s.focus === "nav" && (s.view === "people" || s.view === "places") ? `${s.view === "people" ? "人物" : "地点"}列表` : "当前事件列表"
    return `导出${what}：c CSV  m Markdown  r 本月报告  (Esc 取消)`
  }
  return `${promptTitle(s.prompt.kind)}：${s.prompt.value}▏ (Enter 确定, Esc 取消${s.prompt.kind === "jump" ? "；如 2020-02-24、2月24日" : ""})`
}

export const Footer = (props: { state: State }) => (
  <Text color={palette(props.state.prompt !== null ? "yellow" : "gray")} wrap="truncate">
    {fit(footerText(props.state), props.state.width)}
  </Text>
)
