/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { Timeline } from "../components/events.tsx"
import { Fact } from "../components/facts.tsx"
import { Layout } from "../layout.tsx"

/** `/person/NAME`: pinyin, titles, roles, and the events by month. */
export const PersonPage = (props: { readonly name: string; readonly pinyin: string; readonly titles: ReadonlyArray<string>; readonly roles: ReadonlyArray<string>; readonly events: ReadonlyArray<Event> }) => (
  <Layout title={props.name}>
    <h1>
      {props.name} <span class="pinyin">{props.pinyin}</span>
    </h1>
    <dl class="facts">
      <Fact label="职务" show={props.titles.length > 0}>
        {props.titles.join("、")}
      </Fact>
      <Fact label="事件">{props.events.length} 件</Fact>
      <Fact label="角色" show={props.roles.length > 0}>
        {props.roles.join("、")}
      </Fact>
    </dl>
    <h2>时间线</h2>
    <Timeline events={props.events} />
  </Layout>
)
