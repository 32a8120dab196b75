/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Box, useApp, useInput, useStdout } from "ink"
import type { PersonDetails } from "@dashiji/store"
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react"
import { DetailPane } from "./components/DetailPane.tsx"
import { EventsPane } from "./components/EventsPane.tsx"
import { Footer } from "./components/Footer.tsx"
import { Help } from "./components/Help.tsx"
import { NavPane } from "./components/NavPane.tsx"
import { SourcePane } from "./components/SourcePane.tsx"
import { TabBar } from "./components/TabBar.tsx"
import type { BrowserData } from "./data.ts"
import { monthLabel, spansMonths } from "./labels.ts"
import type { Rect } from "./layout.ts"
import { useIdleWork } from "./idle.ts"
import { deferredList, loadFor } from "./load.ts"
import { type Action, currentEvent, displayedEvents, type Effect, initialState, layoutOf, listHeading, listLoading, listQuery, parseMouse, sourceView, type State, update } from "./state.ts"

/** Rows of a list's first page (a few screens); the next page is fetched when the selection nears the end of what is loaded. */
export const DEFAULT_PAGE = 100

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

const Pane = (props: { rect: Rect | undefined; children: ReactNode }) =>
  props.rect === undefined ? null : (
    <Box position="absolute" marginLeft={props.rect.x} marginTop={props.rect.y} width={props.rect.w} height={props.rect.h} flexDirection="column" overflowY="hidden">
      {props.children}
    </Box>
  )

/**
 * The browser: one state, changed only by the reducer (state.ts); after each action loadFor reads what the
 * new state asks for from the store, and the effects the reducer returned (quit, copy, export) run here.
 */
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
      ref.current = loadFor(data, pageSize, r.state, { deferSlow: true })
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

  // a list the store reads slowly (loadFor put it off): read once the frame saying it is loading is out
  useEffect(() => {
    if (!deferredList(state)) return
    const timer = setTimeout(() => {
      ref.current = loadFor(data, pageSize, ref.current)
      setState(ref.current)
    }, 0)
    return () => clearTimeout(timer)
  }, [data, pageSize, state])

  useIdleWork(data, state, ref, dispatch)

  useInput((input, key) => {
    const m = parseMouse(input)
    dispatch(m === null ? { type: "key", input, key } : { type: "mouse", ...m })
  })

  const s = state
  if (s.help) return <Help width={s.width} height={s.height} />
  const layout = layoutOf(s)
  const events = displayedEvents(s)
  const current = currentEvent(s)
  // line numbers, titles and pinyin are conveniences: when the store cannot say, the rest is still drawn
  const sourceLines = (): ReadonlyArray<number | undefined> => {
    try {
      return current === undefined ? [] : data.now.sourceLines(current)
    } catch {
      return []
    }
  }
  const personDetails = (names: ReadonlyArray<string>): ReadonlyMap<string, PersonDetails> => {
    try {
      return data.now.personDetails(names)
    } catch {
      return new Map()
    }
  }
  const empty = s.months.loaded && s.months.items.length === 0
  const sv = s.focus === "source" ? sourceView(s) : undefined
  return (
    <Box width={s.width} height={s.height}>
      <Pane rect={{ x: 0, y: 0, w: s.width, h: 1 }}>
        <TabBar state={s} />
      </Pane>
      <Pane rect={layout.nav}>{layout.nav === undefined ? null : <NavPane state={s} rect={layout.nav} personDetails={personDetails} />}</Pane>
      <Pane rect={layout.events}>
        <EventsPane
          heading={listHeading(s)}
          events={events}
          selected={s.sel}
          focused={s.focus === "events"}
          width={layout.events?.w ?? 0}
          height={layout.events?.h ?? 0}
          loading={listQuery(s) !== undefined && listLoading(s)}
          withYear={spansMonths(events)}
          emptyText={empty ? "库中还没有事件：先运行 dashiji ingest <文件> 或 pnpm start" : undefined}
        />
      </Pane>
      <Pane rect={layout.detail}>
        {layout.detail === undefined ? null : (
          <DetailPane event={current} sourceLines={sourceLines()} scroll={s.detail.scroll} focused={s.focus === "detail"} width={layout.detail.w} height={layout.detail.h} />
        )}
      </Pane>
      <Pane rect={layout.source}>
        {sv === undefined ? null : <SourcePane refs={sv.refs} index={sv.index} doc={sv.doc} text={sv.text} span={sv.span} lines={sv.lines} top={sv.top} width={layout.source?.w ?? 0} height={layout.source?.h ?? 0} />}
      </Pane>
      <Pane rect={{ x: 0, y: s.height - 1, w: s.width, h: 1 }}>
        <Footer state={s} />
      </Pane>
    </Box>
  )
}
