/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, Text, useApp, useInput, useStdout } from "ink"
import type { PersonDetails } from "@dashiji/store"
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react"
import { CalendarPane } from "./components/CalendarPane.tsx"
import { DetailPane } from "./components/DetailPane.tsx"
import { EventsPane } from "./components/EventsPane.tsx"
import { Help } from "./components/Help.tsx"
import { MonthsPane } from "./components/MonthsPane.tsx"
import { PeoplePane, PlacesPane } from "./components/PeoplePane.tsx"
import { SourcePane } from "./components/SourcePane.tsx"
import type { BrowserData } from "./data.ts"
import type { SourceDoc } from "./source.ts"
import { monthLabel, spansMonths } from "./labels.ts"
import { APP_TITLE, listWindow, type Rect, tabText, VIEWS } from "./layout.ts"
import { palette } from "./palette.ts"
import {
  type Action,
  currentEvent,
  currentSource,
  displayedEvents,
  displayedMonths,
  displayedPeople,
  displayedPlaces,
  type Effect,
  filterText,
  initialState,
  isPinyinQuery,
  layoutOf,
  listHeading,
  listLoading,
  listQuery,
  needMore,
  parseMouse,
  promptTitle,
  queryKey,
  sourceView,
  type State,
  update
} from "./state.ts"
import { fit } from "./width.ts"

/** Rows fetched per query; the next page is fetched when the selection nears the end of what is loaded. */
export const DEFAULT_PAGE = 200

export interface AppProps {
  readonly data: BrowserData
  /** Where `e` writes exports. */
  readonly exportDir: string
  /** Fixed size (tests, benches); otherwise the terminal's, following resizes. */
  readonly width?: number
  readonly height?: number
  readonly pageSize?: number
}

/** OSC 52: the terminal puts the text on the system clipboard (tmux, iTerm2, kitty, WezTerm, Windows Terminal …). */
export const osc52 = (text: string): string => `\u001B]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`

const footerHints = (s: State): string => {
  if (s.focus === "source") return "↑↓ 滚动  n/N 下一个/上一个来源  g/G 首尾  y 复制编号  Esc 返回详情  q 退出"
  if (s.focus === "detail") return "↑↓ 滚动  Enter/o 原文  y 复制编号  s 排序  Esc 返回  ? 帮助  q 退出"
  if (s.focus === "events") return "↑↓ 移动  Enter 详情  s 排序  : 日期  y 复制编号  t 类别  e 导出  Esc 返回  ? 帮助  q 退出"
  if (s.view === "timeline") return "←→ 日  ↑↓ 月/周  [ ] 翻页  v 年历/月历  Enter 当天事件  : 日期  1-4 视图  ? 帮助  q 退出"
  if (s.view === "people" || s.view === "places") return "↑↓ 移动  输入汉字或 / 筛选  Enter 事件  s 排序  e 导出  1-4 视图  ? 帮助  q 退出"
  return "↑↓ 移动  Enter 事件  1-4 视图  / 搜索  : 日期  s 排序  t 类别  e 导出  ? 帮助  q 退出"
}

const Pane = (props: { rect: Rect | undefined; children: ReactNode }) =>
  props.rect === undefined ? null : (
    <Box position="absolute" marginLeft={props.rect.x} marginTop={props.rect.y} width={props.rect.w} height={props.rect.h} flexDirection="column" overflow="hidden">
      {props.children}
    </Box>
  )

/** Up to this many pages are read for one key (G or a sort on a long list); the next key reads more. */
const MAX_PAGES_PER_KEY = 50

/**
 * What the state asks to be loaded, loaded at once (the store answers synchronously): the people or places of
 * their view, the calendar's year, the event list of the current query and the pages a sort, a jump or G need, the
 * document of the source view. Errors become the footer's message.
 */
