/**
 * Plain dated lists: what to do with a line that has no date of its own.
 *  - "attach": it continues the entry before (会议指出…, 王明强调…, a participant list of that meeting);
 *  - "fragment": a participant list that names an activity the entry before does not mention —
 *    a piece of another event, kept as an undated mention so the deduplicator can fold it;
 *  - dropped: an independent event with no date (an officeholder 会见/调研/召开 … with no day).
 */
export type Continuation = "attach" | "fragment" | { readonly reason: string }

const participantList =
  /^((?:\p{Script=Han}{2,4}[、，,])+\p{Script=Han}{2,4})(?:等|同志|等同志)?(?:[^。]{0,30}?)(?:参加|出席|列席|陪同)(了)?([^。，,；;]{0,20})/u
const actorOpening = /^[^，,。]{0,16}?(?:书记|省长|市长|区长|县长|州长|主席|主任|部长|局长|厅长|委员长|总理|镇长|乡长)[\p{Script=Han}]{2,4}/u
const newEventVerb = /(?:会见|会晤|调研|召开|主持|出席|考察|视察|检查|督导|慰问|举行|签署|出访|访问)/

const meetingSubject = /(?:^|[。，,])(?:会议|会上)(?:指出|强调|要求|通报|认为|提出|决定|审议|听取|传达|研究)/
const meetingWords = /会议|座谈|会上|召开|大会|例会|常委会|报告会|推进会|调度会/

const genericObject = /(?:活动|会议|工作|仪式)$/

export const attachesToPrevious = (line: string, previous: string): Continuation => {
  const t = line.trim()
  const list = participantList.exec(t)
  if (list !== null) {
    const object = (list[3] ?? "").replace(/^[了在于]/, "").trim()
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
