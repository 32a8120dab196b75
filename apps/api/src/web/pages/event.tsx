/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Event } from "@dashiji/core"
import { chineseMonth, chinesePunctuation, displayOrganizations, displayPlaces, kindLabel, roleFor, warningNotes, yearReason } from "@dashiji/export"
import { fullDate } from "../components/events.tsx"
import { Fact } from "../components/facts.tsx"
import { NameLinks } from "../components/links.tsx"
import { Citation, FileRef, SourceContext, type SourceView } from "../components/sources.tsx"
import { monthHref, personHref, placeHref } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

/** The people of an event: name (a link), pinyin, titles, and the role as the kind has it (an inspection is led: 带队). */
const PeopleTable = (props: { readonly people: Event["people"]; readonly kind: Event["kind"] }) => (
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
            <td>{p.titles.map(chinesePunctuation).join("、")}</td>
            <td>{roleFor(props.kind, p.role)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/**
 * `/event/ID`: the event in full, and every source with the text around it. What is shown is set as the
 * report sets it (Chinese punctuation, roles fitting the kind, no job titles among the organisations, one
 * form per place); the full text and the sources' text are the record's and the document's, as written.
 */
export const EventPage = (props: { readonly event: Event; readonly sources: ReadonlyArray<SourceView> }) => {
  const e = props.event
  const reason = yearReason[e.date.year.source]
  const warnings = warningNotes(e.warnings)
  const month = e.date.start.slice(0, 7)
  const title = chinesePunctuation(e.title)
  const organizations = displayOrganizations(e).map(chinesePunctuation)
  return (
    <Layout title={title}>
      <p class="small">
        <a href={monthHref(month)}>{chineseMonth(month)}大事记</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <Fact label="日期">
          {fullDate(e)}
          {reason === null ? "" : <span class="muted">（{reason}）</span>}
        </Fact>
        <Fact label="类别">{kindLabel[e.kind]}</Fact>
        <Fact label="地点" show={e.places.length > 0}>
          <NameLinks names={displayPlaces(e)} href={placeHref} />
        </Fact>
        <Fact label="单位" show={organizations.length > 0}>
          {organizations.join("、")}
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
      {e.summary.length > 0 ? <p>{chinesePunctuation(e.summary)}</p> : ""}
      {e.people.length > 0 ? (
        <>
          <h2>人物</h2>
          <PeopleTable people={e.people} kind={e.kind} />
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
