/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { PersonDetails, PersonSummary } from "@dashiji/store"
import { Text } from "ink"
import { palette } from "../palette.ts"
import type { PlaceGroup } from "../places.ts"
import { fit } from "../width.ts"
import { ListRows } from "./ListRows.tsx"

/** Everyone with their number of events: name, count, then the latest title and the pinyin as room allows. */
export const PeoplePane = (props: {
  people: ReadonlyArray<PersonSummary> | null
  /** Pinyin and titles of the people on screen. */
  details: ReadonlyMap<string, PersonDetails>
  selected: number
  focused: boolean
  width: number
  height: number
  heading: string
}) => (
  <ListRows
    heading={props.heading}
    items={props.people ?? []}
    selected={props.selected}
    focused={props.focused}
    width={props.width}
    height={props.height}
    empty={props.people === null ? "加载中…" : "（没有人物）"}
    keyOf={(p) => p.name}
    row={(p, w) => {
      const nameWidth = w >= 36 ? 12 : 8
      const count = String(p.count).padStart(4)
      const rest = Math.max(0, w - nameWidth - count.length - 2)
      return (
        <>
          <Text color={palette("green")}>{fit(p.name, nameWidth)}</Text> {count} <Text dimColor>{fit(`${props.details.get(p.name)?.titles[0] ?? ""} ${props.details.get(p.name)?.pinyin ?? ""}`.trim(), rest)}</Text>
        </>
      )
    }}
  />
)

/** Places with counts; a place written several ways (某甲市, 某甲) is one row. */
export const PlacesPane = (props: { places: ReadonlyArray<PlaceGroup> | null; selected: number; focused: boolean; width: number; height: number; heading: string }) => (
  <ListRows
    heading={props.heading}
    items={props.places ?? []}
    selected={props.selected}
    focused={props.focused}
    width={props.width}
    height={props.height}
    empty={props.places === null ? "加载中…" : "（没有地点）"}
    keyOf={(p) => p.name}
    row={(p, w) => {
      const count = String(p.count).padStart(4)
      const others = p.names.filter((n) => n !== p.name)
      const label = `${p.name}${others.length > 0 ? `（${others.join("、")}）` : ""}`
      return (
        <>
          <Text color={palette("magenta")}>{fit(label, Math.max(4, w - count.length - 1))}</Text> {count}
        </>
      )
    }}
  />
)
