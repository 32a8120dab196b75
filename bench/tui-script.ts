/**
 * The keys the TUI benches press, in order, on the 100,000-event bench store: one script for the real terminal
 * (tmux key names) and for the in-process run (the bytes a terminal sends). `typed` is typed first and not timed
 * (a prompt's text); `screen` is what the screen must show once the key has acted.
 */
export interface TuiStep {
  readonly label: string
  readonly key: string
  readonly repeat?: number
  readonly typed?: string
  readonly screen?: RegExp
}

/** tmux key names → the bytes a terminal sends for them; any other key is itself. */
export const keyBytes = (key: string): string =>
  ({ Enter: "\r", Escape: "\u001B", NPage: "\u001B[6~", Right: "\u001B[C", Down: "\u001B[B" })[key] ?? key

/** A word of two characters that no bench event contains (made up; the bench text never has it). */
export const ABSENT_WORD = "翾翾"

export const TUI_SCRIPT: ReadonlyArray<TuiStep> = [
  { label: "Enter (months → events)", key: "Enter" },
  { label: "j (next event)", key: "j", repeat: 10 },
  { label: "PgDn", key: "NPage", repeat: 5 },
  { label: "G (last event: every page of the month)", key: "G" },
  { label: "g (first event)", key: "g" },
  { label: "s (sort cycle)", key: "s", repeat: 4 },
  ...Array.from({ length: 5 }, (): ReadonlyArray<TuiStep> => [
    { label: "Enter (detail)", key: "Enter" },
    { label: "Esc (back)", key: "Escape" },
    { label: "j (next event)", key: "j" }
  ]).flat(),
  { label: "Enter (detail)", key: "Enter" },
  { label: "o (source view)", key: "o" },
  { label: "Esc (back)", key: "Escape" },
  { label: "y (copy id)", key: "y" },
  { label: "Esc (back)", key: "Escape" },
  { label: "2 (people view, first time)", key: "2", screen: /人物 \(\d+\)/ },
  { label: "j (next person: their timeline)", key: "j", repeat: 10 },
  { label: "s (sort people)", key: "s", screen: /↕拼音/ },
  { label: "Esc (back)", key: "Escape" },
  { label: "3 (places view, first time)", key: "3", screen: /地点 \(\d+\)/ },
  { label: "j (next place: its events)", key: "j", repeat: 10 },
  { label: "4 (timeline view)", key: "4", screen: /时间线/ },
  { label: "→ (next day: its events)", key: "Right", repeat: 10 },
  { label: "↓ (next month)", key: "Down", repeat: 5 },
  { label: "v (month calendar)", key: "v" },
  { label: "] (next year or month)", key: "]", repeat: 5 },
  { label: "1 (months view)", key: "1" },
  { label: "j (next month: its events)", key: "j", repeat: 5 },
  ...[4, 5, 6].map((y, i): TuiStep => ({ label: "Enter (jump to a date)", key: "Enter", typed: `:201${y}-06-1${i}` })),
  // a short search is read after the frame saying it is loading: timed to its rows
  { label: "Enter (full-text search, 2 characters)", key: "Enter", typed: "/会议", screen: /搜索“会议”（[1-9]/ },
  { label: "Esc (back)", key: "Escape" },
  // the list says （0）（加载中） until the store's scan answers
  { label: "Enter (search a 2-character word no event has)", key: "Enter", typed: `/${ABSENT_WORD}`, screen: /（0）(?!（加载中）)/ },
  { label: "Esc (back)", key: "Escape" }
]
