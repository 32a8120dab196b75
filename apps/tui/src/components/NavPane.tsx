/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { PersonDetails } from "@dashiji/store"
import { listWindow, type Rect } from "../layout.ts"
import { countListHeading, displayedMonths, displayedPeople, displayedPlaces, type State } from "../state.ts"
import { CalendarPane } from "./CalendarPane.tsx"
import { MonthsPane } from "./MonthsPane.tsx"
import { PeoplePane, PlacesPane } from "./PeoplePane.tsx"

/** The view's own list: months, people, places, or the calendar. */
export const NavPane = (props: {
  state: State
  rect: Rect
  /** Pinyin and titles of the people on screen (a convenience: an empty map when the store cannot say). */
  personDetails: (names: ReadonlyArray<string>) => ReadonlyMap<string, PersonDetails>
}) => {
  const { state: s, rect } = props
  const focused = s.focus === "nav"
  if (s.view === "months")
    return (
      <MonthsPane
        months={displayedMonths(s)}
        selected={s.months.sel}
        focused={focused}
        width={rect.w}
        height={rect.h}
        sortLabel={s.months.sort === "date" ? "" : s.months.sort === "count" ? " ↕数" : " ↕倒"}
      />
    )
  if (s.view === "people") {
    const rows = displayedPeople(s)
    const first = listWindow(s.people.sel, rect.h - 1, rows.length)
    return (
      <PeoplePane
        people={s.people.items === null ? null : rows}
        details={props.personDetails(rows.slice(first, first + rect.h - 1).map((p) => p.name))}
        selected={s.people.sel}
        focused={focused}
        width={rect.w}
        height={rect.h}
        heading={countListHeading(s, "people", rows.length)}
      />
    )
  }
  if (s.view === "places") {
    const rows = displayedPlaces(s)
    return <PlacesPane places={s.places.items === null ? null : rows} selected={s.places.sel} focused={focused} width={rect.w} height={rect.h} heading={countListHeading(s, "places", rows.length)} />
  }
  const counts = s.timeline.counts !== null && s.timeline.counts.year === s.timeline.day?.slice(0, 4) ? s.timeline.counts.days : null
  return <CalendarPane mode={s.timeline.mode} day={s.timeline.day} counts={counts} focused={focused} width={rect.w} height={rect.h} />
}
