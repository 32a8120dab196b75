import type { Event } from "@dashiji/core"

const parts = (iso: string) => {
  const [y, m, d] = iso.split("-")
  return { y: y === "XXXX" || y === undefined ? null : Number(y), m: m === undefined ? null : Number(m), d: d === undefined ? null : Number(d) }
}

/** 2020年2月18日 (2月18日 without the year, or when the year is unknown). */
export const chineseDate = (iso: string, withYear = true): string => {
  const { y, m, d } = parts(iso)
  const year = withYear && y !== null ? `${y}年` : ""
  if (m === null) return y === null ? "日期不详" : `${y}年`
  return `${year}${m}月${d === null ? "" : `${d}日`}`
}

/** 2月18日, 2月7日至8日, 2月25日至3月1日; 2月 for a month-precision event. */
export const chineseDay = (e: Event): string => {
  const s = parts(e.date.start)
  if (s.m === null) return "日期不详"
  const start = `${s.m}月${s.d === null ? "" : `${s.d}日`}`
  if (e.date.end === null || e.date.end === e.date.start) return start
  const t = parts(e.date.end)
  if (t.m === null) return start
  if (s.y !== t.y && t.y !== null) return `${start}至${t.y}年${t.m}月${t.d === null ? "" : `${t.d}日`}`
  return t.m === s.m && t.d !== null ? `${start}至${t.d}日` : `${start}至${t.m}月${t.d === null ? "" : `${t.d}日`}`
}

/** 2020-02 → 2020年2月; XXXX-02 → 年份不详的2月; XXXX (the undated events) → 日期不详. */
export const chineseMonth = (month: string): string => {
  const [y, m] = month.split("-")
  if (m === undefined) return "日期不详"
  return `${y === "XXXX" ? "年份不详的" : `${y}年`}${Number(m)}月`
}

