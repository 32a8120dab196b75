/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { chineseMonth } from "@dashiji/export"
import type { MonthCount } from "@dashiji/store"
import { YearHeatmap } from "../heatmap.tsx"
import { monthHref } from "../hrefs.ts"
import { Layout } from "../layout.tsx"

/** A list of months, each a link with its count. */
const Months = (props: { readonly months: ReadonlyArray<MonthCount>; readonly label: (month: string) => string }) => (
  <ul class="months">
    {props.months.map((m) => (
      <li>
        <a href={monthHref(m.month)}>
          <span>{props.label(m.month)}</span>
          <span>{m.count}</span>
        </a>
      </li>
    ))}
  </ul>
)

/** `/`: each year as a heat-map with its months, then the months whose year is unknown. */
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
          <Months months={props.months.filter((m) => m.month.startsWith(`${year}-`))} label={chineseMonth} />
        </section>
      ))}
      {unknown.length > 0 ? (
        <section>
          <h2>年份不详</h2>
          <Months months={unknown} label={(month) => `${Number(month.slice(5))}月`} />
        </section>
      ) : (
        ""
      )}
      {props.months.length === 0 ? <p>存储中还没有事件：用 dashiji ingest 导入文件，或向 POST /documents 提交。</p> : ""}
    </Layout>
  )
}
