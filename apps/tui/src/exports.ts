import type { Event } from "@dashiji/core"
import { csvCell, escapeCell } from "@dashiji/export"
import type { PersonDetails, PersonSummary } from "@dashiji/store"
import { eventDateLabel, kindBadge, leadPerson } from "./labels.ts"
import { dedupePlaces, type PlaceGroup } from "./places.ts"

/** The lists a user exports with `e`: what is on screen, as CSV (UTF-8 with BOM, CRLF) or a Markdown table. */

const BOM = "\ufeff"
const csv = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => BOM + rows.map((r) => `${r.map(csvCell).join(",")}\r\n`).join("")
const table = (title: string, head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  [`# ${escapeCell(title)}`, "", `| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map((c) => escapeCell(String(c))).join(" | ")} |`), ""].join("\n")

type Details = ReadonlyMap<string, PersonDetails>
const cells = (p: PersonSummary, d: Details) => [p.name, d.get(p.name)?.pinyin ?? "", (d.get(p.name)?.titles ?? []).join("、"), p.count, d.get(p.name)?.latest ?? ""]
export const peopleToCsvRows = (rows: ReadonlyArray<PersonSummary>, details: Details): string =>
  csv([["name", "pinyin", "titles", "events", "latest"], ...rows.map((p) => cells(p, details))])
export const peopleToMarkdown = (rows: ReadonlyArray<PersonSummary>, details: Details): string =>
  table(`人物（${rows.length}）`, ["姓名", "拼音", "职务", "事件数", "最近"], rows.map((p) => cells(p, details)))

export const placesToCsvRows = (rows: ReadonlyArray<PlaceGroup>): string => csv([["name", "spellings", "events"], ...rows.map((p) => [p.name, p.names.join("、"), p.count])])
export const placesToMarkdown = (rows: ReadonlyArray<PlaceGroup>): string =>
  table(`地点（${rows.length}）`, ["地点", "写法", "事件数"], rows.map((p) => [p.name, p.names.join("、"), p.count]))

/** An event list as a Markdown table: date (with year), kind, title, lead person, places, id. */
export const listToMarkdown = (title: string, events: ReadonlyArray<Event>): string =>
  table(
    `${title}（${events.length}）`,
    ["日期", "类别", "标题", "人物", "地点", "编号"],
    events.map((e) => [eventDateLabel(e, true), kindBadge[e.kind], e.title, leadPerson(e), dedupePlaces(e.places).map((p) => p.name).join("、"), e.id])
  )
