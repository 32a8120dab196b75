import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import { parseSlot } from "./slot.ts"
import type { Item, Scan } from "./types.ts"
import { nameChar } from "./venue.ts"

const functionChar = cueRegExp`[${cueClass("function-char")}]`

const findAll = (text: string, word: string): Array<number> => {
  const out: Array<number> = []
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i)
  return out
}

/** What a bare venue is called in full elsewhere in the text (传染病医院 → 郑州市第一人民医院传染病医院). */
export const fullerAlias = (s: Scan, item: Item): string => {
  let best = item.name
  for (const at of findAll(s.text, item.name)) {
    let from = at
    while (from > 0 && at - from < 16 && nameChar(s.text[from - 1]) && !functionChar.test(s.text[from - 1]!)) from--
    if (from === at) continue
    // the text up to the name, from just before the slot (a slot reads forward, a quote one back): a
    // copy of the whole text before each occurrence was quadratic
    const base = Math.max(0, from - 2)
    const scan: Scan = { text: `${s.text.slice(base, at + item.name.length)}，`, ctx: s.ctx, extraEnds: [] }
    const parsed = parseSlot(scan, from - base)
    const last = parsed?.items[parsed.items.length - 1]
    if (last !== undefined && last.name.endsWith(item.name) && last.name.length > best.length) best = last.name
  }
  return best
}
