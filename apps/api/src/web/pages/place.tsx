/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { Timeline } from "../components/events.tsx"
import { Pager } from "../components/links.tsx"
import { enc, placeHref } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

/** `/place/NAME`: the events there (or at places whose names start so), by month, pages of 200. */
export const PlacePage = (props: { readonly name: string; readonly events: ReadonlyArray<Event>; readonly next: string | null }) => (
  <Layout title={props.name}>
    <h1>{props.name}</h1>
    <p class="muted">在此地（或以此开头的地名）的事件，按日期。</p>
    <h2>时间线</h2>
    <Timeline events={props.events} />
    <Pager href={props.next === null ? null : `${placeHref(props.name)}?cursor=${enc(props.next)}`} />
  </Layout>
)
