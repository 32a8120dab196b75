import type { BrowserData } from "./data.ts"
import type { SourceDoc } from "./source.ts"
import { type Action, currentSource, isPinyinQuery, listQuery, needMore, queryKey, type State, update } from "./state.ts"

/** Up to this many pages are read for one key (G or a sort on a long list); the next key reads more. */
const MAX_PAGES_PER_KEY = 50

/**
 * The effects outside the reducer: what the state asks to be loaded, loaded at once (the store answers
 * synchronously) and fed back through the reducer as actions — the people or places of their view, the
 * calendar's year, the event list of the current query and the pages a sort, a jump or G need, the document
 * of the source view. Errors become the footer's message.
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
  const page = (after: string | null) => {
    try {
      const p = data.now.events(query!, after, pageSize)
      apply({ type: "listPage", key, after, items: p.items, nextCursor: p.nextCursor })
    } catch (e) {
      apply({ type: "listFailed", key, message: failed("查询", e) })
    }
  }
  if (query !== undefined && s.list.key !== key) {
    apply({ type: "listStart", key })
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
