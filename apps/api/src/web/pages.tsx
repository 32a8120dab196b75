/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { DocumentMeta, Event } from "@dashiji/core"
import { chineseDate, chineseDay, chineseMonth, kindLabel, methodLabel, roleLabel, safeHref, warningLabel, yearReason, type Chronicle, type SourceNote } from "@dashiji/export"
import type { MentionsAround, MonthCount } from "@dashiji/store"
import { MonthCalendar, YearHeatmap } from "./heatmap.tsx"
import { Layout } from "./layout.tsx"

/** Pages of the reader: plain functions of the data; Hono's JSX escapes every string they are given. */

const enc = encodeURIComponent
export const eventHref = (id: string) => `/event/${id}`
export const personHref = (name: string) => `/person/${enc(name)}`
export const placeHref = (name: string) => `/place/${enc(name)}`
export const monthHref = (month: string) => `/month/${month}`
export const sourceHref = (document: string, span: readonly [number, number]) => `/source?document=${enc(document)}&start=${span[0]}&end=${span[1]}`

/** 2020年2月4日至6日: the day with the year when it is known. */
const fullDate = (e: Event) => {
  const y = e.date.start.slice(0, 4)
  return y === "XXXX" ? `${chineseDay(e)}（年份不详）` : `${y}年${chineseDay(e)}`
}

const leads = (e: Event) => e.people.filter((p) => p.role === "lead").slice(0, 2)

/** One event in a list: date, kind, title (a link), who led it. */
export const EventItem = (props: { readonly event: Event; readonly withYear?: boolean }) => {
  const e = props.event
  return (
    <li>
      <span class="date">{props.withYear === true ? fullDate(e) : chineseDay(e)}</span>
      <span class="kind">{kindLabel[e.kind]}</span> <a href={eventHref(e.id)}>{e.title}</a>
      {leads(e).length > 0 ? (
        <span class="muted small">
          {" · "}
          {leads(e).map((p, i) => (
            <>
              {i > 0 ? "、" : ""}
              {p.titles[0] ?? ""}
              {p.name}
            </>
          ))}
        </span>
      ) : (
        ""
      )}
    </li>
  )
}

export const EventList = (props: { readonly events: ReadonlyArray<Event>; readonly withYear?: boolean }) =>
  props.events.length === 0 ? (
    <p class="muted">没有事件。</p>
  ) : (
    <ul class="events">
      {props.events.map((e) => (
        <EventItem event={e} withYear={props.withYear ?? true} />
      ))}
    </ul>
  )

