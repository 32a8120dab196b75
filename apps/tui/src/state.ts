/**
 * The browser's state and its reducer, one concern per file under state/:
 *
 * - types.ts        State, Action, Effect, the initial state
 * - update.ts       the reducer: (state, action) → state and effects
 * - keys.ts         a key: global keys, then the focused pane's
 * - prompt.ts       keys while a prompt is open (search, person, place, date, narrowing, export)
 * - navigate.ts     views, panes and rows: switch, open, back, Tab, move
 * - timeline.ts     the calendar's keys and day counts
 * - sort.ts         `s` on each list
 * - jump.ts         `:` a date
 * - commands.ts     `y` copy and `e` export (as effects)
 * - mouse.ts        wheel, clicks, tabs
 * - lists.ts        months, people and places as shown (sorted, narrowed)
 * - events.ts       the event list's query, rows, paging, pending jumps
 * - source-view.ts  the detail and source panes' text
 * - heading.ts      headings and labels of the state
 *
 * Loading what the state asks for is load.ts, outside the reducer.
 */
export { type Action, type Effect, type EventSort, type ExportTarget, initialState, type Key, type ListQuery, type Result, type State } from "./state/types.ts"
export { update } from "./state/update.ts"
export { displayedMonths, displayedPeople, displayedPlaces, isPinyinQuery, plainPinyin } from "./state/lists.ts"
export { currentEvent, displayedEvents, jumpIndex, listLoading, listQuery, needMore, queryKey, sortEvents } from "./state/events.ts"
export { currentSource, sourceKey, sourceView } from "./state/source-view.ts"
export { countListHeading, eventSortLabel, filterText, listHeading, promptTitle } from "./state/heading.ts"
export { spreadCounts } from "./state/timeline.ts"
export { parseMouse } from "./state/mouse.ts"
export { layoutOf } from "./state/panes.ts"
