/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { chineseMonth, kindLabel, roleLabel, warningNotes, yearReason } from "@dashiji/export"
import { fullDate } from "../components/events.tsx"
import { Fact } from "../components/facts.tsx"
import { NameLinks } from "../components/links.tsx"
import { Citation, FileRef, SourceContext, type SourceView } from "../components/sources.tsx"
import { monthHref, personHref, placeHref } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

/** The people of an event: name (a link), pinyin, titles, role. */
const PeopleTable = (props: { readonly people: Event["people"] }) => (
  <div class="scroll">
    <table>
      <thead>
        <tr>
          <th>姓名</th>
          <th>拼音</th>
          <th>职务</th>
          <th>角色</th>
        </tr>
      </thead>
      <tbody>
        {props.people.map((p) => (
          <tr>
            <td>
              <a href={personHref(p.name)}>{p.name}</a>
            </td>
            <td class="pinyin">{p.pinyin}</td>
            <td>{p.titles.join("、")}</td>
            <td>{roleLabel[p.role]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** `/event/ID`: the event in full, and every source with the text around it. */
export const EventPage = (props: { readonly event: Event; readonly sources: ReadonlyArray<SourceView> }) => {
  const e = props.event
  const reason = yearReason[e.date.year.source]
  const warnings = warningNotes(e.warnings)
  const month = e.date.start.slice(0, 7)
  return (
    <Layout title={e.title}>
      <p class="small">
        <a href={monthHref(month)}>{chineseMonth(month)}大事记</a>
      </p>
      <h1>{e.title}</h1>
      <dl class="facts">
        <Fact label="日期">
          {fullDate(e)}
          {reason === null ? "" : <span class="muted">（{reason}）</span>}
        </Fact>
        <Fact label="类别">{kindLabel[e.kind]}</Fact>
        <Fact label="地点" show={e.places.length > 0}>
          <NameLinks names={e.places.map((p) => p.name)} href={placeHref} />
        </Fact>
        <Fact label="单位" show={e.organizations.length > 0}>
          {e.organizations.join("、")}
        </Fact>
        <Fact label="记者" show={e.reporters.length > 0}>
          {e.reporters.join("、")}
        </Fact>
        <Fact label="注" show={warnings.length > 0}>
          {warnings.join("；")}
        </Fact>
        <Fact label="编号">
          <code>{e.id}</code> · <a href={`/events/${e.id}`}>JSON</a>
        </Fact>
      </dl>
      {e.summary.length > 0 ? <p>{e.summary}</p> : ""}
      {e.people.length > 0 ? (
        <>
          <h2>人物</h2>
          <PeopleTable people={e.people} />
        </>
      ) : (
        ""
      )}
      <h2>全文</h2>
      <p>{e.text}</p>
      <h2>来源（{props.sources.length}）</h2>
      {props.sources.map((s, i) => (
        <div class="source" id={`source-${i + 1}`}>
          <div class="where">
            {i + 1}. <Citation meta={s.meta} />
            <FileRef document={s.document} span={s.span} meta={s.meta} />
            {s.firstLine === undefined ? "" : `第 ${s.firstLine} 行 `}（字符 {s.span[0]}–{s.span[1]}）· {s.why}
          </div>
          <SourceContext around={s.around} chars={80} />
        </div>
      ))}
    </Layout>
  )
}
