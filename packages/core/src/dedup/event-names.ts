import { bundledEntryCues, type EntryCues } from "../segment/cues.ts"
import { cueRegExp, cueWords } from "../knowledge/cues.ts"

/** The shortest name that is specific enough to identify one event across outlets. */
export const MIN_EVENT_NAME = 12

// what ends the walk back from an event noun: punctuation, spaces, and the words that open the clause the
// name is the subject or object of (在, 于, 召开, 举行, 出席 …)
const stop = /[\s,，。、;；:：!！?？()（）《》【】「」]/
const clauseWords = cueWords("event-name-clause-word")
// a name followed by these is another event's, referred to (在…会议上的讲话, …会议精神)
const referenceAfter = cueRegExp`^(?:${"event-reference-after"})`
// a date and a time of day that open the clause (3月5日上午)
const dateAndTimeOfDay = cueRegExp`^(?:\d{1,2}月)?\d{1,2}日(?:${"time-of-day-in-name"})?`

/**
 * Names of events in a text (2022年第三批全省重大项目开工动员会): a run of text ending with an event noun,
 * back to the clause's start, long enough to be specific and not one of the generic meetings every city
 * holds (全市组织工作会议).
 */
export const eventNames = (text: string, cues: EntryCues = bundledEntryCues()): Array<string> => {
  const out = new Set<string>()
  for (const noun of cues.eventNouns) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      const end = at + noun.length
      let start = at
      if (referenceAfter.test(text.slice(end, end + 2))) continue
      while (start > 0 && !stop.test(text[start - 1]!) && end - start < 40) {
        if (clauseWords.some((w) => text.startsWith(w, start - w.length))) break
        start--
      }
      const name = text
        .slice(start, end)
        // outlets quote a name's parts differently (2031“某某”论坛 / 2031某某论坛): one name without them
        .replace(/[“”"‘’'「」『』]/g, "")
        // a date and a time of day that open the clause are not part of the name
        .replace(dateAndTimeOfDay, "")
      if (name.length < MIN_EVENT_NAME) continue
      if (cues.localScopes.some((w) => name.startsWith(w))) continue
      out.add(name)
    }
  }
  return [...out]
}