export const loadFor = (data: BrowserData, pageSize: number, s0: State): State => {
  let s = s0
  const apply = (a: Action) => {
    s = update(s, a).state
  }
  const failed = (what: string, e: unknown) => `${what}失败：${e instanceof Error ? e.message : String(e)}`
  const attempt = (what: string, f: () => void) => {
    try {
      f()
    } catch (e) {
      apply({ type: "message", text: failed(what, e) })
    }
  }
  if (!s.months.loaded) attempt("读取月份", () => apply({ type: "months", items: data.now.months() }))
  if (s.view === "people" && s.people.items === null) attempt("读取人物", () => apply({ type: "people", items: data.now.people() }))
  if (s.view === "people" && s.people.pinyin === null && isPinyinQuery(s.people.narrow)) attempt("读取拼音", () => apply({ type: "pinyin", pinyin: data.now.peoplePinyin() }))
  if (s.view === "places" && s.places.items === null) attempt("读取地点", () => apply({ type: "places", items: data.now.places() }))
  const year = s.view === "timeline" ? s.timeline.day?.slice(0, 4) : undefined
  if (year !== undefined && s.timeline.counts?.year !== year) attempt("读取日历", () => apply({ type: "counts", year, days: data.now.dayCounts(year) }))
  const query = listQuery(s)
  const key = queryKey(query)
  if (query !== undefined && s.list.key !== key) {
    apply({ type: "listStart", key })
    try {
      const page = data.now.events(query, null, pageSize)
      apply({ type: "listPage", key, after: null, items: page.items, nextCursor: page.nextCursor })
    } catch (e) {
      apply({ type: "listFailed", key, message: failed("查询", e) })
    }
  }
  for (let i = 0; i < MAX_PAGES_PER_KEY && query !== undefined && needMore(s); i++) {
    const after = s.list.nextCursor
    try {
      const page = data.now.events(query, after, pageSize)
      apply({ type: "listPage", key, after, items: page.items, nextCursor: page.nextCursor })
    } catch (e) {
      apply({ type: "listFailed", key, message: failed("查询", e) })
    }
  }
  const src = s.focus === "source" ? currentSource(s) : undefined
  if (src !== undefined && s.source.docs[src.key] === undefined) {
    const ref = src.ref
    let doc: SourceDoc
    try {
      doc = data.now.sourceText(ref.document, ref.span)
    } catch (e) {
      doc = { status: "missing", reason: failed("读取原文", e), clean: "" }
    }
    apply({ type: "sourceDoc", ref: src.key, doc })
  }
  return s
}

