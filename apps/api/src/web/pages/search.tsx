/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { EventList } from "../components/events.tsx"
import { Pager } from "../components/links.tsx"
import { enc } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

/** `/search?q=…`: the store's full-text search, pages of 50. */
export const SearchPage = (props: { readonly q: string; readonly events: ReadonlyArray<Event>; readonly next: string | null; readonly error?: string }) => (
  <Layout title={props.q === "" ? "搜索" : `搜索：${props.q}`} query={props.q}>
    <h1>{props.q === "" ? "全文搜索" : `搜索“${props.q}”`}</h1>
    {props.error !== undefined ? <p class="muted">{props.error}</p> : ""}
    {props.q !== "" && props.error === undefined ? (
      <>
        <p class="muted">{props.events.length === 0 ? "没有找到事件。" : `找到的事件（按日期）：`}</p>
        {props.events.length > 0 ? <EventList events={props.events} /> : ""}
        <Pager href={props.next === null ? null : `/search?q=${enc(props.q)}&cursor=${enc(props.next)}`} />
      </>
    ) : (
      ""
    )}
  </Layout>
)
