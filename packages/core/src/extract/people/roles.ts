import type { Person, Role } from "../../schema/event.ts"
import { clauseEnd, clauseStart, sentenceEnd } from "../chars.ts"
import { endsInParticipation, type Found, type NameScan, type PeopleResult } from "../name-scan/index.ts"
import { namePinyin } from "../pinyin.ts"
import { verbStart } from "./verb-start.ts"
import { cueClass, cueRegExp, cueRegExpWith } from "../../knowledge/cues.ts"

// a name joined to the next one (某某和某某, 某某、某某)
const joinedToNext = cueRegExp`[${cueClass("list-conjunction")}、]`
// a list of titled names, as a chronicle writes it with a comma too (副委员长某某,副主席某某在…)
const listedBefore = /[、,，]/
// a name quoted as a source (…重要讲话精神, 以某某同志为核心)
const referenceAfter = cueRegExp`${"person-reference-after"}`
const referenceNameAfter = cueRegExp`^(${"reference-name-after"})`
// what a quoted name said, closing its clause (…某某、某某的讲话。)
const quotedSpeech = cueRegExp`(?:${"quoted-speech"})$`
// written instructions sent from elsewhere (某某作出批示, 某某、某某第一时间作出重要批示)
const instructionVerb = cueRegExp`${"instruction-verb"}`
// a reception earlier in the clause (会见了…一行)
const receptionVerb = cueRegExp`${"reception-verb"}`

/**
 * What the people found in a mention did: every occurrence of every name is read with what stands
 * before it (会见 → met) and after it (主持 → lead, 参加 → participant), references to a leader's words
 * (学习贯彻习近平总书记重要讲话精神) are set apart, and each person keeps their strongest role.
 */

interface After {
  readonly at: number
  readonly national: boolean
}

const rank: Record<Role, number> = { met: 3, lead: 2, participant: 1, mentioned: 0 }

export const resolvePeople = (s: NameScan): PeopleResult => {
  const { text, known } = s
  const kept = occurrencesOf(s)
  const afters = kept.map((o) => afterName(s, o))
  // where the first sentence ends, looked up once (a search per name was quadratic on a line without one)
  const firstSentenceEnd = text.search(/[。！？!?]/)
  const reasons = kept.map((o, i) => isReference(s, o, afters[i]!, firstSentenceEnd))
  const refs0 = reasons.map((r) => r !== false)
  // a reference (习近平 in 学习贯彻…讲话精神) has no role of its own and lends none to a neighbour
  const roles = kept.map((o, i): Role => (refs0[i] ? "mentioned" : roleOf(s, o, afters[i]!)))
  // 村党支部书记李大勇和村委会主任张红霞带领…: a name joined by 和/与/及 to the next one (with that one's
  // title between) does what the next one does
  for (let i = kept.length - 2; i >= 0; i--) {
    // 全国人大常委会副委员长某某、副主席某某在某地会见…: a national leader with no verb of his own, listed before
    // someone who acts with a title of their own, acts with them
    const next = kept[i + 1]!
    const at = afters[i]!.at
    if (reasons[i] === "idle" && !refs0[i + 1] && roles[i + 1] !== "mentioned" && listedBefore.test(text[at] ?? "") && next.titleStart !== null && next.titleStart > at && next.titleStart - at <= 2) {
      refs0[i] = false
      roles[i] = roles[i + 1]!
      continue
    }
    // a member of an enumeration (镇党委书记欧阳志远、镇长司马晓东深入…) is still open to its verb
    if (roles[i] !== "mentioned" && !(roles[i] === "participant" && kept[i]!.inList && roles[i + 1] === "lead")) continue
    if (refs0[i + 1] || !joinedToNext.test(text[at] ?? "") || next.start - at > 16) continue
    const between = text.slice(at + 1, next.titleStart ?? next.start)
    if (between.length === 0 || (next.titleStart !== null && next.titleStart > at)) roles[i] = roles[i + 1]!
  }

  interface Acc {
    titles: Array<string>
    role: Role
    anyActor: boolean
    first: number
  }
  const people = new Map<string, Acc>()
  kept.forEach((o, i) => {
    const acc = people.get(o.name) ?? { titles: [], role: "mentioned" as Role, anyActor: false, first: o.start }
    for (const t of o.titles) {
      const clean = cleanTitle(t, known)
      if (clean.length >= 2 && !acc.titles.includes(clean)) acc.titles.push(clean)
    }
    if (!refs0[i]) {
      acc.anyActor = true
      const r = roles[i]!
      if (rank[r] > rank[acc.role]) acc.role = r
    }
    people.set(o.name, acc)
  })

  for (const u of s.unnamedNational) if (![...known].some((k) => text.startsWith(k, u.at - k.length))) s.unnamed.add(u.word)

  const out: Array<Person> = []
  const refs: Array<Person> = []
  for (const [name, acc] of [...people].sort((a, b) => a[1].first - b[1].first)) {
    const person: Person = { name, pinyin: namePinyin(name), titles: acc.titles, role: acc.anyActor ? acc.role : "mentioned" }
    if (acc.anyActor) out.push(person)
    else refs.push(person)
  }
  return { people: out, references: refs, unnamedTitles: [...s.unnamed] }
}

