/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Text } from "ink"
import { APP_TITLE, tabText, VIEWS } from "../layout.ts"
import { palette } from "../palette.ts"
import { filterText, type State } from "../state.ts"

/** The top line: the title, the views' tabs (the current one in reverse video) and the active filters. */
export const TabBar = (props: { state: State }) => {
  const s = props.state
  const filters = filterText(s.filters)
  return (
    <Text wrap="truncate">
      <Text bold color={palette("cyan")}>
        {APP_TITLE}
      </Text>
      {"  "}
      {VIEWS.map((v) => (
        <Text key={v} inverse={v === s.view} bold={v === s.view}>
          {tabText(v)}
        </Text>
      ))}
      <Text color={palette("yellow")}>{filters.length > 0 ? ` · ${filters.join(" · ")}` : ""}</Text>
    </Text>
  )
}
