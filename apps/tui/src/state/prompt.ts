import { exportList, exportReport } from "./commands.ts"
import { hasFilter } from "./events.ts"
import { jumpTo } from "./jump.ts"
import { narrow } from "./navigate.ts"
import { done, type Key, type Result, type State } from "./types.ts"

/** Keys while the footer holds a prompt: the export menu, or a line of text (search, person, place, date, narrowing). */

/** Printable input, not a control chord or a mouse report. */
export const isText = (input: string, k: Key) => input.length > 0 && !k.ctrl && !k.meta && !/^\[<\d/.test(input)

export const promptKey = (s: State, p: NonNullable<State["prompt"]>, input: string, k: Key): Result => {
  if (p.kind === "export") {
    const base = { ...s, prompt: null }
    if (input === "c" || input === "m") return exportList(base, input === "c" ? "csv" : "md")
    if (input === "r") return exportReport(base)
    return done(base)
  }
  const countList = p.kind === "narrow" && (s.view === "people" || s.view === "places") ? s.view : undefined
  if (k.escape) return done(countList !== undefined ? narrow({ ...s, prompt: null }, countList, "", false) : { ...s, prompt: null })
  if (k.return) {
    const value = p.value.trim()
    if (p.kind === "narrow") return done({ ...s, prompt: null })
    if (p.kind === "jump") return done(jumpTo({ ...s, prompt: null }, value))
    const filters = { ...s.filters, [p.kind]: value.length > 0 ? value : undefined }
    return done({ ...s, prompt: null, filters, focus: hasFilter(filters) || s.focus !== "nav" ? "events" : "nav", sel: 0 })
  }
  let value = p.value
  if (k.backspace || k.delete) value = [...value].slice(0, -1).join("")
  else if (isText(input, k)) value = value + input.replace(/[\r\n\t]/g, "")
  else return done(s)
  // a narrowing applies while it is typed
  if (countList !== undefined) return done(narrow(s, countList, value, true))
  return done({ ...s, prompt: { ...p, value } })
}
