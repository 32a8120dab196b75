import type { MappedText } from "../builder.ts"
import { sourceStrings } from "./source.ts"

// A page built by a script (a Vue or React component, a page whose article sits in window.__DATA__ = {…})
// shows little text of its own: the news is in its scripts' string literals.

const hanChar = /\p{Script=Han}/gu
const hanChars = (text: string): number => text.match(hanChar)?.length ?? 0

/**
 * The string literals holding Chinese in a page's script blocks, mapped to raw offsets. Found with indexOf
 * (a pattern over the blocks would rescan from every unclosed <script opening).
 */
export const scriptStrings = (raw: string): Array<MappedText> => {
  const out: Array<MappedText> = []
  const find = (re: RegExp, from: number): number => {
    re.lastIndex = from
    return re.exec(raw)?.index ?? -1
  }
  for (let open = find(scriptOpen, 0); open >= 0; ) {
    const tagEnd = raw.indexOf(">", open)
    if (tagEnd < 0) break
    const close = find(scriptClose, tagEnd)
    if (close < 0) break
    const at = tagEnd + 1
    const body = raw.slice(at, close)
    // a block with no Chinese, written or escaped (\u4e2d), holds no string worth reading: most pages' scripts
    // (analytics, frameworks) are passed over with one native search instead of the tokenizer
    if (hanOrEscape.test(body)) for (const p of sourceStrings(body)) out.push({ text: p.text, map: p.map.map((x) => x + at) })
    open = find(scriptOpen, close + 8)
  }
  return out
}
const hanOrEscape = /\p{Script=Han}|\\u[4-9a-fA-F][0-9a-fA-F]{3}/u
const scriptOpen = /<script/gi
const scriptClose = /<\/script/gi

/** Read a page's scripts when they hold more Chinese than the page shows (and enough to be text). */
export const scriptsHoldTheText = (visible: string, scripts: ReadonlyArray<MappedText>): boolean => {
  const inScripts = scripts.reduce((n, p) => n + hanChars(p.text), 0)
  return inScripts >= 40 && inScripts > hanChars(visible)
}
