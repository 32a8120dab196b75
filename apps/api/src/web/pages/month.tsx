/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { noteMerge, noteWhere, type Chronicle, type ChronicleEntry } from "@dashiji/export"
import { MonthCalendar } from "../heatmap.tsx"
import { NameLinks } from "../components/links.tsx"
import { Citation, FileRef } from "../components/sources.tsx"
import { eventHref, personHref, placeHref } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

const dayId = (heading: string) => `d-${heading}`

/** The kinds with their counts. */
const KindTable = (props: { readonly kinds: Chronicle["kinds"] }) => (
  <table>
    <thead>
      <tr>
        <th>类别</th>
        <th class="num">件数</th>
      </tr>
    </thead>
    <tbody>
      {props.kinds.map(([k, n]) => (
        <tr>
          <td>{k}</td>
          <td class="num">{n}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/** One entry of the chronicle: title (a link to the event), kind, note numbers, summary, people, places, organisations, remarks. */
const Entry = (props: { readonly entry: ChronicleEntry }) => {
  const { entry } = props
  const e = entry.event
  return (
    <div class="entry" id={e.id}>
      <div>
        <a class="title" href={eventHref(e.id)}>
          {entry.day} {entry.title}
        </a>
        （{entry.kind}）
        {entry.notes.map((n) => (
          <sup class="ref">
            <a href={`#note-${n}`}>[{n}]</a>
          </sup>
        ))}
      </div>
      {entry.summary.length > 0 ? <p>{entry.summary}</p> : ""}
      <ul class="meta">
        {entry.people.length > 0 ? (
          <li>
            人物：
            {entry.people.map((p, i) => (
              <>
                {i > 0 ? "，" : ""}
                {p.titles.join("、")}
                <a href={personHref(p.name)}>{p.name}</a>（{p.role}）
              </>
            ))}
          </li>
        ) : (
          ""
        )}
        {entry.places.length > 0 ? (
          <li>
            地点：
            <NameLinks names={entry.places} href={placeHref} />
          </li>
        ) : (
          ""
        )}
        {entry.organizations.length > 0 ? <li>单位：{entry.organizations.join("、")}</li> : ""}
        {entry.remarks.length > 0 ? <li>注：{[...new Set(entry.remarks.map((r) => r.text))].join("；")}</li> : ""}
      </ul>
    </div>
  )
}

/** The people index: name (a link) with pinyin, titles, and the days, each a link to its day in the chronicle. */
const PeopleIndex = (props: { readonly index: Chronicle["index"] }) => (
  <div class="scroll">
    <table>
      <thead>
        <tr>
          <th>人物</th>
          <th>职务</th>
          <th>日期</th>
        </tr>
      </thead>
      <tbody>
        {props.index.map((p) => (
          <tr>
            <td>
              <a href={personHref(p.name)}>{p.name}</a>
              <span class="pinyin">（{p.pinyin}）</span>
            </td>
            <td>{p.titles.join("、")}</td>
            <td>
              {p.days.map((d, i) => (
                <>
                  {i > 0 ? "、" : ""}
                  <a href={`#${dayId(p.headings[i]!)}`}>{d}</a>
                </>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** The numbered source notes: citation, the file (a link to the source page), where, the merge, and a link back to the entry. */
const Notes = (props: { readonly notes: Chronicle["notes"] }) => (
  <ol class="small">
    {props.notes.map((n, i) => (
      <li id={`note-${i + 1}`}>
        <Citation meta={n.source} />
        <FileRef document={n.document} span={n.span} meta={n.source} />
        {noteWhere(n)}
        {noteMerge(n)}{" "}
        <a class="back" href={`#${n.eventId}`} aria-label="回到条目">
          ↩
        </a>
      </li>
    ))}
  </ol>
)

/** `/month/YYYY-MM`: the month's chronicle, the Markdown report's sections (monthlyChronicle) with links. */
export const MonthPage = (props: { readonly chronicle: Chronicle }) => {
  const c = props.chronicle
  const dayOf = new Map(c.days.map((d) => [d.heading, d]))
  const m = Number(c.month.slice(5, 7))
  return (
    <Layout title={`${c.title} 大事记`}>
      <h1>{c.title} 大事记</h1>
      <p>
        {c.events.length === 0
          ? "本月无大事记录。"
          : `本月共记大事 ${c.events.length} 件，分布在 ${c.activeDays} 天，依据 ${c.documents} 份文件整理` +
            `${c.mergedCount > 0 ? `，其中 ${c.mergedCount} 件由多处报道合并而成` : ""}` +
            `${c.inferred > 0 ? `；${c.inferred} 件的年份系推断，已逐条注明` : ""}。`}
      </p>
      <div class="downloads">
        <span class="muted">下载：</span>
        <a href={`/reports/${c.month}?format=markdown`} download={`dashiji-${c.month}.md`}>
          Markdown
        </a>
        <a href={`/reports/${c.month}?format=csv&bom=1`} download={`dashiji-${c.month}.csv`}>
          CSV
        </a>
        <a href={`/reports/${c.month}?format=xlsx`} download={`dashiji-${c.month}.xlsx`}>
          Excel
        </a>
      </div>
      <h2>概览</h2>
      {c.kinds.length > 0 ? <KindTable kinds={c.kinds} /> : ""}
      {c.topPeople.length > 0 ? (
        <p>
          <strong>最活跃人物</strong>：
          <NameLinks names={c.topPeople} href={personHref} />
        </p>
      ) : (
        ""
      )}
      {c.topPlaces.length > 0 ? (
        <p>
          <strong>到访地点</strong>：
          <NameLinks names={c.topPlaces} href={placeHref} />
        </p>
      ) : (
        ""
      )}
      <h2>每日活动</h2>
      <MonthCalendar month={c.month} perDay={c.perDay} link={(d) => (dayOf.has(`${m}月${d}日`) ? `#${dayId(`${m}月${d}日`)}` : undefined)} />
      <p class="muted small">跨日活动逐日计入。</p>
      <h2>大事记</h2>
      {c.days.map((day) => (
        <section id={dayId(day.heading)}>
          <h3>{day.heading}</h3>
          {day.entries.map((entry) => (
            <Entry entry={entry} />
          ))}
        </section>
      ))}
      {c.events.length === 0 ? <p>无。</p> : ""}
      <h2>人物索引</h2>
      {c.index.length === 0 ? <p>本月无人物记录。</p> : <PeopleIndex index={c.index} />}
      <h2>来源</h2>
      {c.notes.length === 0 ? <p>无。</p> : <Notes notes={c.notes} />}
    </Layout>
  )
}