/** Every occurrence of every name found, in text order, none overlapping another. */
const occurrencesOf = (s: NameScan): Array<Found> => {
  const { text, known } = s
  const occurrences: Array<Found> = [...s.found]
  const anotherNameAt = (name: string, at: number): boolean => {
    for (const k of known) if (k !== name && text.startsWith(k, at)) return true
    return false
  }
  const names = [...known]
  // the characters some occurrence covers, marked once (a scan per hit was quadratic on long lines)
  const covered = new Uint8Array(text.length + 1)
  const cover = (o: { start: number; end: number }) => covered.fill(1, Math.max(0, o.start), Math.min(text.length, o.end))
  occurrences.forEach(cover)
  // name by name, each in text order, as the checks below depend on the occurrences taken before
  for (const hit of nameHits(text, names)) {
    const name = names[Math.floor(hit / (text.length + 1))]!
    const at = hit % (text.length + 1)
    if (covered[at] === 1) continue
    if (s.inByline(at)) continue
    // not inside a longer name (刘平 in 刘平强) or a word
    if (s.followerAt(at + name.length) === null && !anotherNameAt(name, at + name.length)) continue
    const o: Found = { name, start: at, end: at + name.length, titles: [], titleStart: null, national: false, via: "roster", inList: false }
    occurrences.push(o)
    cover(o)
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end)
  // by start, so an occurrence overlaps a kept one exactly when it starts before the furthest kept end
  const kept: Array<Found> = []
  let keptEnd = -Infinity
  for (const o of occurrences) {
    if (o.end > o.start ? o.start < keptEnd : kept.some((k) => o.start < k.end && k.start < o.end)) continue
    kept.push(o)
    keptEnd = Math.max(keptEnd, o.end)
  }
  return kept
}

/** Where what a person does starts: past 同志, titles after the name, national titles and cue words. */
const afterName = (s: NameScan, o: Found): After => {
  const { text, lex } = s
  let p = o.end
  let national = false
  for (let guard = 0; guard < 3; guard++) {
    const hon = lex.honorifics.longestAt(text, p, 2)
    const nat = lex.national.longestAt(text, p, 2)
    if (nat !== null) {
      national = true
      p += nat.length
      continue
    }
    if (hon !== null) {
      p += hon.length
      continue
    }
    const skip = s.cues.between.find((w) => text.startsWith(w, p))
    if (skip !== undefined) {
      p += skip.length
      continue
    }
    break
  }
  return { at: p, national }
}

const clauseAfter = (text: string, p: number): string => text.slice(p, clauseEnd(text, p))

// 1 for the first characters of the names being looked for (set and cleared around each search; a mark
// left behind by an exception only costs a comparison)
const firstChars = new Uint8Array(65536)

/**
 * Every occurrence of every name, as name index × (text length + 1) + position, sorted: one walk over
 * the text instead of one search per name.
 */
const nameHits = (text: string, names: ReadonlyArray<string>): Array<number> => {
  const hits: Array<number> = []
  const stride = text.length + 1
  for (const n of names) firstChars[n.charCodeAt(0)] = 1
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at)
    if (firstChars[c] !== 1) continue
    for (let i = 0; i < names.length; i++) if (names[i]!.charCodeAt(0) === c && text.startsWith(names[i]!, at)) hits.push(i * stride + at)
  }
  for (const n of names) firstChars[n.charCodeAt(0)] = 0
  return hits.sort((a, b) => a - b)
}

const sentenceEndsInParticipation = (text: string, p: number): boolean => endsInParticipation.test(text.slice(p, sentenceEnd(text, p)))

/** The clause after a name makes it a source (…重要讲话精神), not a participant. */
const quotesAfter = (s: NameScan, clause: string): boolean => s.words.refAfterSet.longestAt(clause, 0) !== null || referenceAfter.test(clause)

/**
 * 以某某主席提出的…理念为指引: the short verb after a name opens a clause (…的) naming what the person once did —
 * not 以某某为首的 / 以某某为团长的, which names who leads the party that came.
 */
