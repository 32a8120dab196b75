/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { Event } from "@dashiji/core"
import type { EventFilter, MonthCount } from "@dashiji/store"
import { Box, Text, useApp, useInput, useStdout } from "ink"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
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
interface EventList {
  /** The query these rows answer (see queryKey). */
  readonly key: string
  readonly items: ReadonlyArray<Event>
  readonly nextCursor: string | null
  readonly loading: boolean
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

/** Ink re-lays out on resize but does not re-run components, so sizes read from stdout need state. */
const useTerminalSize = (): { columns: number | undefined; rows: number | undefined } => {
  const { stdout } = useStdout()
  const [size, setSize] = useState({ columns: stdout.columns as number | undefined, rows: stdout.rows as number | undefined })
  useEffect(() => {
    const onResize = () => setSize({ columns: stdout.columns, rows: stdout.rows })
    stdout.on("resize", onResize)
    return () => {
      stdout.off("resize", onResize)
    }
  }, [stdout])
  return size
}

const isFiltered = (f: Filters): boolean => f.q !== undefined || f.person !== undefined || f.place !== undefined || f.kind !== undefined

const promptLabel: Record<PromptKind, string> = { q: "搜索", person: "人物", place: "地点" }
/** Rows fetched per query; the next page is fetched when the selection nears the end of what is loaded. */
export const DEFAULT_PAGE = 200
/** From this width on, the detail stands beside the event list instead of replacing it. */
export const WIDE = 150
const MONTHS_WIDTH = 22

export interface AppProps {
  readonly data: BrowserData
  /** Where `e` writes the month's report. */
  readonly exportDir: string
  /** Fixed size (tests, benches); otherwise the terminal's, following resizes. */
  readonly width?: number
  readonly height?: number
  readonly pageSize?: number
}

export const App = ({ data, exportDir, width: w, height: h, pageSize = DEFAULT_PAGE }: AppProps) => {
  const { exit } = useApp()
  const terminal = useTerminalSize()
  const width = Math.max(60, w ?? terminal.columns ?? 80)
  const height = Math.max(16, h ?? terminal.rows ?? 24)
  const wide = width >= WIDE
  const [months, setMonths] = useState<ReadonlyArray<MonthCount>>([])
  const [monthsLoaded, setMonthsLoaded] = useState(false)
  const [monthIdx, setMonthIdx] = useState(0)
  const [list, setList] = useState<EventList>({ key: "", items: [], nextCursor: null, loading: true })
  const [eventIdx, setEventIdx] = useState(0)
  const [pane, setPane, paneRef] = useKeyState<Pane>("months")
  const [filters, setFilters, filtersRef] = useKeyState<Filters>({})
  const [prompt, setPrompt, promptRef] = useKeyState<{ kind: PromptKind; value: string } | null>(null)
  const [help, setHelp, helpRef] = useKeyState(false)
  const [message, setMessage] = useState("")
  const [scroll, setScroll] = useState(0)
  const [sourceLines, setSourceLines] = useState<ReadonlyArray<number | undefined>>([])
  /** Which query the list belongs to: a page that arrives after the query changed is dropped. */
  const generation = useRef(0)
  const fetchingMore = useRef(false)

  const filtered = isFiltered(filters)
  const month = months[monthIdx]?.month
  const filter = useMemo((): EventFilter | undefined => (filtered ? { ...filters, limit: pageSize } : month === undefined ? undefined : { month, limit: pageSize }), [filtered, filters, month, pageSize])
  const queryKey = filter === undefined ? "" : JSON.stringify(filter)
  // rows of an earlier query never stand under a new heading, not even for the frame before the query starts
  const fresh = list.key === queryKey
  const events = fresh ? list.items : []
  const loading = !fresh || list.loading

  useEffect(() => {
    let live = true
    data.months().then(
      (m) => {
        if (!live) return
        setMonths(m)
        setMonthsLoaded(true)
        // open on the busiest month: a new user lands on something to read
        setMonthIdx(m.reduce((best, x, i) => (x.count > (m[best]?.count ?? -1) ? i : best), 0))
        if (m.length === 0) setList({ key: "", items: [], nextCursor: null, loading: false })
      },
      (e: unknown) => live && setMessage(`读取月份失败：${e instanceof Error ? e.message : String(e)}`)
    )
    return () => {
      live = false
    }
  }, [data])

  useEffect(() => {
    if (filter === undefined) return
    const key = JSON.stringify(filter)
    const gen = ++generation.current
    fetchingMore.current = false
    setList({ key, items: [], nextCursor: null, loading: true })
    setEventIdx(0)
    data.events(filter).then(
      (page) => gen === generation.current && setList({ key, items: page.items, nextCursor: page.nextCursor, loading: false }),
      (e: unknown) => {
        if (gen !== generation.current) return
        setMessage(`查询失败：${e instanceof Error ? e.message : String(e)}`)
        setList({ key, items: [], nextCursor: null, loading: false })
      }
    )
  }, [data, filter])

  // only one page is loaded at a time: the next one when the selection comes near the end
  useEffect(() => {
    if (filter === undefined || list.key !== JSON.stringify(filter) || list.loading || list.nextCursor === null || fetchingMore.current) return
    if (eventIdx < list.items.length - Math.max(5, Math.floor(height / 2))) return
    const gen = generation.current
    fetchingMore.current = true
    data.events({ ...filter, cursor: list.nextCursor }).then(
      (page) => {
        if (gen !== generation.current) return
        fetchingMore.current = false
        setList((l) => ({ ...l, items: [...l.items, ...page.items], nextCursor: page.nextCursor }))
      },
      (e: unknown) => {
        if (gen !== generation.current) return
        fetchingMore.current = false
        setMessage(`查询失败：${e instanceof Error ? e.message : String(e)}`)
        setList((l) => ({ ...l, nextCursor: null }))
      }
    )
  }, [data, filter, list, eventIdx, height])

  const current = events[eventIdx]
  useEffect(() => {
    setScroll(0)
    setSourceLines([])
    if (current === undefined) return
    let live = true
    void data.sourceLines(current).then(
      (l) => live && setSourceLines(l),
      () => undefined // line numbers are a convenience; the spans are still shown
    )
    return () => {
      live = false
    }
  }, [data, current])

  const quit = useCallback(() => {
    void data.close().finally(() => exit())
  }, [data, exit])

  const rows = height - 3
  const listRows = rows - 1

  useInput((input, key) => {
    const help = helpRef.current
    const prompt = promptRef.current
    const pane = paneRef.current
    const filters = filtersRef.current
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
      else if (input.length > 0 && !key.ctrl && !key.meta) setPrompt({ ...prompt, value: prompt.value + input.replace(/[\r\n\t]/g, "") })
      return
    }
    if (input === "q") return quit()
    if (input === "?") return setHelp(true)
    if (input === "/") return setPrompt({ kind: "q", value: filters.q ?? "" })
    if (input === "p") return setPrompt({ kind: "person", value: filters.person ?? "" })
    if (input === "l") return setPrompt({ kind: "place", value: filters.place ?? "" })
    if (input === "t") {
      // cycles through the kinds, then back to all
      const next = filters.kind === undefined ? kinds[0] : kinds[kinds.indexOf(filters.kind) + 1]
      setFilters((f) => ({ ...f, kind: next }))
      setPane("events")
      return
    }
    if (key.escape) {
      if (pane === "detail") setPane("events")
      else if (isFiltered(filters)) setFilters({})
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
      const back = key.shift
      setPane((p) =>
        back
          ? p === "detail" ? "events" : p === "events" ? "months" : current !== undefined ? "detail" : "events"
          : p === "months" ? "events" : p === "events" ? (current !== undefined ? "detail" : "months") : "months"
      )
      return
    }
    if (key.return) {
      if (pane === "months") setPane("events")
      else if (pane === "events" && current !== undefined) setPane("detail")
      return
    }
    const step = key.downArrow || input === "j" ? 1 : key.upArrow || input === "k" ? -1 : key.pageDown || input === " " ? listRows : key.pageUp ? -listRows : 0
    if (step === 0) return
    if (pane === "months") {
      setMonthIdx((i) => Math.max(0, Math.min(months.length - 1, i + step)))
      // choosing a month leaves the search: the list shows that month again
      if (isFiltered(filters)) setFilters({})
    } else if (pane === "events") setEventIdx((i) => Math.max(0, Math.min(events.length - 1, i + step)))
    else setScroll((s) => Math.max(0, s + step))
  })

