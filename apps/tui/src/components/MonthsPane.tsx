/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { MonthCount } from "@dashiji/store"
import { shortMonthLabel } from "../labels.ts"
import { fit } from "../width.ts"
import { ListRows } from "./ListRows.tsx"

/** Months with counts and a small activity bar. */
export const MonthsPane = (props: { months: ReadonlyArray<MonthCount>; selected: number; focused: boolean; width: number; height: number; sortLabel: string }) => {
  const max = Math.max(1, ...props.months.map((m) => m.count))
  return (
    <ListRows
      heading={`月份 (${props.months.length})${props.sortLabel}`}
      items={props.months}
      selected={props.selected}
      focused={props.focused}
      width={props.width}
      height={props.height}
      empty="（没有月份）"
      keyOf={(m) => m.month}
      row={(m, w) => fit(`${fit(shortMonthLabel(m.month), 10)} ${String(m.count).padStart(3)} ${"▇".repeat(Math.max(1, Math.round((m.count / max) * 5)))}`, w)}
    />
  )
}
