/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { daysInMonth } from "@dashiji/export"

/** Five shades by count relative to the busiest day shown: 0 is h0, then quarters of the maximum. */
export const shade = (n: number, max: number): string => (n <= 0 ? "h0" : `h${Math.min(4, Math.max(1, Math.ceil((n / Math.max(1, max)) * 4)))}`)

const weekdays = ["一", "二", "三", "四", "五", "六", "日"]

/** A month's calendar, weeks from Monday, each day with its count (linking to the day in the chronicle). */
export const MonthCalendar = (props: { readonly month: string; readonly perDay: ReadonlyArray<number>; readonly link?: (day: number) => string | undefined }) => {
  const [y, m] = props.month.split("-")
  const days = daysInMonth(props.month)
  // the weekday of the 1st is known only with a year; an unknown year starts on Monday
  const offset = y === "XXXX" ? 0 : (new Date(Date.UTC(Number(y), Number(m) - 1, 1)).getUTCDay() + 6) % 7
  const max = Math.max(1, ...props.perDay)
  const cells: Array<number | null> = [...Array.from({ length: offset }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)]
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
  return (
    <div class="scroll">
      <table class="cal" aria-label={`${Number(m)}月每日事件数`}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th scope="col">周{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr>
              {week.map((d) => {
                if (d === null) return <td class="none"></td>
                const n = props.perDay[d - 1] ?? 0
                const label = `${Number(m)}月${d}日：${n} 件`
                const href = n > 0 ? props.link?.(d) : undefined
                return (
                  <td class={shade(n, max)} title={label}>
                    {href !== undefined ? (
                      <a href={href} aria-label={label}>
                        {d}
                        <span class="n">{n}</span>
                      </a>
                    ) : (
                      <span>
                        {d}
                        {n > 0 ? <span class="n">{n}</span> : ""}
                      </span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A year at a glance: a row per month, a cell per day, shaded by the day's events; months link to their page. */
export const YearHeatmap = (props: { readonly year: string; readonly counts: ReadonlyMap<string, number>; readonly months: ReadonlySet<string> }) => {
  const max = Math.max(1, ...props.counts.values())
  return (
    <div class="scroll">
      <table class="year" aria-label={`${props.year}年每日事件数`}>
        <tbody>
          {Array.from({ length: 12 }, (_, i) => {
            const month = `${props.year}-${String(i + 1).padStart(2, "0")}`
            const days = daysInMonth(month)
            return (
              <tr>
                <th scope="row">{props.months.has(month) ? <a href={`/month/${month}`}>{i + 1}月</a> : `${i + 1}月`}</th>
                {Array.from({ length: 31 }, (_, d) => {
                  if (d >= days) return <td class="none"></td>
                  const n = props.counts.get(`${month}-${String(d + 1).padStart(2, "0")}`) ?? 0
                  return <td class={shade(n, max)} title={`${i + 1}月${d + 1}日：${n} 件`}></td>
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
