import { cueRegExp, cueWords } from "../knowledge/cues.ts"
import { listNumber } from "../clean/list-number.ts"
import { datelineLength } from "../segment/classify.ts"

const timeOfDay = cueRegExp`^(?:${"time-of-day"})?\s*(?:\d{1,2}\s*[时点:：]\s*(?:\d{1,2}\s*分?)?(?:${"about-time"})?)?[\s,，、]*`

// 当地时间, 北京时间, 香港时间: whose clock the date and time are read on
const clockName = /^\p{Script=Han}{2,4}时间$/u

// 3月2日(星期六),…: the weekday in brackets after the date
const weekdayAfterDate = /^[(（]\s*[星周]期?[一二三四五六日天]\s*[)）][\s,，]*/
// a page saved as Markdown keeps its images as ![caption](address): no words of the report, and its ! is
// no sentence's end
const markdownImage = /!\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)/g
const withoutImages = (s: string): string => (s.includes("![") ? s.replace(markdownImage, " ") : s)

/**
 * The lead clause after the date: 省委书记王明召开座谈会. `saysWhat` tells a clause that says what
 * happened (it holds an event word) from one that only names people.
 */
export const leadClause = (body: string, saysWhat: (clause: string) => boolean = () => true, maxLength = 48): string => {
  // the time of day after the date is not part of the title (上午,全市防汛工作视频调度会召开)
  const t = withoutImages(body).replace(/^[\s,，、:：】\])）」』]+/, "").replace(weekdayAfterDate, "").replace(timeOfDay, "")
  const sentence = t.split(/[。；;！？!?]/)[0] ?? ""
  const clauses = sentence.split(/[，,]/)
  let title = clauses[0] ?? ""
  // 省委书记王明,省长李华,省政协主席孙强等在长沙参加植树活动: clauses that only name people run on to the
  // one that says what they did
  // (a title already longer than maxLength ends the same however many clauses follow: asking saysWhat
  // of a growing title at every clause was quadratic)
  for (let i = 1; i < clauses.length && (title.length < 8 || !saysWhat(title)) && title.trim().length <= maxLength; i++) title += `,${clauses[i]}`
  title = title.trim()
  return title.length > maxLength ? `${title.slice(0, maxLength - 1)}…` : title
}

/** The first sentence of the body, for `summary`. */
export const firstSentence = (body: string, maxLength = 160): string => {
  const t = withoutImages(body).trim()
  const end = t.search(/[。！？!?]/)
  const s = end < 0 ? t : t.slice(0, end + 1)
  return s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s
}

/** Titles copied from page structure: spaces collapsed, stray punctuation and list numbers trimmed. */
export const tidyTitle = (title: string): string =>
  // what is left of the date's brackets or a bullet (【1月8日】省政协…, ■1月4日 …) is not the title's
  // (nor a table's cell bars: | 2031-05-03 | 某会召开 |, nor the ? of a character the page lost)
  title
    // 今日(7月9日)率团…: the date taken out of its brackets leaves them empty
    .replace(/[(（]\s*[)）]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,，、:：】\])）」』■□●○◆◇▲△Δ★☆•·\-—–|｜?？]+|[\s,，、:：【\[(（「『|｜]+$/g, "")
    .replace(listNumber, "")

// what closes a dateline with its date (某地3月5日电, 某某中心9月23日讯)
const datelineEnds = cueWords("dated-dateline-end")

// 于 before a date it introduces (会议于2月8日开幕)
const datePreposition = /于$/
// a day said in words that opens a bracket holding its date (今天(, 昨日（)
const relativeBeforeBracket = cueRegExp`^\s*(?:${"relative-0"}|${"relative-1"}|${"relative-2"}|${"relative-named"})\s*[(（]\s*$`

/** The clause that states a date mid-sentence, without the date: …第五次会议3月28日在长沙闭幕. */
export const clauseAround = (text: string, dateStart: number, dateEnd: number, saysWhat: (clause: string) => boolean = () => true, maxLength = 48): string => {
  const before = text.slice(0, dateStart)
  const after = text.slice(dateEnd)
  // (a label ends a clause too: 会议摘要:1月31日下午,…; so do lines above that hold no word, an image's
  // markup, and a dateline opening the clause: 某某中心9月23日讯(记者 某某)9月22日,…)
  const wordless = before.lastIndexOf("\n")
  const punctuated = Math.max(before.lastIndexOf(","), before.lastIndexOf("，"), before.lastIndexOf("。"), before.lastIndexOf(":"), before.lastIndexOf("：")) + 1
  const lineFrom = wordless >= 0 && !/\p{Script=Han}/u.test(before.slice(0, wordless)) ? wordless + 1 : 0
  const start = Math.max(punctuated, lineFrom)
  const opening = before.slice(start)
  // (a whole dateline, its date or its 讯/电 in it: not the outlet alone when the date being titled is the dateline's own)
  const dateline = datelineLength(opening)
  const datelineText = opening.trimStart().slice(0, dateline)
  const whole = dateline > 0 && (datelineText.includes("月") || datelineEnds.some((w) => datelineText.includes(w)))
  const from = whole ? start + (opening.length - opening.trimStart().length) + dateline : start
  // 今天(3月5日),…: the day said in words with its date in brackets is all one date
  if (relativeBeforeBracket.test(before.slice(start)) && /^\s*[)）]/.test(after)) {
    const rest = after.replace(/^\s*[)）][\s,，]*/, "")
    return leadClause(rest, saysWhat, maxLength)
  }
  const stop = after.search(/[，,。；;！？!?]/)
  // …会议于3月28日在长沙闭幕: the preposition that introduced the date goes with it
  const clause = (before.slice(from).replace(datePreposition, "") + (stop < 0 ? after : after.slice(0, stop))).trim()
  // 带着党和政府的关怀,1月6日上午,市委书记…: the date opens its clause and only the time of day follows it
  // there; the clause after it says what happened
  // (a clock's name before the date, 当地时间6月21日上午,…, opens no clause of its own)
  const opener = before.slice(from).trim().replace(clockName, "")
  if (opener === "" && (stop < 0 ? after : after.slice(0, stop)).replace(timeOfDay, "") === "") return leadClause(after, saysWhat, maxLength)
  return clause.length > maxLength ? `${clause.slice(0, maxLength - 1)}…` : clause
}

/**
 * A lone digit glued to the office title that opens a title (0省长李华会见…: what is left of a number the
 * page broke, or of a list's numbering) is no part of it; a digit before anything else stays (1号文件, and
 * 12345市长热线, whose number is more than one digit).
 */
export const withoutStrayDigit = (title: string, officeAt: (text: string, i: number) => boolean): string =>
  /^\d\p{Script=Han}/u.test(title) && officeAt(title, 1) ? title.slice(1) : title
