/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import type { EventFilter, MonthCount } from "@dashiji/store"
import { Box, Text, useApp, useInput, useStdout } from "ink"
import { useCallback, useEffect, useRef, useState } from "react"
import { DetailPane } from "./components/DetailPane.tsx"
import { EventsPane } from "./components/EventsPane.tsx"
import { Help } from "./components/Help.tsx"
import { MonthsPane } from "./components/MonthsPane.tsx"
import type { BrowserData } from "./data.ts"
import { kindBadge, kinds, monthLabel } from "./labels.ts"
import { palette } from "./palette.ts"
import { fit } from "./width.ts"

type Pane = "months" | "events" | "detail"
type PromptKind = "q" | "person" | "place"
interface Filters {
  readonly q?: string
  readonly person?: string
  readonly place?: string
  readonly kind?: Event["kind"]
}

/**
 * State that key handling reads: keys can arrive faster than React re-renders (a paste, a fast typist,
 * tmux send-keys), so the handler reads the ref, which is updated at once, not the rendered value.
 */
const useKeyState = <T,>(initial: T) => {
  const [value, setValue] = useState<T>(initial)
  const ref = useRef<T>(initial)
  const set = useCallback((next: T | ((prev: T) => T)) => {
    ref.current = typeof next === "function" ? (next as (prev: T) => T)(ref.current) : next
    setValue(ref.current)
  }, [])
  return [value, set, ref] as const
}

const promptLabel: Record<PromptKind, string> = { q: "搜索", person: "人物", place: "地点" }
const PAGE = 200

export interface AppProps {
  readonly data: BrowserData
  /** Where `e` writes the month's report. */
  readonly exportDir: string
  readonly width?: number
  readonly height?: number
}

