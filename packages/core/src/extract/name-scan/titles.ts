import type { TitleLexicon } from "../../knowledge/lexicon.ts"
import { derivedFrom } from "../../knowledge/derived.ts"
import { charTable, inTable, isHan } from "../chars.ts"
import { cueClass, cueRegExp, cueWords } from "../../knowledge/cues.ts"

/**
 * One title in text: 省委常委、常务副省长 (a group of titles joined by 、 counts as one, with its parts).
 * `end` is where a name would start (省委书记|王明).
 */
export interface TitleSpan {
  readonly start: number
  readonly end: number
  /** The parts of an enumerated title, in order (省委常委, 常务副省长). */
  readonly parts: ReadonlyArray<string>
  /** The title names a national leader (总书记, 总理). */
  readonly national: boolean
}

// Words a title never reaches back across: the previous clause's verb or preposition.
const stopWords = [...cueWords("title-stop-word")].sort((a, b) => b.length - a.length)

// An office followed by one of these is part of an organ or a meeting (常委会, 书记处, 主席团, 主任会议).
const organAfter = cueRegExp`^[${cueClass("organ-after-office")}]`

const maxReach = 26
const stopSet = new Set(stopWords)
const stopMax = Math.max(...stopWords.map((w) => w.length))
const titleChars = charTable("0123456789０１２３４５６７８９()（）“”\"")

// last characters of the stop words and of the kept words: most positions are ruled out by one table read
const stopLast = charTable(stopWords.map((w) => w[w.length - 1]!).join(""))
const keptLast = derivedFrom((kept: ReadonlyArray<string>): Uint8Array => charTable(kept.map((w) => w[w.length - 1] ?? "").join("")))

const reachBack = (text: string, officeStart: number, floor: number, keptWords: ReadonlyArray<string>): number => {
  const keptEnds = keptLast(keptWords)
  let j = officeStart
  while (j > floor && officeStart - j < maxReach) {
    const c = text[j - 1]!
    if (!isHan(c) && !inTable(titleChars, c)) break
    const code = text.charCodeAt(j - 1)
    // 党的建设工作领导小组组长, 老同志代表, 埃及驻华大使: words that hold a stop character stay whole
    const kept = keptEnds[code] === 1 ? keptWords.find((w) => j - w.length >= floor && text.startsWith(w, j - w.length)) : undefined
    if (kept !== undefined) {
      j -= kept.length
      continue
    }
    let stopped = false
    if (stopLast[code] === 1)
      for (let len = 1; len <= stopMax && j - len >= floor; len++) {
        if (stopSet.has(text.slice(j - len, j))) {
          stopped = true
          break
        }
      }
    if (stopped) break
    j--
  }
  // a title does not start with a bracket or quote left over from the previous words
  while (j < officeStart && /[)）”"]/.test(text[j]!)) j++
  return j
}

/**
 * All titles in `text`, found by their last word (an office composed from the lexicon: 书记, 副省长,
 * 区领导) and reaching back over the organ and place before it (岳麓区委 | 副书记). `starts`: where an
 * office may start, when a walk for several word sets found them already.
 */
export const findTitles = (text: string, lex: TitleLexicon, starts: ReadonlyArray<number> = lex.titleEnds.startsIn(text)): Array<TitleSpan> => {
  const raw: Array<{ start: number; officeStart: number; end: number; national: boolean }> = []
  let floor = 0
  for (const i of starts) {
    if (i < floor) continue
    const office = lex.titleEnds.longestAt(text, i, 2)
    if (office === null) continue
    const end = i + office.length
    if (organAfter.test(text.slice(end, end + 1)) && !lex.titleEnds.has(text.slice(i, end + 1))) {
      continue
    }
    const start = reachBack(text, i, floor, lex.keep)
    const title = text.slice(start, end)
    const national = lex.national.has(office) || lex.national.longestEndingAt(title, title.length, 2) !== null
    raw.push({ start, officeStart: i, end, national })
    floor = end
  }
  // join enumerations: 省委常委、省委政法委书记 (the second title starts right after 、)
  // (the open span grows in place: a copy of its parts for every title joined was quadratic)
  const spans: Array<{ start: number; end: number; parts: Array<string>; national: boolean }> = []
  for (const r of raw) {
    const prev = spans[spans.length - 1]
    const part = text.slice(r.start, r.end)
    if (prev !== undefined && text[prev.end] === "、" && r.start === prev.end + 1) {
      prev.parts.push(part)
      prev.end = r.end
      prev.national = prev.national || r.national
    } else spans.push({ start: r.start, end: r.end, parts: [part], national: r.national })
  }
  return spans
}

/** The title text of a span (parts joined by 、). */
export const titleText = (t: TitleSpan): string => t.parts.join("、")