const namesWhatHeOnceDid = (s: NameScan, at: number): boolean => {
  const v = verbStart(s, at)
  return onceDid.test(s.text.slice(v, v + 4))
}
const onceDid = cueRegExpWith("u")`^(?![${cueClass("party-head-verb")}])\p{Script=Han}{2}的`

// how far after a name its instructions are looked for (某某对此高度重视,第一时间作出重要批示)
const INSTRUCTION_REACH = 40

/** Does `sentence` (what follows a name) send written instructions before it says of taking part in anything? */
const sendsInstructions = (s: NameScan, sentence: string): boolean => {
  const m = instructionVerb.exec(sentence)
  if (m === null) return false
  for (let q = 0; q < m.index; q++) if (s.words.leadSet.longestAt(sentence, q) !== null || s.words.participantSet.longestAt(sentence, q) !== null) return false
  return true
}

/**
 * Is the name a reference, not a participant? "idle" for a national leader with no verb after the name,
 * who may still act with the next one listed (全国人大常委会副委员长某某、副主席某某在某地会见…).
 */
const isReference = (s: NameScan, o: Found, after: After, firstSentenceEnd: number): boolean | "idle" => {
  const { text, cues } = s
  const before = text.slice(clauseStart(text, o.titleStart ?? o.start), o.titleStart ?? o.start)
  const refBefore = cues.reference.some((w) => before.endsWith(w))
  const refAfter = quotesAfter(s, clauseAfter(text, after.at))
  // 某某、某某作出批示,要求…; 某某对此高度重视,立即作出重要指示: a leader who sent written instructions took no
  // part in what the report tells, when nothing of taking part comes first in the sentence — unless the
  // instructions are what it tells (its first sentence: 省长某某对某集团改革作出批示)
  if (firstSentenceEnd >= 0 && o.start > firstSentenceEnd && sendsInstructions(s, text.slice(after.at, Math.min(sentenceEnd(text, after.at), after.at + INSTRUCTION_REACH))))
    return true
  // 习近平总书记在湖南考察 is his own event; …在中央政治局会议上指出 quotes another
  if (o.national || after.national) {
    // 中共中央政治局委员、某部部长某某,到某市考察: a comma may stand between the long title and the verb
    const comma = text[after.at] === "," || text[after.at] === "，"
    const at = comma ? after.at + 1 : after.at
    if (comma && quotesAfter(s, clauseAfter(text, at))) return true
    const v = text.slice(verbStart(s, at))
    const acts = s.words.leadSet.longestAt(v, 0) !== null || s.words.participantSet.longestAt(v, 0) !== null
    if (refBefore || refAfter || namesWhatHeOnceDid(s, at)) return true
    return acts ? false : "idle"
  }
  if (refBefore && (text.startsWith("同志", o.end) || referenceNameAfter.test(text.slice(o.end)) || namesWhatHeOnceDid(s, after.at))) return true

  // 传达…及省委领导某某、某某的讲话: a clause that opens with a quoting verb and closes on what the names said
  return cues.reference.some((w) => before.includes(w)) && quotedSpeech.test(clauseAfter(text, after.at))
}

const roleOf = (s: NameScan, o: Found, after: After): Role => {
  const { text, cues } = s
  const before = text.slice(Math.max(0, (o.titleStart ?? o.start) - 4), o.titleStart ?? o.start)
  if (cues.met.some((w) => before.endsWith(w))) return "met"
  // 会见了埃及驻华大使萨拉赫一行: the object of 会见 earlier in the same clause
  const clauseBefore = text.slice(clauseStart(text, o.start), o.start)
  if (receptionVerb.test(clauseBefore)) return "met"
  const p = verbStart(s, after.at)
  if (s.words.leadSet.longestAt(text, p) !== null) return "lead"
  if (o.inList || s.words.participantSet.longestAt(text, p) !== null) return "participant"
  // 县委副书记、县长邓永红,县人大常委会主任黄建新出席会议: an enumeration of attendees
  if (/[,，、]/.test(text[o.end] ?? "") && sentenceEndsInParticipation(text, o.end)) return "participant"
  return "mentioned"
}

/** A title as found may have reached back over a name before it (…王明书记): keep what follows the name. */
const cleanTitle = (title: string, known: ReadonlySet<string>): string => {
  let t = title
  for (const k of known) {
    const at = t.lastIndexOf(k)
    if (at >= 0) t = t.slice(at + k.length)
  }
  return t.replace(/^[、,，\s]+/, "")
}
