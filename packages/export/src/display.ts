import { type Event, normalizePlace } from "@dashiji/core"
import { roleLabel } from "./labels.ts"

/**
 * How a report shows what the documents say, without changing what they say: the raw text and the
 * records stay as they are; only what is displayed is set in Chinese typography.
 */

/** Chinese text around a mark: Han characters, CJK and full-width punctuation, Chinese quotation marks. */
const isCjk = (ch: string | undefined): boolean => {
  if (ch === undefined) return false
  const c = ch.codePointAt(0)!
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff) ||
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201d) || c === 0x3007
  )
}

const fullWidth: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" }

/**
 * ASCII punctuation a page set between Chinese characters, shown as Chinese punctuation: `2月2日,省委`
 * → 2月2日，省委, `时间:今天` → 时间：今天, `会议(扩大)` → 会议（扩大）; the spaces an ASCII comma brings
 * after it go with it. `1,000`, `10:30` and `(2020)` between digits stay. One pass, linear.
 */
export const chinesePunctuation = (text: string): string => {
  const chars = [...text]
  const out: Array<string> = []
  // whether each open parenthesis was set full-width, so that its closing one matches it
  const opened: Array<boolean> = []
  const nextSolid = (i: number) => {
    let j = i + 1
    while (j < chars.length && /\s/.test(chars[j]!)) j++
    return j
  }
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    const prev = out.at(-1)
    const wide = fullWidth[ch]
    if (wide !== undefined) {
      const j = nextSolid(i)
      if (isCjk(prev) && isCjk(chars[j])) {
        out.push(wide)
        i = j - 1
        continue
      }
    } else if (ch === "(") {
      const convert = isCjk(prev) || isCjk(chars[i + 1])
      opened.push(convert)
      out.push(convert ? "（" : ch)
      continue
    } else if (ch === ")") {
      const convert = opened.length > 0 ? opened.pop()! : isCjk(prev) || isCjk(chars[i + 1])
      out.push(convert ? "）" : ch)
      continue
    }
    out.push(ch)
  }
  return out.join("")
}

// a job title ends in one of these: listed as an organisation, it is the office, not a body (省委秘书长)
const TITLE_ENDINGS = ["秘书长", "书记", "省长", "市长", "县长", "区长", "主席", "主任", "部长", "厅长", "局长", "常委", "委员", "组长", "总理"]

/** The event's organisations without job titles (an office is not a body) and without repeats. */
export const displayOrganizations = (e: Event): Array<string> => {
  const titles = new Set(e.people.flatMap((p) => p.titles))
  return [...new Set(e.organizations)].filter((o) => !titles.has(o) && !TITLE_ENDINGS.some((t) => o.endsWith(t)))
}

/** The event's places, one form each (郑州 and 郑州市 are one place: the fuller form shown), in their order. */
export const displayPlaces = (e: Event): Array<string> => {
  const shown = new Map<string, string>()
  for (const p of e.places) {
    const key = normalizePlace(p.name)
    const cur = shown.get(key)
    if (cur === undefined || p.name.length > cur.length) shown.set(key, p.name)
  }
  return [...shown.values()]
}

/**
 * A person's part in words that fit what happened: who leads an inspection 带队, a meeting 主持, a
 * reception 会见, an activity 出席; who goes along on an inspection 陪同.
 */
export const roleFor = (kind: Event["kind"], role: Event["people"][number]["role"]): string => {
  if (role === "lead") return kind === "inspection" ? "带队" : kind === "reception" ? "会见" : kind === "activity" || kind === "announcement" ? "出席" : kind === "other" ? "主要人物" : "主持"
  if (role === "participant") return kind === "inspection" ? "陪同" : kind === "activity" ? "出席" : "参加"
  return roleLabel[role]
}