export const App = ({ data, exportDir, width: w, height: h, pageSize = DEFAULT_PAGE }: AppProps) => {
  const { exit } = useApp()
  const { stdout } = useStdout()
  // the first frame already holds the months and the busiest month's events
  const [state, setState] = useState<State>(() => loadFor(data, pageSize, initialState(w ?? stdout.columns ?? 80, h ?? stdout.rows ?? 24)))
  // keys can arrive faster than React re-renders (a paste, tmux send-keys): the reducer runs on the ref at once
  const ref = useRef(state)
  const effects = useRef<(e: Effect) => void>(() => undefined)
  const dispatch = useCallback(
    (a: Action) => {
      const r = update(ref.current, a)
      ref.current = loadFor(data, pageSize, r.state)
      setState(ref.current)
      for (const e of r.effects) effects.current(e)
    },
    [data, pageSize]
  )
  effects.current = (e: Effect) => {
    const fail = (x: unknown) => dispatch({ type: "message", text: `导出失败：${x instanceof Error ? x.message : String(x)}` })
    if (e.type === "quit") void data.close().finally(() => exit())
    else if (e.type === "copy") stdout.write(osc52(e.text))
    else if (e.type === "report") void data.exportMonth(e.month, exportDir).then((path) => dispatch({ type: "message", text: `已导出 ${monthLabel(e.month)} 报告：${path}` }), fail)
    else void data.exportList(e.target, e.format, exportDir).then((path) => dispatch({ type: "message", text: `已导出 ${e.format === "csv" ? "CSV" : "Markdown"}：${path}` }), fail)
  }

  // size: fixed by props, else the terminal's (Ink re-lays out on resize but does not re-run components)
  useEffect(() => {
    if (w !== undefined && h !== undefined) return dispatch({ type: "resize", width: w, height: h })
    const onResize = () => dispatch({ type: "resize", width: w ?? stdout.columns ?? 80, height: h ?? stdout.rows ?? 24 })
    onResize()
    stdout.on("resize", onResize)
    return () => {
      stdout.off("resize", onResize)
    }
  }, [stdout, w, h, dispatch])

  useInput((input, key) => {
    const m = parseMouse(input)
    dispatch(m === null ? { type: "key", input, key } : { type: "mouse", ...m })
  })

  const s = state
  if (s.help) return <Help width={s.width} height={s.height} />
  const layout = layoutOf(s)
  const events = displayedEvents(s)
  const current = currentEvent(s)
  const query = listQuery(s)
  const lines = (e: typeof current): ReadonlyArray<number | undefined> => {
    if (e === undefined || layout.detail === undefined) return []
    try {
      return data.now.sourceLines(e)
    } catch {
      return [] // line numbers are a convenience; the spans are still shown
    }
  }
  const empty = s.months.loaded && s.months.items.length === 0
  const footer =
    s.prompt !== null
      ? s.prompt.kind === "export"
        ? `导出${s.focus === "nav" && (s.view === "people" || s.view === "places") ? `${s.view === "people" ? "人物" : "地点"}列表` : "当前事件列表"}：c CSV  m Markdown  r 本月报告  (Esc 取消)`
        : `${promptTitle(s.prompt.kind)}：${s.prompt.value}▏ (Enter 确定, Esc 取消${s.prompt.kind === "jump" ? "；如 2020-02-24、2月24日" : ""})`
      : s.message.length > 0
        ? s.message
        : footerHints(s)
  const filters = filterText(s.filters)
  const sv = s.focus === "source" ? sourceView(s) : undefined
  const peopleRows = displayedPeople(s)
  const peopleShown = s.view === "people" && layout.nav !== undefined ? peopleRows.slice(listWindow(s.people.sel, layout.nav.h - 1, peopleRows.length), listWindow(s.people.sel, layout.nav.h - 1, peopleRows.length) + layout.nav.h - 1) : []
  let details: ReadonlyMap<string, PersonDetails> = new Map()
  try {
    details = data.now.personDetails(peopleShown.map((p) => p.name))
  } catch {
    // titles and pinyin are a convenience; names and counts are shown
  }
  const placesRows = displayedPlaces(s)
  return (
    <Box width={s.width} height={s.height}>
      <Pane rect={{ x: 0, y: 0, w: s.width, h: 1 }}>
        <Text wrap="truncate">
          <Text bold color={palette("cyan")}>{APP_TITLE}</Text>
          {"  "}
          {VIEWS.map((v) => (
            <Text key={v} inverse={v === s.view} bold={v === s.view}>
              {tabText(v)}
            </Text>
          ))}
          <Text color={palette("yellow")}>{filters.length > 0 ? ` · ${filters.join(" · ")}` : ""}</Text>
        </Text>
      </Pane>
      <Pane rect={layout.nav}>
        {s.view === "months" ? (
          <MonthsPane
            months={displayedMonths(s)}
            selected={s.months.sel}
            focused={s.focus === "nav"}
            width={layout.nav?.w ?? 0}
            height={layout.nav?.h ?? 0}
            sortLabel={s.months.sort === "date" ? "" : s.months.sort === "count" ? " ↕数" : " ↕倒"}
          />
        ) : s.view === "people" ? (
          <PeoplePane
            people={s.people.items === null ? null : peopleRows}
            details={details}
            selected={s.people.sel}
            focused={s.focus === "nav"}
            width={layout.nav?.w ?? 0}
            height={layout.nav?.h ?? 0}
            heading={`人物 (${peopleRows.length})${s.people.sort === "pinyin" ? " ↕拼音" : ""}${s.people.narrow ? ` 含“${s.people.narrow}”` : ""}`}
          />
        ) : s.view === "places" ? (
          <PlacesPane
            places={s.places.items === null ? null : placesRows}
            selected={s.places.sel}
            focused={s.focus === "nav"}
            width={layout.nav?.w ?? 0}
            height={layout.nav?.h ?? 0}
            heading={`地点 (${placesRows.length})${s.places.sort === "pinyin" ? " ↕拼音" : ""}${s.places.narrow ? ` 含“${s.places.narrow}”` : ""}`}
          />
        ) : (
          <CalendarPane mode={s.timeline.mode} day={s.timeline.day} counts={s.timeline.counts !== null && s.timeline.counts.year === s.timeline.day?.slice(0, 4) ? s.timeline.counts.days : null} focused={s.focus === "nav"} width={layout.nav?.w ?? 0} height={layout.nav?.h ?? 0} />
        )}
      </Pane>
      <Pane rect={layout.events}>
        <EventsPane
          heading={listHeading(s)}
          events={events}
          selected={s.sel}
          focused={s.focus === "events"}
          width={layout.events?.w ?? 0}
          height={layout.events?.h ?? 0}
          loading={query !== undefined && listLoading(s)}
          withYear={spansMonths(events)}
          emptyText={empty ? "库中还没有事件：先运行 dashiji ingest <文件> 或 pnpm start" : undefined}
        />
      </Pane>
      <Pane rect={layout.detail}>
        <DetailPane event={current} sourceLines={lines(current)} scroll={s.detail.scroll} focused={s.focus === "detail"} width={layout.detail?.w ?? 0} height={layout.detail?.h ?? 0} />
      </Pane>
      <Pane rect={layout.source}>
        {sv === undefined ? null : <SourcePane refs={sv.refs} index={sv.index} doc={sv.doc} text={sv.text} span={sv.span} lines={sv.lines} top={sv.top} width={layout.source?.w ?? 0} height={layout.source?.h ?? 0} />}
      </Pane>
      <Pane rect={{ x: 0, y: s.height - 1, w: s.width, h: 1 }}>
        <Text color={palette(s.prompt !== null ? "yellow" : "gray")} wrap="truncate">
          {fit(footer, s.width)}
        </Text>
      </Pane>
    </Box>
  )
}
