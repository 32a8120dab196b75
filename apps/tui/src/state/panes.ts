import { computeLayout, type Layout, type Rect } from "../layout.ts"
import type { State } from "./types.ts"

/** Where the panes are for this state (the layout depends on the size, the view, the focus and the calendar). */
export const layoutOf = (s: State): Layout => computeLayout(s.width, s.height, s.view, s.focus, s.timeline.mode)

/** Rows of a pane below its heading line. */
export const rowsOf = (r: Rect | undefined): number => Math.max(1, (r?.h ?? 2) - 1)
