import { cueClass, cueRegExp, cueRegExpWith } from "../knowledge/cues.ts"

/**
 * Plain dated lists: what to do with a line that has no date of its own.
 *  - "attach": it continues the entry before (会议指出…, 王明强调…, a participant list of that meeting);
 *  - "fragment": a participant list that names an activity the entry before does not mention —
 *    a piece of another event, kept as an undated mention so the deduplicator can fold it;
 *  - dropped: an independent event with no date (an officeholder 会见/调研/召开 … with no day).
 */
export type Continuation = "attach" | "fragment" | { readonly reason: string }

const participantList =
  cueRegExpWith("u")`^((?:\p{Script=Han}{2,4}[、，,])+\p{Script=Han}{2,4})(?:${"list-closer"})?(?:[^。]{0,30}?)(?:${"participation-verb"})(了)?([^。，,；;]{0,20})`
const actorOpening = cueRegExpWith("u")`^[^，,。]{0,16}?(?:${"actor-office"})[\p{Script=Han}]{2,4}`
const newEventVerb = cueRegExp`(?:${"new-event-verb"})`

const meetingSubject = cueRegExp`(?:^|[。，,])(?:${"meeting-subject"})(?:${"meeting-statement-verb"})`
const meetingWords = cueRegExp`${"meeting-word"}`

const genericObject = cueRegExp`(?:${"generic-activity"})$`

export const attachesToPrevious = (line: string, previous: string): Continuation => {
  const t = line.trim()
  const list = participantList.exec(t)
  if (list !== null) {
    const object = (list[3] ?? "").replace(cueRegExp`^[${cueClass("object-particle")}]`, "").trim()
    const core = object.replace(genericObject, "")
    const key = core.length >= 2 ? core.slice(0, 4) : object
    if (key.length === 0 || previous.includes(key)) return "attach"
    return "fragment"
  }
  // 会议通报了… continues a meeting; after an entry that reports no meeting it belongs elsewhere
  if (meetingSubject.test(t) && !meetingWords.test(previous)) {
    return { reason: "continuation about a meeting, but the entry before reports no meeting" }
  }
  const firstClause = t.split(/[，,。；;]/)[0] ?? t
  if (actorOpening.test(firstClause) && newEventVerb.test(firstClause)) {
    return { reason: "undated event line: no date of its own and not a continuation of the entry before" }
  }
  return "attach"
}
