import type { BrowserData } from "./data.ts"
import type { SourceDoc } from "./source.ts"
import { type Action, currentSource, isPinyinQuery, type ListQuery, listQuery, needMore, queryKey, type State, update } from "./state.ts"

/** Up to this many pages are read for one key (G or a sort on a long list); the next key reads more. */
const MAX_PAGES_PER_KEY = 100

/**
 * The effects outside the reducer: what the state asks to be loaded, loaded at once (the store answers
 * synchronously) and fed back through the reducer as actions — the people or places of their view, the
 * calendar's year, the event list of the current query and the pages a sort, a jump or G need, the document
 * of the source view. Errors become the footer's message. With `deferSlow`, a list the store can only answer
 * slowly is started (the frame says it is loading) and read by the next call (deferredList).
 */
export const loadFor = (data: BrowserData, pageSize: number, s0: State, options: { readonly deferSlow?: boolean } = {}): State => {
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
  const page = (after: string | null) => {
    try {
      const p = data.now.events(query!, after, pageSize)
      apply({ type: "listPage", key, after, items: p.items, nextCursor: p.nextCursor })
    } catch (e) {
      apply({ type: "listFailed", key, message: failed("查询", e) })
    }
  }
  // a list started but not read: its reading was put off until the frame showing it loading was out
  const started = query !== undefined && s.list.key === key && s.list.loading
  if (query !== undefined && (s.list.key !== key || started)) {
    if (!started) apply({ type: "listStart", key })
    if (options.deferSlow === true && !started && slowQuery(data, query)) return s
    page(null)
  }
  for (let i = 0; i < MAX_PAGES_PER_KEY && query !== undefined && needMore(s); i++) page(s.list.nextCursor)
  const src = s.focus === "source" ? currentSource(s) : undefined
  if (src !== undefined && s.source.docs[src.key] === undefined) {
    let doc: SourceDoc
    try {
      doc = data.now.sourceText(src.ref.document, src.ref.span)
    } catch (e) {
      doc = { status: "missing", reason: failed("读取原文", e), clean: "" }
    }
    apply({ type: "sourceDoc", ref: src.key, doc })
  }
  return s
}

/**
 * A query the store answers by reading every event's text: a search of one or two characters that no index
 * serves (on PostgreSQL: 0.5 s on 100,000 events when few events have it; SQLite's character-pair index
 * answers in milliseconds). Put off by loadFor so that the key asking for it gets its frame at once.
 */
export const slowQuery = (data: BrowserData, q: ListQuery): boolean => q.type === "filter" && q.filter.q !== undefined && data.now.searchScans(q.filter.q)

/** The state holds a list started and not yet read (loadFor with deferSlow put it off). */
export const deferredList = (s: State): boolean => s.list.loading && s.list.key === queryKey(listQuery(s))
