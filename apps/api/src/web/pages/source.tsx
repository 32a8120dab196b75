/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { encodingLabel, hasCitation } from "@dashiji/export"
import { EventList } from "../components/events.tsx"
import { Fact } from "../components/facts.tsx"
import { Citation, SourceContext, type SourceView } from "../components/sources.tsx"
import { Layout } from "../layout.tsx"

/** `/source?document=…&start=…&end=…`: one report of a document, its neighbours, and the event it belongs to. */
export const SourcePage = (props: { readonly view: SourceView; readonly events: ReadonlyArray<Event> }) => {
  const s = props.view
  return (
    <Layout title={`来源 ${s.document}`}>
      <h1>来源</h1>
      <dl class="facts">
        <Fact label="出处" show={hasCitation(s.meta)}>
          <Citation meta={s.meta} />
        </Fact>
        <Fact label="文件">
          <code>{s.document}</code>
        </Fact>
        <Fact label="编码" show={s.meta?.encoding !== undefined}>
          {encodingLabel(s.meta?.encoding ?? "")}
        </Fact>
        <Fact label="位置">
          {s.firstLine === undefined ? "" : `第 ${s.firstLine} 行，`}字符 {s.span[0]}–{s.span[1]}
        </Fact>
      </dl>
      <p class="muted small">高亮部分是这段报道；前后是同一文件中存储的相邻段落（存储只保留解析出的段落，不保留整份文件）。</p>
      <div class="source">
        <SourceContext around={s.around} chars={400} />
      </div>
      <h2>这段报道所属的事件</h2>
      <EventList events={props.events} />
    </Layout>
  )
}
