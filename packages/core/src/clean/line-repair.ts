import { cueClass, cueRegExp } from "../knowledge/cues.ts"

/**
 * Newspaper columns break lines mid-sentence and even mid-word (详\n\n细了解). A break is repaired
 * (the lines joined) when the first line cannot end a paragraph and the second cannot start one.
 */
// (a table's row ends in its cell bar: rows are never one broken line)
const terminal = /[。！？!?；;：:”"’』」）)】…—|｜]$/
const bylineStart = cueRegExp`^[（(]?\s*(本报)?(${"byline-role"})\b|^[（(]?\s*(本报)?(${"reporter-role"})`
const newUnitStart = cueRegExp`^(${"report-opener"}|【|（?\d{1,2}月\d{1,2}日|\d{4}年|\d{1,2}日[,，、至]|第[一二三四五六七八九十]+[${cueClass("section-unit")}])`

/** A headline: no sentence punctuation inside, short, or in space-separated pieces. */
export const looksLikeHeadline = (line: string): boolean => {
  const t = line.trim()
  if (t.length === 0 || t.length > 80) return false
  if (/[，,。；;！？!?]/.test(t)) return false
  return t.length <= 30 || /\p{Script=Han}\s+\p{Script=Han}/u.test(t)
}

export const looksLikeByline = (line: string): boolean => bylineStart.test(line.trim())

/** The line opens a dated entry (`title 2月3日,`, `1~2日 …`), so it cannot be the tail of a broken line. */
// (a date after a list or same-day mark, △12月8日, ● 3日, opens one too)
const opensDatedEntry = (line: string): boolean => /^.{0,80}?(?:^|[\s△▲Δ●•·◎○◆◇■□★☆▶►※])(?:\d{1,2}月)?\d{1,2}(?:\s*[~～\-—－至]\s*\d{1,2})?日/.test(line.slice(0, 90))

export const shouldJoin = (prev: string, next: string): boolean => {
  const p = prev.trim()
  const n = next.trim()
  if (p.length < 20 || n.length === 0) return false
  if (terminal.test(p)) return false
  if (looksLikeHeadline(p) || looksLikeByline(p) || looksLikeByline(n)) return false
  if (newUnitStart.test(n) || opensDatedEntry(n)) return false
  if (/\.(txt|html?|docx?)$/i.test(p)) return false
  // a line that ends in an address (Original URL: http://…) ends there
  if (/^https?:\/\//.test(p.slice(p.lastIndexOf(" ") + 1))) return false
  return true
}