export const App = ({ data, exportDir, width: w, height: h }: AppProps) => {
  const { exit } = useApp()
  const { stdout } = useStdout()
  const width = Math.max(60, w ?? stdout.columns ?? 80)
  const height = Math.max(16, h ?? stdout.rows ?? 24)
  const [months, setMonths] = useState<ReadonlyArray<MonthCount>>([])
  const [monthIdx, setMonthIdx] = useState(0)
  const [events, setEvents] = useState<ReadonlyArray<Event>>([])
  const [eventIdx, setEventIdx] = useState(0)
  const [pane, setPane, paneRef] = useKeyState<Pane>("months")
  const [filters, setFilters, filtersRef] = useKeyState<Filters>({})
  const [prompt, setPrompt, promptRef] = useKeyState<{ kind: PromptKind; value: string } | null>(null)
  const [help, setHelp, helpRef] = useKeyState(false)
  const [message, setMessage] = useState("")
  const [loading, setLoading] = useState(true)
  const [scroll, setScroll] = useState(0)
  const [sourceLines, setSourceLines] = useState<ReadonlyArray<number | undefined>>([])

  const filtered = filters.q !== undefined || filters.person !== undefined || filters.place !== undefined || filters.kind !== undefined
  const month = months[monthIdx]?.month

  useEffect(() => {
    void data.months().then((m) => {
      setMonths(m)
      // open on the busiest month: a new user lands on something to read
      const busiest = m.reduce((best, x, i) => (x.count > (m[best]?.count ?? -1) ? i : best), 0)
      setMonthIdx(busiest)
    })
  }, [data])

  useEffect(() => {
    if (!filtered && month === undefined) return
    setLoading(true)
    // stale rows must not stand under a new heading while the query runs
    setEvents([])
    const filter: EventFilter = filtered ? { ...filters, limit: PAGE } : { month: month!, limit: PAGE }
    let live = true
    data
      .events(filter)
      .then((page) => {
        if (!live) return
        setEvents(page.items)
        setEventIdx(0)
        setLoading(false)
      })
      .catch((e: unknown) => {
        if (!live) return
        setMessage(`查询失败：${e instanceof Error ? e.message : String(e)}`)
        setLoading(false)
      })
    return () => {
      live = false
    }
  }, [data, month, filters, filtered])

  const current = events[eventIdx]
  useEffect(() => {
    setScroll(0)
    if (current === undefined) return
    let live = true
    void data.sourceLines(current).then((l) => live && setSourceLines(l))
    return () => {
      live = false
    }
  }, [data, current])

  const quit = useCallback(() => {
    void data.close().finally(() => exit())
  }, [data, exit])

  useInput((input, key) => {
    const help = helpRef.current
    const prompt = promptRef.current
    const pane = paneRef.current
    const filters = filtersRef.current
    const filtered = filters.q !== undefined || filters.person !== undefined || filters.place !== undefined || filters.kind !== undefined
    if (help) {
      setHelp(false)
      return
    }
    if (prompt !== null) {
      if (key.escape) setPrompt(null)
      else if (key.return) {
        const value = prompt.value.trim()
        setFilters((f) => ({ ...f, [prompt.kind]: value.length > 0 ? value : undefined }))
        setPrompt(null)
        setPane("events")
      } else if (key.backspace || key.delete) setPrompt({ ...prompt, value: [...prompt.value].slice(0, -1).join("") })
      else if (input.length > 0 && !key.ctrl && !key.meta) setPrompt({ ...prompt, value: prompt.value + input })
      return
    }
    const down = key.downArrow || input === "j"
    const up = key.upArrow || input === "k"
    if (input === "q") return quit()
    if (input === "?") return setHelp(true)
    if (input === "/") return setPrompt({ kind: "q", value: filters.q ?? "" })
    if (input === "p") return setPrompt({ kind: "person", value: filters.person ?? "" })
    if (input === "l") return setPrompt({ kind: "place", value: filters.place ?? "" })
    if (input === "t") {
      const next = filters.kind === undefined ? kinds[0] : kinds[kinds.indexOf(filters.kind) + 1]
      setFilters((f) => ({ ...f, kind: next }))
      setPane("events")
      return
    }
    if (key.escape) {
      if (pane === "detail") setPane("events")
      else if (filtered) setFilters({})
      else setPane("months")
      return
    }
    if (input === "e") {
      const target = month ?? events[0]?.date.start.slice(0, 7)
      if (target === undefined) return setMessage("没有可导出的月份")
      setMessage("正在导出…")
      void data.exportMonth(target, exportDir).then(
        (path) => setMessage(`已导出 ${monthLabel(target)} 报告：${path}`),
        (e: unknown) => setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`)
      )
      return
    }
    if (key.tab) {
      setPane((p) => (p === "months" ? "events" : p === "events" ? (current !== undefined ? "detail" : "months") : "months"))
      return
    }
    if (key.return) {
      if (pane === "months") setPane("events")
      else if (pane === "events" && current !== undefined) setPane("detail")
      return
    }
    if (down || up) {
      const d = down ? 1 : -1
      if (pane === "months") {
        setMonthIdx((i) => Math.max(0, Math.min(months.length - 1, i + d)))
        if (filtered) setFilters({})
      } else if (pane === "events") setEventIdx((i) => Math.max(0, Math.min(events.length - 1, i + d)))
      else setScroll((s) => Math.max(0, s + d))
    }
  })

  const rows = height - 3
  const monthsWidth = 22
  const rightWidth = width - monthsWidth - 1
  const filterText = [
    filters.q !== undefined ? `搜索“${filters.q}”` : "",
    filters.person !== undefined ? `人物：${filters.person}` : "",
    filters.place !== undefined ? `地点：${filters.place}` : "",
    filters.kind !== undefined ? `类别：${kindBadge[filters.kind]}` : ""
  ].filter((s) => s.length > 0)
  const heading = filtered ? `筛选 ${filterText.join(" ")}（${events.length}${events.length >= PAGE ? "+" : ""}）` : `${month === undefined ? "" : monthLabel(month)}（${events.length}）`

  if (help) return <Help />
  const footer =
    prompt !== null
      ? `${promptLabel[prompt.kind]}：${prompt.value}▏ (Enter 确定, Esc 取消)`
      : message.length > 0
        ? message
        : "↑↓/jk 移动  Enter 打开  Tab 窗格  / 搜索  p 人物  l 地点  t 类别  e 导出  ? 帮助  q 退出"
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={palette("cyan")}>{fit(`dashiji 大事记  ${filterText.length > 0 ? `· ${filterText.join(" · ")}` : ""}`, width)}</Text>
      <Box flexDirection="row" height={rows}>
        <MonthsPane months={months} selected={monthIdx} focused={pane === "months"} width={monthsWidth} rows={rows - 1} />
        <Box width={1} />
        {pane === "detail" ? (
          <DetailPane event={current} sourceLines={sourceLines} scroll={scroll} focused width={rightWidth} rows={rows - 1} />
        ) : (
          <EventsPane heading={heading} events={events} selected={eventIdx} focused={pane === "events"} width={rightWidth} rows={rows - 1} loading={loading} />
        )}
      </Box>
      <Text color={palette(prompt !== null ? "yellow" : "gray")}>{fit(footer, width)}</Text>
    </Box>
  )
}
