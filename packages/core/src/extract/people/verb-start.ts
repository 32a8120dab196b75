import { isClauseBreak } from "../chars.ts"
import type { NameScan } from "../name-scan/index.ts"
import { cueClass, cueRegExp } from "../../knowledge/cues.ts"

// Where the verb after a person's name starts, past what a report puts between them.

// adverbs before the verb (先后来到, 专程赶赴)
const verbAdverb = cueRegExp`^(${"verb-adverb"})`
// (up to the adverb: 一起 and 一同 are themselves words of taking part)
const inCompany = cueRegExp`^[${cueClass("name-joiner")}][^，,。；;]{1,12}?(?=${"together-adverb"})`
// 同某国总统某某举行会谈: whom the talks are with, then the talks (up to the verb)
const withWhom = cueRegExp`^[${cueClass("name-joiner")}][^，,。；;]{1,40}?(?=${"talks-verb"})`
// a place between a name and its verb (某某在武汉会见…)
const placePreposition = cueRegExp`[${cueClass("place-preposition")}]`
// the date a report puts between a name and its verb (王某17日, 王某9月17日上午, 王某8、9两日, 王某今天)
const dayAfterName = cueRegExp`^(?:(?:\d{1,2}月)?\d{1,2}(?:、\d{1,2}两)?[日号]|${"day-after-name"})(?:${"time-of-day-after-date"})?`

/**
 * Where the verb after a name starts: past the day (and time) of a report (杜某17日率团…, 王某6日下午会见…),
 * adverbs (李华一行先后走访…, 王刚专程赶赴…) and a place (王建国在武汉会见…).
 */
export const verbStart = (s: NameScan, at: number): number => {
  const text = s.text
  let p = at
  const day = dayAfterName.exec(text.slice(p, p + 12))
  if (day !== null) p += day[0].length
  // 和群众一起劳动: the company he keeps, then his verb
  const company = inCompany.exec(text.slice(p, p + 20))
  if (company !== null) p += company[0].length
  else {
    const whom = withWhom.exec(text.slice(p, p + 48))
    if (whom !== null) p += whom[0].length
  }
  // 一行先后走访: his party, then an adverb
  for (let i = 0; i < 2; i++) {
    const adverb = verbAdverb.exec(text.slice(p, p + 2))
    if (adverb === null) break
    p += adverb[0].length
  }
  return verbAfter(s, p)
}

/** Where the verb after a name starts, past a place (王建国在武汉会见…, 习近平在湖南考察) and whom talks are with. */
const verbAfter = (s: NameScan, p: number): number => {
  const text = s.text
  if (!placePreposition.test(text[p] ?? "")) return p
  const end = Math.min(text.length, p + 16)
  for (let q = p + 1; q < end && !isClauseBreak(text[q]); q++) {
    if (s.words.actionWords.longestAt(text, q, 2) !== null) return q
    // 在人民大会堂同某国总统某某举行会谈: the place, then whom the talks are with
    const whom = withWhom.exec(text.slice(q, q + 48))
    if (whom !== null) return q + whom[0].length
  }
  return p
}