export const HomePage = (props: { readonly months: ReadonlyArray<MonthCount>; readonly years: ReadonlyArray<{ readonly year: string; readonly counts: ReadonlyMap<string, number> }>; readonly total: number }) => {
  const known = new Set(props.months.map((m) => m.month))
  const unknown = props.months.filter((m) => m.month.startsWith("XXXX"))
  return (
    <Layout title="">
      <h1>大事记</h1>
      <p class="muted">
        共 {props.total} 件大事，{props.months.length} 个月份。点月份读当月大事记，点事件看人物、地点和原文出处。
      </p>
      {props.years.map(({ year, counts }) => (
        <section>
          <h2>{year}年</h2>
          <YearHeatmap year={year} counts={counts} months={known} />
          <ul class="months">
            {props.months
              .filter((m) => m.month.startsWith(`${year}-`))
              .map((m) => (
                <li>
                  <a href={monthHref(m.month)}>
                    <span>{chineseMonth(m.month)}</span>
                    <span>{m.count}</span>
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {unknown.length > 0 ? (
        <section>
          <h2>年份不详</h2>
          <ul class="months">
            {unknown.map((m) => (
              <li>
                <a href={monthHref(m.month)}>
                  <span>{Number(m.month.slice(5))}月</span>
                  <span>{m.count}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ""
      )}
      {props.months.length === 0 ? <p>存储中还没有事件：用 dashiji ingest 导入文件，或向 POST /documents 提交。</p> : ""}
    </Layout>
  )
}

const hasCitation = (m: DocumentMeta | undefined): m is DocumentMeta => m !== undefined && (m.title !== undefined || m.publisher !== undefined || m.url !== undefined || m.published !== undefined)

/**
 * A document cited by its metadata: the title linking to the page it came from (http(s) only), the
 * publisher, the publication date; nothing when the document has none (its file name is shown instead).
 */
export const Citation = (props: { readonly meta: DocumentMeta | undefined }) => {
  const m = props.meta
  if (!hasCitation(m)) return <></>
  const href = m.url === undefined ? null : safeHref(m.url)
  const label = m.title === undefined ? (href === null ? null : (m.publisher ?? "原文")) : `《${m.title}》`
  const rest = [m.title !== undefined || href === null ? m.publisher : undefined, m.published === undefined ? undefined : `${chineseDate(m.published)}发布`].filter((s): s is string => s !== undefined)
  return (
    <span class="cite">
      {label === null ? "" : href === null ? label : <a href={href} rel="noopener noreferrer nofollow">{label}</a>}
      {rest.length > 0 ? `${label === null ? "" : "，"}${rest.join("，")}` : ""}{" "}
    </span>
  )
}

const noteText = (n: SourceNote) => {
  const chars = `字符 ${n.span[0]}–${n.span[1]}`
  const where = n.firstLine === undefined ? chars : `第 ${n.lastLine === undefined || n.lastLine === n.firstLine ? n.firstLine : `${n.firstLine}–${n.lastLine}`} 行（${chars}）`
  return { where, merge: n.merge === undefined ? "" : `；与首条来源合并：${n.merge.method}，相似度 ${n.merge.score.toFixed(2)}` }
}

/** The month's chronicle: the Markdown report's sections (monthlyChronicle), with links. */
export const MonthPage = (props: { readonly chronicle: Chronicle }) => {
  const c = props.chronicle
  const dayId = (heading: string) => `d-${heading}`
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
      {c.kinds.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>类别</th>
              <th class="num">件数</th>
            </tr>
          </thead>
          <tbody>
            {c.kinds.map(([k, n]) => (
              <tr>
                <td>{k}</td>
                <td class="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        ""
      )}
      {c.topPeople.length > 0 ? (
        <p>
          <strong>最活跃人物</strong>：
          {c.topPeople.map(([name, n], i) => (
            <>
              {i > 0 ? "、" : ""}
              <a href={personHref(name)}>{name}</a>（{n} 件）
            </>
          ))}
        </p>
      ) : (
        ""
      )}
      {c.topPlaces.length > 0 ? (
        <p>
          <strong>到访地点</strong>：
          {c.topPlaces.map(([name, n], i) => (
            <>
              {i > 0 ? "、" : ""}
              <a href={placeHref(name)}>{name}</a>（{n} 件）
            </>
          ))}
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
          {day.entries.map((entry) => {
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
                      {entry.places.map((name, i) => (
                        <>
                          {i > 0 ? "、" : ""}
                          <a href={placeHref(name)}>{name}</a>
                        </>
                      ))}
                    </li>
                  ) : (
                    ""
                  )}
                  {entry.organizations.length > 0 ? <li>单位：{entry.organizations.join("、")}</li> : ""}
                  {entry.remarks.length > 0 ? <li>注：{[...new Set(entry.remarks.map((r) => r.text))].join("；")}</li> : ""}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
      {c.events.length === 0 ? <p>无。</p> : ""}
      <h2>人物索引</h2>
      {c.index.length === 0 ? (
        <p>本月无人物记录。</p>
      ) : (
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
              {c.index.map((p) => (
                <tr>
                  <td>
                    <a href={personHref(p.name)}>{p.name}</a>
                    <span class="pinyin">（{p.pinyin}）</span>
                  </td>
                  <td>{p.titles.join("、")}</td>
                  <td>{p.days.join("、")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>来源</h2>
      {c.notes.length === 0 ? (
        <p>无。</p>
      ) : (
        <ol class="small">
          {c.notes.map((n, i) => {
            const t = noteText(n)
            return (
              <li id={`note-${i + 1}`}>
                <Citation meta={n.source} />
                <a href={sourceHref(n.document, n.span)}>
                  <code>{n.document}</code>
                </a>{" "}
                {t.where}
                {t.merge}
              </li>
            )
          })}
        </ol>
      )}
    </Layout>
  )
}

/** The text around a source: the stored mention before (its end), the mention highlighted, the one after (its start). */
export const SourceContext = (props: { readonly around: MentionsAround; readonly chars: number }) => {
  const { before, mention, after } = props.around
  const tail = (s: string) => (s.length > props.chars ? `…${s.slice(s.length - props.chars)}` : s)
  const head = (s: string) => (s.length > props.chars ? `${s.slice(0, props.chars)}…` : s)
  return (
    <p class="context">
      {before === null ? "" : <span class="around">{tail(before.text)} </span>}
      {mention === null ? <span class="muted">（存储中没有这段原文：事件由批量导入写入）</span> : <mark>{mention.text}</mark>}
      {after === null ? "" : <span class="around"> {head(after.text)}</span>}
    </p>
  )
}

export interface SourceView {
  readonly document: string
  readonly span: readonly [number, number]
  readonly firstLine: number | undefined
  /** 主要来源, or the merge's method and score. */
  readonly why: string
  readonly around: MentionsAround
  /** The document's metadata (title, publisher, date, URL), when known. */
  readonly meta?: DocumentMeta | undefined
}

export const EventPage = (props: { readonly event: Event; readonly sources: ReadonlyArray<SourceView> }) => {
  const e = props.event
  const reason = yearReason[e.date.year.source]
  const warnings = e.warnings.map((w) => (w in warningLabel ? warningLabel[w] : w)).filter((w): w is string => w !== null && w !== undefined && w.length > 0)
  const month = e.date.start.slice(0, 7)
  return (
    <Layout title={e.title}>
      <p class="small">
        <a href={monthHref(month)}>{chineseMonth(month)}大事记</a>
      </p>
      <h1>{e.title}</h1>
      <dl class="facts">
        <dt>日期</dt>
        <dd>
          {fullDate(e)}
          {reason === null ? "" : <span class="muted">（{reason}）</span>}
        </dd>
        <dt>类别</dt>
        <dd>{kindLabel[e.kind]}</dd>
        {e.places.length > 0 ? (
          <>
            <dt>地点</dt>
            <dd>
              {e.places.map((p, i) => (
                <>
                  {i > 0 ? "、" : ""}
                  <a href={placeHref(p.name)}>{p.name}</a>
                </>
              ))}
            </dd>
          </>
        ) : (
          ""
        )}
        {e.organizations.length > 0 ? (
          <>
            <dt>单位</dt>
            <dd>{e.organizations.join("、")}</dd>
          </>
        ) : (
          ""
        )}
        {e.reporters.length > 0 ? (
          <>
            <dt>记者</dt>
            <dd>{e.reporters.join("、")}</dd>
          </>
        ) : (
          ""
        )}
        {warnings.length > 0 ? (
          <>
            <dt>注</dt>
            <dd>{warnings.join("；")}</dd>
          </>
        ) : (
          ""
        )}
        <dt>编号</dt>
        <dd>
          <code>{e.id}</code> · <a href={`/events/${e.id}`}>JSON</a>
        </dd>
      </dl>
      {e.summary.length > 0 ? <p>{e.summary}</p> : ""}
      {e.people.length > 0 ? (
        <>
          <h2>人物</h2>
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
                {e.people.map((p) => (
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
            <a href={sourceHref(s.document, s.span)}>
              <code>{s.document}</code>
            </a>{" "}
            {s.firstLine === undefined ? "" : `第 ${s.firstLine} 行 `}（字符 {s.span[0]}–{s.span[1]}）· {s.why}
          </div>
          <SourceContext around={s.around} chars={80} />
        </div>
      ))}
    </Layout>
  )
}

/** 主要来源 for the first source; the merge's method and score for the others. */
export const whyOf = (e: Event, i: number): string => {
  if (i === 0) return "主要来源"
  const s = e.sources[i]!
  const m = e.merged.find((x) => x.document === s.document && x.span[0] === s.span[0] && x.span[1] === s.span[1])
  return m === undefined ? "合并来源" : `与首条来源合并：${methodLabel[m.method]}，相似度 ${m.score.toFixed(2)}`
}

export const SourcePage = (props: { readonly view: SourceView; readonly events: ReadonlyArray<Event> }) => {
  const s = props.view
  return (
    <Layout title={`来源 ${s.document}`}>
      <h1>来源</h1>
      <dl class="facts">
        {hasCitation(s.meta) ? (
          <>
            <dt>出处</dt>
            <dd>
              <Citation meta={s.meta} />
            </dd>
          </>
        ) : (
          ""
        )}
        <dt>文件</dt>
        <dd>
          <code>{s.document}</code>
        </dd>
        <dt>位置</dt>
        <dd>
          {s.firstLine === undefined ? "" : `第 ${s.firstLine} 行，`}字符 {s.span[0]}–{s.span[1]}
        </dd>
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

export const SearchPage = (props: { readonly q: string; readonly events: ReadonlyArray<Event>; readonly next: string | null; readonly error?: string }) => (
  <Layout title={props.q === "" ? "搜索" : `搜索：${props.q}`} query={props.q}>
    <h1>{props.q === "" ? "全文搜索" : `搜索“${props.q}”`}</h1>
    {props.error !== undefined ? <p class="muted">{props.error}</p> : ""}
    {props.q !== "" && props.error === undefined ? (
      <>
        <p class="muted">{props.events.length === 0 ? "没有找到事件。" : `找到的事件（按日期）：`}</p>
        {props.events.length > 0 ? <EventList events={props.events} /> : ""}
        {props.next === null ? (
          ""
        ) : (
          <p class="pager">
            <a href={`/search?q=${enc(props.q)}&cursor=${enc(props.next)}`}>下一页 →</a>
          </p>
        )}
      </>
    ) : (
      ""
    )}
  </Layout>
)

/** Events grouped under their month headings (a timeline). */
const Timeline = (props: { readonly events: ReadonlyArray<Event> }) => {
  const groups: Array<{ month: string; events: Array<Event> }> = []
  for (const e of props.events) {
    const month = e.date.start.slice(0, 7)
    if (groups.at(-1)?.month !== month) groups.push({ month, events: [] })
    groups.at(-1)!.events.push(e)
  }
  return (
    <>
      {groups.map((g) => (
        <section>
          <h3>
            <a href={monthHref(g.month)}>{g.month.length === 7 ? chineseMonth(g.month) : chineseDate(g.month)}</a>
          </h3>
          <EventList events={g.events} withYear={false} />
        </section>
      ))}
    </>
  )
}

export const PersonPage = (props: { readonly name: string; readonly pinyin: string; readonly titles: ReadonlyArray<string>; readonly roles: ReadonlyArray<string>; readonly events: ReadonlyArray<Event> }) => (
  <Layout title={props.name}>
    <h1>
      {props.name} <span class="pinyin">{props.pinyin}</span>
    </h1>
    <dl class="facts">
      {props.titles.length > 0 ? (
        <>
          <dt>职务</dt>
          <dd>{props.titles.join("、")}</dd>
        </>
      ) : (
        ""
      )}
      <dt>事件</dt>
      <dd>{props.events.length} 件</dd>
      {props.roles.length > 0 ? (
        <>
          <dt>角色</dt>
          <dd>{props.roles.join("、")}</dd>
        </>
      ) : (
        ""
      )}
    </dl>
    <h2>时间线</h2>
    <Timeline events={props.events} />
  </Layout>
)

export const PlacePage = (props: { readonly name: string; readonly events: ReadonlyArray<Event>; readonly next: string | null }) => (
  <Layout title={props.name}>
    <h1>{props.name}</h1>
    <p class="muted">在此地（或以此开头的地名）的事件，按日期。</p>
    <h2>时间线</h2>
    <Timeline events={props.events} />
    {props.next === null ? (
      ""
    ) : (
      <p class="pager">
        <a href={`${placeHref(props.name)}?cursor=${enc(props.next)}`}>下一页 →</a>
      </p>
    )}
  </Layout>
)

export const NameIndexPage = (props: { readonly title: string; readonly rows: ReadonlyArray<{ readonly name: string; readonly note: string; readonly count: number; readonly href: string }> }) => (
  <Layout title={props.title}>
    <h1>{props.title}</h1>
    <div class="scroll">
      <table>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>
                <a href={r.href}>{r.name}</a>
              </td>
              <td class="muted">{r.note}</td>
              <td class="num">{r.count} 件</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </Layout>
)

export const NotFoundPage = (props: { readonly message: string }) => (
  <Layout title="没有找到">
    <h1>没有找到</h1>
    <p>{props.message}</p>
    <p>
      <a href="/">回到首页</a>
    </p>
  </Layout>
)