  const filterText = [
    filters.q !== undefined ? `搜索“${filters.q}”` : "",
    filters.person !== undefined ? `人物：${filters.person}` : "",
    filters.place !== undefined ? `地点：${filters.place}` : "",
    filters.kind !== undefined ? `类别：${kindBadge[filters.kind]}` : ""
  ].filter((s) => s.length > 0)
  const total = filtered ? `${events.length}${list.nextCursor !== null ? "+" : ""}` : String(months[monthIdx]?.count ?? events.length)
  const position = events.length > 0 ? ` ${eventIdx + 1}/${total}` : ""
  const heading = filtered ? `筛选 ${filterText.join(" ")}（${total}）${position}` : `${month === undefined ? "" : monthLabel(month)}（${total}）${position}`

  if (help) return <Help width={width} />
  const footer =
    prompt !== null
      ? `${promptLabel[prompt.kind]}：${prompt.value}▏ (Enter 确定, Esc 取消)`
      : message.length > 0
        ? message
        : "↑↓/jk 移动  Enter 打开  Tab 窗格  / 搜索  p 人物  l 地点  t 类别  e 导出  ? 帮助  q 退出"
  const rightWidth = width - MONTHS_WIDTH - 1
  const eventsWidth = wide ? Math.floor(rightWidth * 0.45) : rightWidth
  const detailWidth = wide ? rightWidth - eventsWidth - 1 : rightWidth
  const empty = monthsLoaded && months.length === 0
  const eventsPane = (
    <EventsPane
      heading={heading}
      events={events}
      selected={eventIdx}
      focused={pane === "events"}
      width={eventsWidth}
      rows={listRows}
      loading={loading}
      emptyText={empty ? "库中还没有事件：先运行 dashiji ingest <文件> 或 pnpm start" : undefined}
    />
  )
  const detailPane = <DetailPane event={current} sourceLines={sourceLines} scroll={scroll} focused={pane === "detail"} width={detailWidth} rows={listRows} />
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={palette("cyan")}>{fit(`dashiji 大事记  ${filterText.length > 0 ? `· ${filterText.join(" · ")}` : ""}`, width)}</Text>
      <Box flexDirection="row" height={rows}>
        <MonthsPane months={months} selected={monthIdx} focused={pane === "months"} width={MONTHS_WIDTH} rows={listRows} />
        <Box width={1} />
        {wide ? (
          <>
            {eventsPane}
            <Box width={1} />
            {detailPane}
          </>
        ) : pane === "detail" ? (
          detailPane
        ) : (
          eventsPane
        )}
      </Box>
      <Text color={palette(prompt !== null ? "yellow" : "gray")}>{fit(footer, width)}</Text>
    </Box>
  )
}
